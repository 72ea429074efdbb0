/**
 * Finds every signed-in Gmail account without the user opening each one (issue 11): Gmail numbers
 * the accounts signed in to the browser u/0, u/1, … in sign-in order, so their feeds are asked in
 * turn, one at a time, until the first index that is not signed in (the feed redirects to the sign-in
 * page or answers 401: src/background/poll-account.ts). Each ask is a normal poll of that account
 * (its notices are read), through the poller's own step, so the back-off and the period still hold.
 * Runs daily (DISCOVER_ALARM) and when a Gmail tab opens (at most every DISCOVER_MIN_GAP_MS).
 */
import type { ReboundDb } from '../store/db'
import type { WatcherCursor } from '../store/types'

export const DISCOVER_ALARM = 'gmail-discover'
export const DISCOVER_PERIOD_MINUTES = 24 * 60
/** A Gmail tab opening asks again only if the last look is older than this. */
export const DISCOVER_MIN_GAP_MS = 10 * 60_000
/** Google lets a browser sign in to at most 10 accounts at once. */
export const MAX_ACCOUNTS = 10
const KV_DISCOVERED_AT = 'accountsDiscoveredAt'

/** One account's poll, as the poller runs it: whether it asked Gmail, and the cursor after (none for a free index). */
export type PollStep = (account: string) => Promise<{ polled: boolean; cursor?: WatcherCursor }>

/** Walks u/0, u/1, … and returns the accounts found signed in, and how many polls it made. */
export async function discoverAccounts(db: ReboundDb, step: PollStep, now = new Date()): Promise<{ accounts: string[]; polled: number }> {
  const accounts: string[] = []
  let polled = 0
  for (let i = 0; i < MAX_ACCOUNTS; i++) {
    const account = `u/${i}`
    const r = await step(account)
    if (r.polled) polled++
    // The first index without a signed-in account ends the walk; so does Gmail asking us to wait.
    if (!r.cursor || r.cursor.state === 'signed-out' || (r.polled && r.cursor.state !== 'ok')) break
    accounts.push(account)
  }
  await db.kv.put({ key: KV_DISCOVERED_AT, value: now.toISOString() })
  return { accounts, polled }
}

/** Whether a Gmail tab opening should look for accounts again. */
export async function discoveryDue(db: ReboundDb, now = new Date()): Promise<boolean> {
  const at = (await db.kv.get(KV_DISCOVERED_AT))?.value
  return typeof at !== 'string' || !(now.getTime() - Date.parse(at) < DISCOVER_MIN_GAP_MS)
}

export async function ensureDiscoverAlarm(): Promise<void> {
  if (await chrome.alarms.get(DISCOVER_ALARM)) return
  // The first look soon after install or start-up, then daily.
  await chrome.alarms.create(DISCOVER_ALARM, { delayInMinutes: 1, periodInMinutes: DISCOVER_PERIOD_MINUTES })
}
