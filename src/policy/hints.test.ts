import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GENERIC_SENDING_HINT, SENDING_HINTS, sendingHint } from './hints'
import { verdictOf } from '../bounce/reasons/verdict'
import { REASONS, type Reason } from '../bounce/types'

const reasons = Object.keys(REASONS) as Reason[]

describe('sendingHint', () => {
  it.each(reasons.filter((r) => verdictOf(r, 'failed', false) === 'fix-sending'))('%s (a fix-sending reason) has its own hint', (r) => {
    expect(SENDING_HINTS[r]).toMatch(/^hint[A-Z]\w+$/)
    expect(sendingHint(r)).toBe(SENDING_HINTS[r])
  })

  it('falls back to the generic hint for a reason without one', () => {
    expect(sendingHint('mailboxfull')).toBe(GENERIC_SENDING_HINT)
  })

  it.each(['en', 'fr', 'it'])('every hint key has a non-empty text in _locales/%s', (lang) => {
    const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>
    for (const key of [...new Set([...Object.values(SENDING_HINTS), GENERIC_SENDING_HINT])]) {
      expect(messages[key]?.message, `${lang}: ${key}`).toMatch(/\S{3}/)
    }
  })
})
