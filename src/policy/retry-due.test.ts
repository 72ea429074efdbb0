/**
 * Issue 11: a Retry contact comes due on its next-try date, "Mark retried" records the date and
 * moves the next try one back-off step later, and a bounce after a retry continues the back-off
 * ([1, 3, 7] days, the last repeating) instead of starting it again.
 */
import { describe, expect, it } from 'vitest'
import { deriveContact } from './retry-policy'
import { isDue } from '../ui/format'
import { DEFAULT_SETTINGS, type BounceEvent, type UserDecision } from '../store/types'

const soft = (i: number, at: string): BounceEvent => ({
  key: `n${i}|a@x.com`, noticeKey: `n${i}`, address: 'a@x.com', domain: 'x.com', action: 'failed', status: '4.2.2', replyCode: '452',
  reason: 'mailboxfull', hard: false, verdict: 'retry', diagnostic: '', remoteMta: '', at, subject: 'Hello', originalMessageId: '<m@x>',
  ingestedAt: at,
})
const retried = (at: string, n: number): UserDecision => ({ action: 'retried', at, eventsAtDecision: n })
// Escalation counts ISO weeks; every date below sits in two weeks, so the contact stays in Retry.
const settings = { ...DEFAULT_SETTINGS, escalateAfterWeeks: 3 }
const at = (s: string) => new Date(s)

describe('Retry comes back on time', () => {
  const e1 = soft(1, '2026-11-02T10:00:00.000Z') // Monday, week 45

  it('a soft bounce comes due one day later', () => {
    const c = deriveContact('a@x.com', [e1], null, settings, at('2026-11-02T11:00:00Z'))
    expect(c.nextRetryAt).toBe('2026-11-03T10:00:00.000Z')
    expect(isDue(c.nextRetryAt, at('2026-11-03T09:59:00Z'))).toBe(false)
    expect(isDue(c.nextRetryAt, at('2026-11-03T10:00:00Z'))).toBe(true)
  })

  it('marking it retried records the date and waits the next step (3 days)', () => {
    const c = deriveContact('a@x.com', [e1], retried('2026-11-03T12:00:00.000Z', 1), settings, at('2026-11-03T12:00:00Z'))
    expect(c).toMatchObject({ list: 'retry', decision: { action: 'retried', at: '2026-11-03T12:00:00.000Z' }, nextRetryAt: '2026-11-06T12:00:00.000Z' })
    expect(isDue(c.nextRetryAt, at('2026-11-05T12:00:00Z'))).toBe(false)
  })

  it('a bounce after the retry continues the back-off: 3 days, then 7, then 7', () => {
    const e2 = soft(2, '2026-11-03T13:00:00.000Z')
    const c2 = deriveContact('a@x.com', [e1, e2], retried('2026-11-03T12:00:00.000Z', 1), settings, at('2026-11-03T14:00:00Z'))
    expect(c2).toMatchObject({ list: 'retry', nextRetryAt: '2026-11-06T13:00:00.000Z', newSinceDecision: 1, softBounceCount: 2 })
    // Retried again when due; it bounces again: the third step, 7 days.
    const e3 = soft(3, '2026-11-06T14:00:00.000Z')
    expect(deriveContact('a@x.com', [e1, e2], retried('2026-11-06T13:30:00.000Z', 2), settings, at('2026-11-06T13:30:00Z')).nextRetryAt).toBe('2026-11-13T13:30:00.000Z')
    const c3 = deriveContact('a@x.com', [e1, e2, e3], retried('2026-11-06T13:30:00.000Z', 2), settings, at('2026-11-06T15:00:00Z'))
    expect(c3.nextRetryAt).toBe('2026-11-13T14:00:00.000Z')
    const e4 = soft(4, '2026-11-13T15:00:00.000Z') // week 46
    const c4 = deriveContact('a@x.com', [e1, e2, e3, e4], retried('2026-11-13T14:30:00.000Z', 3), settings, at('2026-11-13T16:00:00Z'))
    expect(c4).toMatchObject({ list: 'retry', nextRetryAt: '2026-11-20T15:00:00.000Z', softBounceCount: 4 })
  })
})
