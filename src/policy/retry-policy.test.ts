import { describe, expect, it } from 'vitest'
import { carryFlag, deriveContact } from './retry-policy'
import { isoWeek } from './iso-week'
import { DEFAULT_SETTINGS, type BounceEvent, type Contact, type Settings, type UserDecision } from '../store/types'

type Kind = 'hard' | 'soft' | 'sending' | 'delay' | 'delivered' | 'none'
const SHAPES: Record<Kind, Partial<BounceEvent>> = {
  hard: { action: 'failed', reason: 'userunknown', status: '5.1.1', hard: true, verdict: 'remove' },
  soft: { action: 'failed', reason: 'mailboxfull', status: '4.2.2', hard: false, verdict: 'retry' },
  sending: { action: 'failed', reason: 'authfailure', status: '5.7.26', hard: false, verdict: 'fix-sending' },
  delay: { action: 'delayed', reason: 'expired', status: '4.4.7', hard: false, verdict: 'pending' },
  delivered: { action: 'delivered', reason: 'delivered', status: '2.0.0', hard: false, verdict: 'none' },
  none: { action: 'failed', reason: 'vacation', status: '', hard: false, verdict: 'none' },
}

/** "soft@2026-11-02" → an event that bounced at 10:00 and was read at 11:00 that day. */
function events(...specs: string[]): BounceEvent[] {
  return specs.map((spec, i) => {
    const [kind, day] = spec.split('@') as [Kind, string]
    return {
      key: `n${i}|a@x.com`, noticeKey: `n${i}`, address: 'a@x.com', domain: 'x.com', replyCode: '', diagnostic: kind,
      remoteMta: '', at: `${day}T10:00:00.000Z`, subject: `s${i}`, originalMessageId: '', ingestedAt: `${day}T11:00:${String(i).padStart(2, '0')}.000Z`,
      ...SHAPES[kind],
    } as BounceEvent
  })
}

const decided = (action: UserDecision['action'], eventsAtDecision: number, day = '2026-11-20'): UserDecision => ({ action, at: `${day}T12:00:00.000Z`, eventsAtDecision })
const NOW = new Date('2026-12-01T00:00:00Z')
const T = (day: string) => `${day}T10:00:00.000Z`

