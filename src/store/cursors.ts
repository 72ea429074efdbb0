/** Per-account watcher state (src/background owns the meaning; the store only keeps it). */
import type { ReboundDb } from './db'
import type { WatcherCursor } from './types'

export function getCursor(db: ReboundDb, account: string): Promise<WatcherCursor | undefined> {
  return db.cursors.get(account)
}

export async function putCursor(db: ReboundDb, cursor: WatcherCursor): Promise<void> {
  await db.cursors.put(cursor)
}

export function listCursors(db: ReboundDb): Promise<WatcherCursor[]> {
  return db.cursors.toArray()
}

/** The user has seen the "notices may have been missed" warning (issue 11): clear it. */
export async function clearMayHaveMissed(db: ReboundDb, account: string): Promise<void> {
  await db.cursors.update(account, { mayHaveMissedSince: '' })
}
