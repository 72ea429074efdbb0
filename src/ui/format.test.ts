import { describe, expect, it } from 'vitest'
import { dayStamp, formatDate, isDue } from './format'

describe('formatDate', () => {
  it.each([
    ['2026-11-23T10:00:00Z', 'en', 'Nov 23, 2026'],
    ['2026-11-23T10:00:00Z', 'fr', '23 nov. 2026'],
    ['2026-11-23T10:00:00Z', 'it', '23 nov 2026'],
    ['', 'en', '—'],
    ['not a date', 'en', '—'],
  ])('%j in %s → %s', (iso, lang, text) => expect(formatDate(iso, lang)).toBe(text))
})

describe('isDue', () => {
  const now = new Date('2026-11-23T12:00:00Z')
  it.each([
    ['', true],
    ['2026-11-23T12:00:00Z', true],
    ['2026-11-20T00:00:00Z', true],
    ['2026-11-23T12:00:01Z', false],
  ])('next try %j → due %s', (next, due) => expect(isDue(next, now)).toBe(due))
})

describe('dayStamp', () => {
  it('pads month and day', () => expect(dayStamp(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05'))
})
