/**
 * The review view's store side (issue 10): unverified notices wait in `reviews` until the user
 * accepts one (its events are stored with trust 'accepted' and the contacts recomputed: the
 * user's own call, as a decision is) or dismisses it (the row stays, emptied and marked
 * dismissed, so the same notice read again by any route does not come back).
 */
import type { ReboundDb } from './db'
import type { ReviewNotice } from './types'
import { getSettings } from './settings'
import { recompute } from './recompute'

/** The popup shows at most this many (newest): a flood of forged notices must not stall it. */
export const MAX_REVIEWS_SHOWN = 200

/** Newest first, dismissed ones left out. */
export async function listReviews(db: ReboundDb, limit = MAX_REVIEWS_SHOWN): Promise<ReviewNotice[]> {
  return db.reviews.orderBy('at').reverse().filter((r) => !r.dismissed).limit(limit).toArray()
}

export async function countReviews(db: ReboundDb): Promise<number> {
  return db.reviews.filter((r) => !r.dismissed).count()
}

/** Stores the notice's kept events as accepted; returns the addresses that entered a flagged list. */
export async function acceptReview(db: ReboundDb, identity: string, now = new Date()): Promise<string[]> {
  return db.transaction('rw', [db.reviews, db.events, db.contacts, db.kv], async () => {
    const row = await db.reviews.get(identity)
    if (!row || row.dismissed) return []
    const nowIso = now.toISOString()
    const events = row.events.map((e) => ({ ...e, trust: 'accepted' as const, ingestedAt: nowIso }))
    const present = await db.events.bulkGet(events.map((e) => e.key))
    await db.events.bulkAdd(events.filter((_, i) => !present[i]))
    await db.reviews.delete(identity)
    const settings = await getSettings(db)
    return [...(await recompute(db, [...new Set(events.map((e) => e.address))], settings, now))]
  })
}

export async function dismissReview(db: ReboundDb, identity: string): Promise<void> {
  await db.reviews.update(identity, { dismissed: true, events: [] })
}
