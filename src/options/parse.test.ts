import { describe, expect, it } from 'vitest'
import { parseBackoff, parseWhole } from './parse'

describe('parseBackoff', () => {
  it.each([
    ['1, 3, 7', [1, 3, 7]],
    ['2;5 ;10', [2, 5, 10]],
    [' 14 ', [14]],
    ['1 2 3 4 5 6 7 8 9 10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ])('%j → %j', (text, days) => expect(parseBackoff(text)).toEqual({ ok: true, value: days }))

  it.each(['', ' , ', '0, 3', '1, 366', '1.5', '-1', 'three', '1,2,3,4,5,6,7,8,9,10,11', '1e2'])('%j is refused', (text) => {
    expect(parseBackoff(text)).toEqual({ ok: false, error: 'options_backoff_error' })
  })
})

describe('parseWhole', () => {
  it.each([
    ['3', 1, 52, { ok: true, value: 3 }],
    [' 52 ', 1, 52, { ok: true, value: 52 }],
    ['53', 1, 52, { ok: false, error: 'e' }],
    ['0', 1, 52, { ok: false, error: 'e' }],
    ['2.5', 1, 1440, { ok: false, error: 'e' }],
    ['', 1, 1440, { ok: false, error: 'e' }],
  ])('%j in [%i, %i] → %j', (text, min, max, expected) => expect(parseWhole(text, min, max, 'e')).toEqual(expected))
})
