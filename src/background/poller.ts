/**
 * Polls every watched Gmail account in turn and records each one's state (cursor). Polls never
 * overlap (an alarm and "check now" may arrive together) and never run faster than the period.
 */
import type { ReboundDb } from '../store/db'
import { getCursor, listCursors, putCursor } from '../store/cursors'
import { getSettings } from '../store/settings'
import { emptyCursor, mayPoll, nextCursor, type PollOutcome } from './backoff'
import { isAccountKey } from '../sites/gmail/urls'
import { pollAccount } from './poll-account'
import { discoverAccounts } from './discover'
import { windowAfter } from './feed-window'
import type { Feed } from '../sites/gmail/atom'
import type { WatcherCursor } from '../store/types'
import { pollPeriodMs } from './schedule'

/** Alarms may fire a little early after the worker wakes: allow this much slack on the period. */
const PERIOD_SLACK = 0.8

let running: Promise<number> | null = null
let queued: Promise<number> | null = null
let queuedForce = false
let queuedDiscover = false

/** Watched accounts: the settings' list plus accounts seen open in a Gmail tab. */
export async function watchedAccounts(db: ReboundDb): Promise<string[]> {
  const settings = await getSettings(db)
  const seen = (await listCursors(db)).map((c) => c.account)
  return [...new Set([...settings.watchedAccounts, ...seen])].filter(isAccountKey)
}

/**
 * One account's turn: polled if its cursor allows (`force` retries a signed-out one), its cursor
 * written. `probe`: the account may not exist (discovery); if it is not signed in, nothing is kept.
 */
async function pollOne(db: ReboundDb, account: string, periodMs: number, force: boolean, probe = false): Promise<{ polled: boolean; cursor?: WatcherCursor }> {
  const now = new Date()
  const known = await getCursor(db, account)
  const cursor = known ?? emptyCursor(account)
  if (!mayPoll(cursor, now, periodMs * PERIOD_SLACK, force)) return { polled: false, cursor: known }
  let result: { outcome: PollOutcome; mailbox?: string; feed?: Feed }
  try {
    result = await pollAccount(db, account, now)
  } catch (e) {
    // One account's failure (a store error, a bug) must not stop the others.
    result = { outcome: { kind: 'error' as const, detail: e instanceof Error ? e.message : String(e) } }
  }
  // A free index (no account there) answers with the sign-in page or an error: remember nothing.
  const kind = result.outcome.kind
  if (probe && !known && kind !== 'ok' && kind !== 'throttled') return { polled: true }
  const latest = (await getCursor(db, account)) ?? cursor
  const next = nextCursor(latest, result.outcome, new Date(), periodMs)
  let written = result.mailbox ? { ...next, mailbox: result.mailbox } : next
  if (result.feed) written = { ...written, ...windowAfter(latest, result.feed, now) }
  await putCursor(db, written)
  return { polled: true, cursor: written }
}

async function pollAll(db: ReboundDb, force: boolean, discover: boolean): Promise<number> {
  const periodMs = await pollPeriodMs(db)
  let polled = 0
  // Discovery first: the accounts it polls are then skipped below by the period guard.
  if (discover) polled += (await discoverAccounts(db, (account) => pollOne(db, account, periodMs, true, true))).polled
  for (const account of await watchedAccounts(db)) {
    if ((await pollOne(db, account, periodMs, force)).polled) polled++
  }
  return polled
}

/**
 * Runs a poll, or, when one is under way, one more right after it: the running one may have listed
 * the accounts before the reason for this request (an account just seen, a sign-in). Accounts it
 * has just polled are then skipped by the period guard, so nothing is asked twice.
 */
export function pollAccounts(db: ReboundDb, force = false, discover = false): Promise<number> {
  if (!running) {
    running = pollAll(db, force, discover).finally(() => {
      running = null
    })
    return running
  }
  queuedForce ||= force
  queuedDiscover ||= discover
  queued ??= running
    .catch(() => 0)
    .then(() => {
      const f = queuedForce
      const d = queuedDiscover
      queued = null
      queuedForce = false
      queuedDiscover = false
      return pollAccounts(db, f, d)
    })
  return queued
}
