import { describe, expect, it } from 'vitest'
import { formatBytes, formatDuration } from '../../src/options/import/format'

describe('import panel formats', () => {
  it.each([
    [512, 'en', '512 B'],
    [1536, 'en', '2 KB'],
    [200 * 2 ** 20, 'en', '200 MB'],
    [3.25 * 2 ** 30, 'en', '3.3 GB'],
    [3.25 * 2 ** 30, 'fr', '3,3 Go'],
    [50 * 2 ** 20, 'it', '50 MB'],
  ])('%d bytes in %s → %s', (n, lang, out) => {
    expect(formatBytes(n, lang).replace(/\u202f|\u00a0/g, ' ')).toBe(out)
  })

  it.each([
    [400, '0 s'],
    [42_000, '42 s'],
    [125_000, '2 min 05 s'],
    [3_725_000, '1 h 02 min'],
  ])('%d ms → %s', (ms, out) => expect(formatDuration(ms).replace(/\u00a0/g, ' ')).toBe(out))
})
