/**
 * Backup for the options page: everything as one JSON object, and back. Restoring (restore.ts)
 * streams the file, checks every row (backup-validate.ts: a backup file is user-supplied input)
 * and merges, all or nothing.
 */
import type { ReboundDb } from './db'
import type { BackupFile } from './types'
import { getSettings } from './settings'
import { allSeenNotices } from './notices'
import { restoreBackup } from './restore'

export { BackupError } from './backup-validate'

export async function exportAll(db: ReboundDb, now = new Date()): Promise<BackupFile> {
  return db.transaction('r', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv, db.reviews], async () => ({
    format: 'rebound-backup' as const,
    version: 1 as const,
    exportedAt: now.toISOString(),
    settings: await getSettings(db),
    events: await db.events.toArray(),
    contacts: await db.contacts.toArray(),
    notices: await allSeenNotices(db),
    cursors: await db.cursors.toArray(),
    reviews: await db.reviews.toArray(),
  }))
}

/**
 * Restores a backup given as a parsed object (tests; the options page hands the File itself to
 * restoreBackup, which streams it).
 */
export async function importAll(db: ReboundDb, data: unknown, now = new Date()): Promise<{ contacts: number; events: number }> {
  return restoreBackup(db, new Blob([JSON.stringify(data) ?? '']), { now })
}

export { deleteEverything } from './delete-everything'
