import { describe, expect, it } from 'vitest'
import { isoDate, isoOfTime, withoutTrailingComment } from './dates'

describe('isoOfTime', () => {
  it('writes what toISOString writes', () => {
    const times = [0, -1, 951_782_400_000, 951_868_800_000, -62_167_219_200_000, 253_402_300_799_999, 253_402_300_800_000, -62_167_219_200_001, 8.64e15, -8.64e15]
    for (let i = 0; i < 20_000; i++) times.push(Math.floor((Math.random() * 2 - 1) * 8.64e15), Math.floor(Math.random() * 4.2e12 - 1e11))
    for (const t of times) expect(isoOfTime(t)).toBe(new Date(t).toISOString())
  })
})

describe('isoDate', () => {
  it('reads a header date, drops a trailing comment', () => expect(isoDate('Thu, 29 Apr 2010 23:34:45 +0900 (JST)')).toBe('2010-04-29T14:34:45.000Z'))
  it('is empty when unreadable', () => expect([isoDate(''), isoDate('junk'), isoDate('(')]).toEqual(['', '', '']))
})

describe('withoutTrailingComment', () => {
  it('drops what /\\s*\\([^)]*\\)\\s*$/ drops', () => {
    const cases = ['a (b) (c)', '(a(b)', '()', 'x ( y )  ', 'x (y) z', 'x )(', 'Thu, 1 Jan 2009 (JST)\n', 'a\t(\n)', 'no comment', '']
    for (let i = 0; i < 5000; i++) cases.push(Array.from({ length: 8 }, () => '() \ta'[Math.floor(Math.random() * 5)]).join(''))
    for (const c of cases) expect(withoutTrailingComment(c)).toBe(c.replace(/\s*\([^)]*\)\s*$/, ''))
  })
  it('stays linear on a hostile value', () => {
    const start = performance.now()
    withoutTrailingComment(' ('.repeat(128 * 1024) + ')')
    withoutTrailingComment(' ('.repeat(128 * 1024))
    expect(performance.now() - start).toBeLessThan(200)
  })
})
