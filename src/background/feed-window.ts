/**
 * Whether notices may have slipped past the feed (issue 11). Gmail's Atom feed lists only the ~20
 * newest unread messages (shared/GMAIL-FORMATS.md): when more than that arrive between two reads
 * (overnight, the browser closed), older ones, notices among them, are never listed. The window may
 * have overflowed when it is full (20 entries, or `fullcount` above the entries listed) and it has
 * no overlap with what the previous read saw: every entry arrived after that read, or, without
 * dates, none was listed then. Pure: the poller keeps the result on the account's cursor.
 */
import type { Feed } from '../sites/gmail/atom'
import type { WatcherCursor } from '../store/types'

/** Entries Gmail's feed lists at most. */
export const FEED_WINDOW = 20
/** Ids kept from one read to the next (the window, with room). */
const KEEP_IDS = 25

export type WindowFields = Pick<WatcherCursor, 'feedReadAt' | 'feedIds' | 'mayHaveMissedSince'>

export function windowIsFull(feed: Feed): boolean {
  return feed.entries.length >= FEED_WINDOW || feed.fullcount > feed.entries.length
}

/** True when unread messages (notices among them) may have arrived that the feed no longer lists. */
export function mayHaveOverflowed(feed: Feed, previous: Pick<WatcherCursor, 'feedReadAt' | 'feedIds'>): boolean {
  // The first read has nothing to compare with: older mail is for the import, not a gap.
  if (!previous.feedReadAt || !windowIsFull(feed) || feed.entries.length === 0) return false
  const before = new Set(previous.feedIds ?? [])
  if (feed.entries.some((e) => e.id && before.has(e.id))) return false
  const oldest = feed.entries[feed.entries.length - 1].issued
  const t = Date.parse(oldest)
  // Dated: the oldest listed arrived after the last read, so the unlisted ones may have too.
  return Number.isNaN(t) ? true : t > Date.parse(previous.feedReadAt)
}

/** The cursor's window fields after a successful read of `feed` at `now`. */
export function windowAfter(cursor: WatcherCursor, feed: Feed, now: Date): WindowFields {
  const missed = mayHaveOverflowed(feed, cursor)
  return {
    feedReadAt: now.toISOString(),
    feedIds: feed.entries.map((e) => e.id).filter(Boolean).slice(0, KEEP_IDS),
    // Kept until the user dismisses it (the popup); the earliest gap is the one to recover from.
    mayHaveMissedSince: cursor.mayHaveMissedSince || (missed ? cursor.feedReadAt : '') || '',
  }
}
