/** The toolbar badge: contacts newly flagged since the popup was last opened. */
import type { ReboundDb } from './db'
import { KV_POPUP_OPENED } from './db'

export async function markPopupOpened(db: ReboundDb, now = new Date()): Promise<void> {
  await db.kv.put({ key: KV_POPUP_OPENED, value: now.toISOString() })
}

export async function countNewSinceOpened(db: ReboundDb): Promise<number> {
  return db.transaction('r', [db.kv, db.contacts], async () => {
    const row = await db.kv.get(KV_POPUP_OPENED)
    const openedAt = typeof row?.value === 'string' ? row.value : ''
    // flaggedAt is only set on entering remove / retry / sending, but a later decision may
    // have moved the contact out again: those no longer need attention.
    return db.contacts
      .where('flaggedAt')
      .above(openedAt)
      .filter((c) => c.list === 'remove' || c.list === 'retry' || c.list === 'sending')
      .count()
  })
}

/**
 * Retry contacts whose next try has come (issue 11): `nextRetryAt` ≤ now, or none set (see
 * src/ui/format.ts isDue). The [list+nextRetryAt] index answers it without reading the rows.
 */
export function countDue(db: ReboundDb, now = new Date()): Promise<number> {
  return db.contacts.where('[list+nextRetryAt]').between(['retry', ''], ['retry', now.toISOString()], true, true).count()
}

/** Retry contacts that came due in (`after`, `until`]: what a "due" notification announces. */
export function countDueBetween(db: ReboundDb, after: string, until: Date): Promise<number> {
  return db.contacts.where('[list+nextRetryAt]').between(['retry', after], ['retry', until.toISOString()], after === '', true).count()
}

/** Contacts that entered Sending issues after `since` (ISO). */
export function countSendingFlaggedSince(db: ReboundDb, since: string): Promise<number> {
  return db.contacts.where('flaggedAt').above(since).filter((c) => c.list === 'sending').count()
}
