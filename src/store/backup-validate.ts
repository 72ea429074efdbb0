/**
 * A backup file is user-supplied input: every row is checked field by field and rebuilt with only
 * the known fields. Enums must be one of their values (a reason "constructor" blanked the popup,
 * issue 10), texts are bounded, numbers are whole and in range, dates are made ISO and clamped to
 * 2000-01-01 … a day after the restore.
 */
import { REASONS, type Action, type Verdict } from '../bounce/types'
import { domainOf } from '../policy/retry-policy'
import { TRUST_REASONS, type TrustReason } from '../trust/types'
import type { BounceEvent, Contact, ContactList, ReviewNotice, SeenNotice, UserDecision, WatcherCursor } from './types'
import { MAX_REVIEW_RECIPIENTS } from './ingest'

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

const ACTIONS: Record<Action, true> = { failed: true, delayed: true, delivered: true, relayed: true, expanded: true }
const VERDICTS: Record<Verdict, true> = { remove: true, retry: true, 'fix-sending': true, pending: true, none: true }
const DECISIONS: Record<UserDecision['action'], true> = { removed: true, retried: true, ignored: true, ok: true }
const LISTS: Record<ContactList, true> = { remove: true, retry: true, sending: true, pending: true, cleared: true }
const CURSOR_STATES: Record<WatcherCursor['state'], true> = { ok: true, 'signed-out': true, backoff: true, error: true }

/** Own keys only: "constructor" or "__proto__" is in every object's prototype chain, not in the table. */
function oneOf<K extends string>(table: Record<K, true>, v: unknown): v is K {
  return typeof v === 'string' && Object.hasOwn(table, v)
}

export const EARLIEST = Date.UTC(2000, 0, 1)
const DAY_MS = 86_400_000

/** An ISO date clamped to [2000-01-01, now + 1 day]; "" when absent or unreadable. */
export function saneDate(v: unknown, now: Date): string {
  if (typeof v !== 'string' || v.length > 64) return ''
  const t = Date.parse(v)
  if (Number.isNaN(t)) return ''
  return new Date(Math.min(Math.max(t, EARLIEST), now.getTime() + DAY_MS)).toISOString()
}

function whole(v: unknown, min: number, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null
}

export function checkEvent(v: unknown, i: number, now: Date): BounceEvent {
  if (!isObject(v)) throw new BackupError(`events[${i}] is not an object`)
  const address = checkAddress(v.address)
  const noticeKey = str(v.noticeKey, 1100)
  if (!address || !noticeKey) throw new BackupError(`events[${i}] lacks an address or notice`)
  if (!oneOf(ACTIONS, v.action)) throw new BackupError(`events[${i}] has an unknown action`)
  if (!oneOf(VERDICTS, v.verdict)) throw new BackupError(`events[${i}] has an unknown verdict`)
  if (!oneOf(REASONS, v.reason)) throw new BackupError(`events[${i}] has an unknown reason`)
  const at = saneDate(v.at, now)
  if (!at) throw new BackupError(`events[${i}] has no valid date`)
  const event: BounceEvent = {
    key: `${noticeKey}|${address}`,
    noticeKey,
    address,
    domain: domainOf(address),
    action: v.action,
    status: str(v.status, 32),
    replyCode: str(v.replyCode, 8),
    reason: v.reason,
    hard: v.hard === true,
    verdict: v.verdict,
    diagnostic: str(v.diagnostic, 2000),
    remoteMta: str(v.remoteMta, 255),
    at,
    subject: str(v.subject, 500),
    originalMessageId: str(v.originalMessageId, 500),
    ingestedAt: saneDate(v.ingestedAt, now) || at,
  }
  const account = str(v.account, 330)
  if (account) event.account = account
  // How it was vouched for (src/trust/): only the two stored values; a row without one reads as trusted.
  if (v.trust === 'trusted' || v.trust === 'accepted') event.trust = v.trust
  const reporter = str(v.reporter, 255)
  if (reporter) event.reporter = reporter
  return event
}

/**
 * Only the address, the decision, and the list it was in and since when are taken from a contact
 * (so a restored contact is not "new" for the badge): the rest is derived from its events.
 */
