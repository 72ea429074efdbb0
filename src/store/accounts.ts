/**
 * Which account a notice was read from (issue 10, privacy): stored on each event, and a contact
 * lists the accounts of its events, so a team sharing a browser profile, or a user with several
 * mailboxes, can tell (and export, and filter) whose prospects bounced.
 */
import type { NoticeSource } from '../messages'
import type { BounceEvent } from './types'

/** Longest account kept (an address is at most 254 characters, a file name a few hundred). */
const MAX_ACCOUNT = 320

/** `${origin}:${mailbox address or file name, else the origin's account key}`. */
export function accountOf(source: NoticeSource): string {
  const where = (source.mailbox || source.account || '').slice(0, MAX_ACCOUNT)
  return `${source.origin}:${where}`
}

/** The distinct accounts of a contact's events, sorted. */
export function accountsOf(events: readonly BounceEvent[]): string[] {
  return [...new Set(events.map((e) => e.account).filter((a): a is string => !!a))].sort()
}
