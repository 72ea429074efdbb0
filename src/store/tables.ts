/**
 * The store's shape as a type (`StoreDb`: Dexie and its tables) and the kv keys, without the schema's
 * upgrades. The helpers that db.ts's upgrades call (settings, recompute, notices, upgrade-v3) take a
 * StoreDb from here, so db.ts → upgrade-v3 → settings never leads back to db.ts (no import cycle;
 * test/unit/import-cycles.test.ts). The ReboundDb class of db.ts is a StoreDb.
 */
import type Dexie from 'dexie'
import type { Table } from 'dexie'
import type { BounceEvent, Contact, NoticeBatch, WatcherCursor } from './types'

export interface KvRow {
  key: string
  value: unknown
}

export const KV_SETTINGS = 'settings'
export const KV_POPUP_OPENED = 'popupOpenedAt'

export type StoreDb = Dexie & {
  events: Table<BounceEvent, string>
  contacts: Table<Contact, string>
  noticeBatches: Table<NoticeBatch, number>
  cursors: Table<WatcherCursor, string>
  kv: Table<KvRow, string>
}
