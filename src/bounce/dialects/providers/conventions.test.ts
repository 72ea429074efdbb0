/**
 * Conventions kept by a test, not a wiki: every provider dialect file is registered and has its
 * expectation table beside it; every receiving-host rule file is registered.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { remoteHostRules } from '../../remote-hosts/index'
import { providerDialects } from './index'

const HERE = import.meta.dirname
const HOSTS = join(HERE, '../../remote-hosts')

/** Source files (not tests) whose text declares a value of the given type. */
function declaring(dir: string, type: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) => new RegExp(`export const \\w+: ${type} =`).test(readFileSync(join(dir, f), 'utf8')))
}

describe('provider conventions', () => {
  it('registers every dialect file, each with a test beside it', () => {
    const files = declaring(HERE, 'Dialect')
    expect(files.length).toBe(providerDialects.length)
    for (const f of files) expect(readdirSync(HERE)).toContain(f.replace(/\.ts$/, '.test.ts'))
    expect(files.map((f) => f.replace(/\.ts$/, ''))).toEqual(expect.arrayContaining(['gmail', 'exchange2007', 'yahoo']))
  })

  it('registers every receiving-host rule file', () => {
    expect(declaring(HOSTS, 'RemoteHostRule').length).toBe(remoteHostRules.length)
  })
})
