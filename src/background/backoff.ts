/**
 * Per-account watcher state after each poll, as pure functions of (cursor, outcome, now), so the
 * rules are table-tested (backoff.test.ts) and the worker only stores the result.
 * - signed out: stop polling the account until it is seen live again (content script) or a poll
 *   the user asks for succeeds;
 * - HTTP 429 / 5xx / network error: exponential back-off from the poll period, doubled per failure,
 *   capped, and never earlier than the server's Retry-After;
 * - anything else unexpected: the same back-off, shown as 'error'.
 */
import type { WatcherCursor } from '../store/types'

export type PollOutcome =
  | { kind: 'ok' }
  | { kind: 'signed-out'; detail: string }
  | { kind: 'throttled'; status: number; retryAfterSeconds?: number }
  | { kind: 'error'; detail: string }

/** Longest wait between two tries of a failing account. */
export const MAX_BACKOFF_MS = 60 * 60_000

export function emptyCursor(account: string): WatcherCursor {
  return { account, state: 'ok', lastPollAt: '', notBefore: '', failures: 0, lastError: '' }
}

/** Delay before the next try after `failures` consecutive failures (1 → one period, 2 → two...). */
export function backoffDelayMs(failures: number, periodMs: number): number {
  const exp = Math.min(Math.max(failures - 1, 0), 20)
  return Math.min(periodMs * 2 ** exp, MAX_BACKOFF_MS)
}

export function nextCursor(cur: WatcherCursor, outcome: PollOutcome, now: Date, periodMs: number): WatcherCursor {
  const at = now.toISOString()
  switch (outcome.kind) {
    case 'ok':
      return { ...cur, state: 'ok', lastPollAt: at, notBefore: '', failures: 0, lastError: '' }
    case 'signed-out':
      return { ...cur, state: 'signed-out', lastPollAt: at, notBefore: '', failures: cur.failures + 1, lastError: outcome.detail }
    case 'throttled':
    case 'error': {
      const failures = cur.failures + 1
      const wait = Math.max(backoffDelayMs(failures, periodMs), (outcome.kind === 'throttled' ? outcome.retryAfterSeconds ?? 0 : 0) * 1000)
      return {
        ...cur,
        state: outcome.kind === 'throttled' ? 'backoff' : 'error',
        lastPollAt: at,
        notBefore: new Date(now.getTime() + Math.min(wait, MAX_BACKOFF_MS)).toISOString(),
        failures,
        lastError: outcome.kind === 'throttled' ? `HTTP ${outcome.status}` : outcome.detail,
      }
    }
  }
}

/**
 * Whether a poll may run now. `minGapMs` keeps polls of an account at least one period apart, even
 * when the user asks ("never poll faster than the setting") or alarms bunch up after the worker wakes.
 * A poll the user asks for passes `force`: it tries a signed-out account again, nothing more.
 */
export function mayPoll(cur: WatcherCursor, now: Date, minGapMs: number, force = false): boolean {
  if (cur.state === 'signed-out' && !force) return false
  if (cur.notBefore && Date.parse(cur.notBefore) > now.getTime()) return false
  if (cur.state !== 'signed-out' && cur.lastPollAt && now.getTime() - Date.parse(cur.lastPollAt) < minGapMs) return false
  return true
}

/** Parses a Retry-After header (seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^\d{1,9}$/.test(v)) return Number(v)
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : Math.max(0, Math.round((t - now.getTime()) / 1000))
}
