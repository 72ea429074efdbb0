/**
 * "Delete everything" (options page): every contact, event, decision, cursor and setting goes. The
 * notices Rebound read by itself (the Gmail feed and page, Outlook, the Gmail API scan) stay known,
 * marked forgotten and holding no address, so the next poll, or the user opening an old notice,
 * does not bring the deleted contacts back (issue 10 part 3). Imported files and the demo are
 * forgotten for good: importing a file again reads it again.
 */
import type { ReboundDb } from './db'
import type { NoticeBatch } from './types'

/** Origins whose notices Rebound reads again by itself (NoticeSource['origin']). */
const READ_AGAIN_BY_ITSELF = new Set(['gmail', 'outlook', 'gmail-api'])

export async function deleteEverything(db: ReboundDb): Promise<void> {
  await db.transaction('rw', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv, db.reviews], async () => {
    await Promise.all([db.events.clear(), db.contacts.clear(), db.cursors.clear(), db.kv.clear(), db.reviews.clear()])
    const kept: NoticeBatch[] = []
    const dropped: number[] = []
    await db.noticeBatches.each((row) => {
      const notices = row.notices
        .filter((n) => READ_AGAIN_BY_ITSELF.has(n.noticeKey.slice(0, n.noticeKey.indexOf(':'))))
        .map((n) => ({ noticeKey: n.noticeKey, kind: n.kind, seenAt: n.seenAt, recipients: 0, eventsKey: '', forgotten: true }))
      if (notices.length) kept.push({ ...row, keys: notices.map((n) => n.noticeKey), notices })
      else dropped.push(row.id!)
    })
    await db.noticeBatches.bulkDelete(dropped)
    await db.noticeBatches.bulkPut(kept)
  })
}
