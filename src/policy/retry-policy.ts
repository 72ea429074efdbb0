/**
 * Issue 3's retry policy, pure (no dexie, no clock): a contact is a function of its events, the
 * user's latest decision and the settings.
 *
 * - hard bounce → remove; recipient-side soft bounce → retry, next try backing off per
 *   settings.retryBackoffDays from the last soft bounce (last value repeats);
 * - soft bounces in settings.escalateAfterWeeks different ISO weeks → remove, escalated
 *   ("keeps failing", Splio's rule);
 * - sender-side failure (engine verdict fix-sending) as the latest failure → sending;
 * - only delays → pending (not a failure).
 *
 * Decisions sit on top. An event is "new since the decision" when it was ingested after it
 * (ingestedAt > decision.at): time, not `eventsAtDecision`, splits them, so events merged in
 * later from a backup land on the right side. `eventsAtDecision` stays as a record.
 * Then:
 * - removed / ignored / ok: the events before the decision no longer decide the list, so the
 *   contact is `cleared` until a new event arrives; then the new events alone decide it and
 *   `newSinceDecision` says how many there are (the UI's "new since your decision" flag).
 *   'ok' also resets the counts and dates to the new events only.
 * - retried: every event still counts; while no new event arrived, the next try moves to
 *   decision time + the next back-off step.
 */
import type { BounceEvent, Contact, ContactList, Settings, UserDecision } from '../store/types'
import { classifyEvent, type EventClass } from './classify'
import { isoWeek } from './iso-week'

const DAY_MS = 86_400_000

interface Judgement {
  list: ContactList
  basis: BounceEvent | null
  escalated: boolean
  nextRetryAt: string
}

/**
 * `now` is part of the contract but unused on purpose: the result depends only on the events,
 * the decision and the settings, so recomputing later (a settings change, an undo) is reproducible.
 */
export function deriveContact(
  address: string,
  events: BounceEvent[],
  decision: UserDecision | null,
  settings: Settings,
  _now: Date,
): Contact {
  const ordered = [...events].sort(byIngestion)
  const fresh = decision ? ordered.filter((e) => e.ingestedAt > decision.at) : []
  const policyEvents = !decision || decision.action === 'retried' ? ordered : fresh
  const countedEvents = decision?.action === 'ok' ? fresh : ordered

  const judged = judge(policyEvents, settings)
  if (decision?.action === 'retried' && fresh.length === 0 && judged.list === 'retry') {
    const softs = policyEvents.filter((e) => classifyEvent(e) === 'soft').length
    judged.nextRetryAt = addDays(decision.at, backoffDays(settings, softs))
  }
  const basis = judged.basis ?? latest(ordered.filter((e) => classifyEvent(e) !== 'ignore'))
  const counted = countedEvents.filter((e) => classifyEvent(e) !== 'ignore')
  const failures = counted.filter((e) => isFailure(classifyEvent(e)))
  const spanEvents = failures.length > 0 ? failures : counted
  const times = spanEvents.map((e) => e.at).sort()

  return {
    address,
    domain: domainOf(address),
    list: judged.list,
    reason: basis?.reason ?? 'undefined',
    status: basis?.status ?? '',
    replyCode: basis?.replyCode ?? '',
    diagnostic: basis?.diagnostic ?? '',
    remoteMta: basis?.remoteMta ?? '',
    subject: basis?.subject ?? '',
    hard: basis ? classifyEvent(basis) === 'hard' : false,
    escalated: judged.escalated,
    bounceCount: failures.length,
    softBounceCount: failures.filter((e) => classifyEvent(e) === 'soft').length,
    firstBounceAt: times[0] ?? '',
    lastBounceAt: times[times.length - 1] ?? '',
    nextRetryAt: judged.nextRetryAt,
    decision,
    flaggedAt: '',
    newSinceDecision: decision ? fresh.length : 0,
  }
}

function judge(events: BounceEvent[], settings: Settings): Judgement {
  const byClass = (c: EventClass) => events.filter((e) => classifyEvent(e) === c)
  const hard = byClass('hard')
  const soft = byClass('soft')
  const failures = events.filter((e) => isFailure(classifyEvent(e)))
  const none: Judgement = { list: 'cleared', basis: null, escalated: false, nextRetryAt: '' }

  // A dead address stays dead even if a later message soft-bounced: only the user's "OK" resets it.
  if (hard.length > 0) return { ...none, list: 'remove', basis: latest(hard) }
  const weeks = new Set(soft.map((e) => isoWeek(e.at)).filter(Boolean))
  if (weeks.size >= settings.escalateAfterWeeks) {
    return { ...none, list: 'remove', basis: latest(soft), escalated: true }
  }
  const lastFailure = latest(failures)
  if (lastFailure && classifyEvent(lastFailure) === 'sending') return { ...none, list: 'sending', basis: lastFailure }
  if (soft.length > 0) {
    const last = latest(soft)!
    return { ...none, list: 'retry', basis: last, nextRetryAt: addDays(last.at, backoffDays(settings, soft.length - 1)) }
  }
  const delays = byClass('delay')
  if (delays.length > 0) return { ...none, list: 'pending', basis: latest(delays) }
  return none
}

function isFailure(c: EventClass): boolean {
  return c === 'hard' || c === 'soft' || c === 'sending'
}

/** Back-off after the (step+1)-th soft bounce; the last configured value repeats. */
export function backoffDays(settings: Settings, step: number): number {
  const days = settings.retryBackoffDays
  if (days.length === 0) return 0
  return days[Math.min(Math.max(0, step), days.length - 1)]
}

function latest(events: BounceEvent[]): BounceEvent | null {
  let best: BounceEvent | null = null
  for (const e of events) if (!best || e.at > best.at || (e.at === best.at && e.key > best.key)) best = e
  return best
}

function byIngestion(a: BounceEvent, b: BounceEvent): number {
  if (a.ingestedAt !== b.ingestedAt) return a.ingestedAt < b.ingestedAt ? -1 : 1
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

function addDays(iso: string, days: number): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t + days * DAY_MS).toISOString()
}

/** Lower-cased part after the last "@"; "" when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : address.slice(at + 1).toLowerCase()
}

/**
 * Keeps `flaggedAt` across recomputations: it moves to `now` only when the contact enters a
 * flagged list (remove / retry / sending) it was not in before.
 */
export function carryFlag(prev: Contact | undefined, next: Contact, now: Date): { contact: Contact; newlyFlagged: boolean } {
  const flagged = (l: ContactList | undefined) => l === 'remove' || l === 'retry' || l === 'sending'
  const newlyFlagged = flagged(next.list) && next.list !== prev?.list
  const flaggedAt = newlyFlagged ? now.toISOString() : prev?.flaggedAt ?? ''
  return { contact: { ...next, flaggedAt }, newlyFlagged }
}
