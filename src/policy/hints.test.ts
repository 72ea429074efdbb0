import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GENERIC_SENDING_HINT, SENDING_HINTS, sendingHint } from './hints'
import { verdictOf } from '../bounce/reasons/verdict'
import type { Reason } from '../bounce/types'

// Record<Reason, …> makes this list exhaustive at compile time.
const ALL: Record<Reason, true> = {
  authfailure: true, badreputation: true, blocked: true, contenterror: true, delivered: true, exceedlimit: true,
  expired: true, feedback: true, filtered: true, hasmoved: true, hostunknown: true, mailboxfull: true, mailererror: true,
  mesgtoobig: true, networkerror: true, norelaying: true, notaccept: true, notcompliantrfc: true, onhold: true,
  policyviolation: true, rejected: true, requireptr: true, securityerror: true, spamdetected: true, speeding: true,
  suspend: true, syntaxerror: true, systemerror: true, systemfull: true, toomanyconn: true, undefined: true,
  userunknown: true, vacation: true, virusdetected: true,
}
const reasons = Object.keys(ALL) as Reason[]

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