const table: [string, BounceEvent[], UserDecision | null, Partial<Settings>, Partial<Contact>][] = [
  ['no events → cleared', [], null, {}, { list: 'cleared', bounceCount: 0, lastBounceAt: '', reason: 'undefined' }],
  ['hard bounce → remove', events('hard@2026-11-02'), null, {}, { list: 'remove', hard: true, reason: 'userunknown', nextRetryAt: '', escalated: false, bounceCount: 1 }],
  ['1st soft → retry in 1 day', events('soft@2026-11-02'), null, {}, { list: 'retry', nextRetryAt: T('2026-11-03'), softBounceCount: 1 }],
  ['2nd soft → 3 days after the last', events('soft@2026-11-02', 'soft@2026-11-03'), null, {}, { list: 'retry', nextRetryAt: T('2026-11-06'), softBounceCount: 2 }],
  ['3rd soft → 7 days', events('soft@2026-11-02', 'soft@2026-11-03', 'soft@2026-11-04'), null, {}, { list: 'retry', nextRetryAt: T('2026-11-11') }],
  ['4th soft → last step repeats', events('soft@2026-11-02', 'soft@2026-11-03', 'soft@2026-11-04', 'soft@2026-11-05'), null, {}, { list: 'retry', nextRetryAt: T('2026-11-12'), softBounceCount: 4 }],
  ['back-off follows the latest date, not ingestion order', events('soft@2026-11-04', 'soft@2026-11-02'), null, {}, { list: 'retry', nextRetryAt: T('2026-11-07'), firstBounceAt: T('2026-11-02'), lastBounceAt: T('2026-11-04') }],
  ['custom back-off [2]', events('soft@2026-11-02', 'soft@2026-11-03'), null, { retryBackoffDays: [2] }, { list: 'retry', nextRetryAt: T('2026-11-05') }],
  ['soft in 2 different weeks → still retry', events('soft@2026-11-02', 'soft@2026-11-09'), null, {}, { list: 'retry', escalated: false }],
  ['soft in 3 different weeks → remove, keeps failing', events('soft@2026-11-02', 'soft@2026-11-09', 'soft@2026-11-16'), null, {}, { list: 'remove', escalated: true, hard: false, reason: 'mailboxfull', nextRetryAt: '', lastBounceAt: T('2026-11-16') }],
  ['escalation weeks configurable (2)', events('soft@2026-11-02', 'soft@2026-11-09'), null, { escalateAfterWeeks: 2 }, { list: 'remove', escalated: true }],
  ['Sunday and Monday are different ISO weeks', events('soft@2026-11-01', 'soft@2026-11-02'), null, { escalateAfterWeeks: 2 }, { list: 'remove', escalated: true }],
  ['sender-side failure → sending', events('sending@2026-11-02'), null, {}, { list: 'sending', reason: 'authfailure', bounceCount: 1, softBounceCount: 0 }],
  ['sender-side failures never escalate', events('sending@2026-11-02', 'sending@2026-11-09', 'sending@2026-11-16'), null, {}, { list: 'sending', escalated: false }],
  ['latest failure sender-side → sending', events('soft@2026-11-02', 'sending@2026-11-03'), null, {}, { list: 'sending' }],
  ['latest failure recipient-side → retry', events('sending@2026-11-02', 'soft@2026-11-03'), null, {}, { list: 'retry', reason: 'mailboxfull', nextRetryAt: T('2026-11-04') }],
  ['hard stays remove after a later soft', events('hard@2026-11-02', 'soft@2026-11-03'), null, {}, { list: 'remove', reason: 'userunknown', bounceCount: 2 }],
  ['hard wins over sender-side', events('hard@2026-11-02', 'sending@2026-11-03'), null, {}, { list: 'remove' }],
  ['delay only → pending, not a failure', events('delay@2026-11-02'), null, {}, { list: 'pending', bounceCount: 0, lastBounceAt: T('2026-11-02'), reason: 'expired' }],
  ['delay then failure → the failure decides', events('delay@2026-11-02', 'soft@2026-11-03'), null, {}, { list: 'retry', bounceCount: 1 }],
  ['delivered report → cleared', events('delivered@2026-11-02'), null, {}, { list: 'cleared', bounceCount: 0 }],
  ['engine verdict none → cleared', events('none@2026-11-02'), null, {}, { list: 'cleared', bounceCount: 0 }],
  // Decisions on top.
  ['removed → cleared, history kept', events('hard@2026-11-02'), decided('removed', 1), {}, { list: 'cleared', reason: 'userunknown', bounceCount: 1, newSinceDecision: 0 }],
  ['removed, then a new hard bounce → back in remove, new since decision', events('hard@2026-11-02', 'hard@2026-11-25'), decided('removed', 1), {}, { list: 'remove', newSinceDecision: 1, bounceCount: 2 }],
  ['ignored → cleared', events('soft@2026-11-02'), decided('ignored', 1), {}, { list: 'cleared', bounceCount: 1 }],
  ['ignored, then hard → remove, new since decision', events('soft@2026-11-02', 'hard@2026-11-25'), decided('ignored', 1), {}, { list: 'remove', newSinceDecision: 1, reason: 'userunknown' }],
  ['ignored, then soft → retry counted from the new events only', events('soft@2026-11-02', 'soft@2026-11-25'), decided('ignored', 1), {}, { list: 'retry', nextRetryAt: T('2026-11-26'), softBounceCount: 2 }],
  ['ignored old softs do not count towards escalation', events('soft@2026-11-02', 'soft@2026-11-09', 'soft@2026-11-16'), decided('ignored', 2, '2026-11-10'), {}, { list: 'retry', escalated: false, newSinceDecision: 1 }],
  ['ok → cleared and counts reset', events('hard@2026-11-02'), decided('ok', 1), {}, { list: 'cleared', bounceCount: 0, firstBounceAt: '', lastBounceAt: '', reason: 'userunknown' }],
  ['ok, then soft → retry, counts from the new events', events('hard@2026-11-02', 'soft@2026-11-25'), decided('ok', 1), {}, { list: 'retry', bounceCount: 1, firstBounceAt: T('2026-11-25'), newSinceDecision: 1 }],
  ['retried → next try from decision time + next step', events('soft@2026-11-02'), decided('retried', 1), {}, { list: 'retry', nextRetryAt: '2026-11-23T12:00:00.000Z', newSinceDecision: 0 }],
  ['retried, then soft again → normal back-off', events('soft@2026-11-02', 'soft@2026-11-24'), decided('retried', 1), {}, { list: 'retry', nextRetryAt: T('2026-11-27'), newSinceDecision: 1 }],
  ['retried a hard bounce → still remove', events('hard@2026-11-02'), decided('retried', 1), {}, { list: 'remove', nextRetryAt: '' }],
  ['ingestion time splits events, not a stale eventsAtDecision', events('hard@2026-11-02', 'soft@2026-11-25'), decided('ok', 9), {}, { list: 'retry', newSinceDecision: 1 }],
  ['an event read after the decision but dated before it is still new', events('hard@2026-11-02', 'soft@2026-11-21').map((e, i) => (i ? { ...e, at: T('2026-11-10') } : e)), decided('ignored', 1), {}, { list: 'retry', newSinceDecision: 1 }],
]