export function checkContact(v: unknown, i: number, now: Date): Pick<Contact, 'address' | 'decision' | 'flaggedAt' | 'list'> {
  if (!isObject(v)) throw new BackupError(`contacts[${i}] is not an object`)
  const address = checkAddress(v.address)
  if (!address) throw new BackupError(`contacts[${i}] lacks an address`)
  let decision: UserDecision | null = null
  if (v.decision != null) {
    const d = v.decision
    const at = isObject(d) ? saneDate(d.at, now) : ''
    const count = isObject(d) ? whole(d.eventsAtDecision, 0, 1_000_000_000) : null
    if (!isObject(d) || !oneOf(DECISIONS, d.action) || !at || count === null) throw new BackupError(`contacts[${i}] has an invalid decision`)
    decision = { action: d.action, at, eventsAtDecision: count }
  }
  return { address, decision, flaggedAt: saneDate(v.flaggedAt, now), list: oneOf(LISTS, v.list) ? v.list : 'cleared' }
}

export function checkNotice(v: unknown, i: number, now: Date): SeenNotice {
  if (!isObject(v) || !str(v.noticeKey, 1400)) throw new BackupError(`notices[${i}] lacks a noticeKey`)
  const notice: SeenNotice = {
    noticeKey: str(v.noticeKey, 1400),
    kind: /^[a-z-]{0,20}$/.test(str(v.kind, 20)) ? str(v.kind, 20) : '',
    seenAt: saneDate(v.seenAt, now),
    recipients: whole(v.recipients, 0, 100_000) ?? 0,
  }
  // A file from before schema v3 has no eventsKey: the store then reads it as the noticeKey.
  if (typeof v.eventsKey === 'string') notice.eventsKey = str(v.eventsKey, 1100)
  // Read before "Delete everything": it stays forgotten after a restore too (delete-everything.ts).
  if (v.forgotten === true) notice.forgotten = true
  return notice
}

export function checkCursor(v: unknown, i: number, now: Date): WatcherCursor {
  if (!isObject(v) || !str(v.account, 320)) throw new BackupError(`cursors[${i}] lacks an account`)
  return {
    account: str(v.account, 320),
    state: oneOf(CURSOR_STATES, v.state) ? v.state : 'ok',
    lastPollAt: saneDate(v.lastPollAt, now),
    notBefore: saneDate(v.notBefore, now),
    failures: whole(v.failures, 0, 1_000_000) ?? 0,
    lastError: str(v.lastError, 500),
  }
}

/**
 * A notice waiting for review (or dismissed). Its kept events are checked as events are, belong to
 * it (their noticeKey is its identity), are at most MAX_REVIEW_RECIPIENTS, and wait unvouched: a
 * file cannot make a review's event trusted.
 */
export function checkReview(v: unknown, i: number, now: Date): ReviewNotice {
  const identity = isObject(v) ? str(v.identity, 1100) : ''
  if (!isObject(v) || !identity) throw new BackupError(`reviews[${i}] lacks an identity`)
  if (!TRUST_REASONS.includes(v.reason as TrustReason)) throw new BackupError(`reviews[${i}] has an unknown reason`)
  const events = Array.isArray(v.events) ? v.events : []
  if (events.length > MAX_REVIEW_RECIPIENTS) throw new BackupError(`reviews[${i}] keeps more than ${MAX_REVIEW_RECIPIENTS} recipients`)
  const review: ReviewNotice = {
    identity,
    originKey: str(v.originKey, 1400),
    at: saneDate(v.at, now) || now.toISOString(),
    reason: v.reason as TrustReason,
    reporter: str(v.reporter, 255),
    from: str(v.from, 320),
    subject: str(v.subject, 500),
    recipients: whole(v.recipients, 0, 1_000_000) ?? events.length,
    events: events.map((e, j) => {
      const event = checkEvent(e, j, now)
      if (event.noticeKey !== identity) throw new BackupError(`reviews[${i}].events[${j}] belongs to another notice`)
      delete event.trust
      return event
    }),
  }
  if (v.dismissed === true) {
    review.dismissed = true
    review.events = []
  }
  return review
}

function checkAddress(v: unknown): string {
  const a = str(v, 320).trim().toLowerCase()
  return a.length <= 254 && a.indexOf('@') > 0 && a.indexOf('@') < a.length - 1 ? a : ''
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function str(v: unknown, max = 10_000): string {
  return typeof v === 'string' ? v.slice(0, max) : ''
}
