import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'

describe('scan arguments', () => {
  it.each([
    [['a.eml'], { kind: 'scan', csv: false, paths: ['a.eml'] }],
    [['--csv', 'a', 'b'], { kind: 'scan', csv: true, paths: ['a', 'b'] }],
    [['a', '--csv'], { kind: 'scan', csv: true, paths: ['a'] }],
    [['--', '--csv', '-x.eml'], { kind: 'scan', csv: false, paths: ['--csv', '-x.eml'] }],
    [['--csv', '--', '--help'], { kind: 'scan', csv: true, paths: ['--help'] }],
    [['--jobs', '1', 'a'], { kind: 'scan', csv: false, jobs: 1, paths: ['a'] }],
    [['a', '--jobs', '0'], { kind: 'usage-error', message: '--jobs wants a number from 1 to 999, not "0"' }],
    [['a', '--jobs'], { kind: 'usage-error', message: '--jobs wants a number from 1 to 999, not ""' }],
    [['-'], { kind: 'scan', csv: false, paths: ['-'] }],
    [['--help', 'a'], { kind: 'help' }],
    [['a', '-h'], { kind: 'help' }],
    [['--cvs', 'a'], { kind: 'usage-error', message: 'unknown option: --cvs' }],
    [['a', '-v'], { kind: 'usage-error', message: 'unknown option: -v' }],
    [[], { kind: 'usage-error', message: 'no PATH given' }],
    [['--csv', '--'], { kind: 'usage-error', message: 'no PATH given' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected)
  })
})