describe('deriveContact', () => {
  it.each(table)('%s', (_name, evs, decision, settings, expected) => {
    const c = deriveContact('a@x.com', evs, decision, { ...DEFAULT_SETTINGS, ...settings }, NOW)
    expect(c).toMatchObject({ address: 'a@x.com', domain: 'x.com', decision, flaggedAt: '', ...expected })
  })

  it('takes display fields from the event that decided the list', () => {
    const c = deriveContact('a@x.com', events('sending@2026-11-02', 'soft@2026-11-03'), null, DEFAULT_SETTINGS, NOW)
    expect([c.subject, c.diagnostic, c.status]).toEqual(['s1', 'soft', '4.2.2'])
  })
})

describe('carryFlag', () => {
  const base = deriveContact('a@x.com', events('soft@2026-11-02'), null, DEFAULT_SETTINGS, NOW)
  const as = (list: Contact['list'], flaggedAt = '2026-11-01T00:00:00.000Z'): Contact => ({ ...base, list, flaggedAt })
  it.each([
    ['new contact entering retry', undefined, 'retry', true],
    ['new contact pending', undefined, 'pending', false],
    ['retry stays retry', as('retry'), 'retry', false],
    ['retry escalates to remove', as('retry'), 'remove', true],
    ['pending becomes a failure', as('pending', ''), 'sending', true],
    ['remove leaves for cleared', as('remove'), 'cleared', false],
    ['cleared comes back to remove', as('cleared'), 'remove', true],
  ] as const)('%s', (_name, prev, list, newly) => {
    const { contact, newlyFlagged } = carryFlag(prev, { ...base, list }, NOW)
    expect(newlyFlagged).toBe(newly)
    expect(contact.flaggedAt).toBe(newly ? NOW.toISOString() : prev?.flaggedAt ?? '')
  })
})

describe('isoWeek', () => {
  it.each([
    ['2026-11-01T23:59:59Z', '2026-W44'],
    ['2026-11-02T00:00:00Z', '2026-W45'],
    ['2026-12-31T10:00:00Z', '2026-W53'],
    ['2027-01-01T10:00:00Z', '2026-W53'],
    ['2027-01-04T10:00:00Z', '2027-W01'],
    ['2024-12-30T10:00:00Z', '2025-W01'],
    ['not a date', ''],
  ])('%s → %s', (iso, week) => {
    expect(isoWeek(iso)).toBe(week)
  })
})
