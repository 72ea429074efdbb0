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
import { pollPeriodMs } from './schedule'

/** Alarms may fire a little early after the worker wakes: allow this much slack on the period. */
const PERIOD_SLACK = 0.8

let running: Promise<number> | null = null
let queued: Promise<number> | null = null
let queuedForce = false

/** Watched accounts: the settings' list plus accounts seen open in a Gmail tab. */
export async function watchedAccounts(db: ReboundDb): Promise<string[]> {
  const settings = await getSettings(db)
  const seen = (await listCursors(db)).map((c) => c.account)
  return [...new Set([...settings.watchedAccounts, ...seen])].filter(isAccountKey)
}

async function pollAll(db: ReboundDb, force: boolean): Promise<number> {
  const periodMs = await pollPeriodMs(db)
  let polled = 0
  for (const account of await watchedAccounts(db)) {
    const now = new Date()
    const cursor = (await getCursor(db, account)) ?? emptyCursor(account)
    if (!mayPoll(cursor, now, periodMs * PERIOD_SLACK, force)) continue
    let result: { outcome: PollOutcome; mailbox?: string }
    try {
      result = await pollAccount(db, account, now)
    } catch (e) {
      // One account's failure (a store error, a bug) must not stop the others.
      result = { outcome: { kind: 'error' as const, detail: e instanceof Error ? e.message : String(e) } }
    }
    const latest = (await getCursor(db, account)) ?? cursor
    const next = nextCursor(latest, result.outcome, new Date(), periodMs)
    await putCursor(db, result.mailbox ? { ...next, mailbox: result.mailbox } : next)
    polled++
  }
  return polled
}

/**
 * Runs a poll, or, when one is under way, one more right after it: the running one may have listed
 * the accounts before the reason for this request (an account just seen, a sign-in). Accounts it
 * has just polled are then skipped by the period guard, so nothing is asked twice.
 */
export function pollAccounts(db: ReboundDb, force = false): Promise<number> {
  if (!running) {
    running = pollAll(db, force).finally(() => {
      running = null
    })
    return running
  }
  queuedForce ||= force
  queued ??= running
    .catch(() => 0)
    .then(() => {
      const f = queuedForce
      queued = null
      queuedForce = false
      return pollAccounts(db, f)
    })
  return queued
}
