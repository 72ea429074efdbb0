/**
 * Where the scan keeps its cursor between runs: one row of the store's key-value table (no extra
 * permission such as `storage`; deleting everything from the options page also resets it).
 */
import type { ReboundDb } from '../../store/db'
import type { ScanCursor } from './scan'

const KEY = 'gmailApiScan'

export interface SavedScan {
  cursor: ScanCursor | null
  lastScanAt: string
}

export async function loadScan(db: ReboundDb): Promise<SavedScan> {
  const got = (await db.kv.get(KEY))?.value as Partial<SavedScan> | undefined
  return { cursor: got?.cursor ?? null, lastScanAt: got?.lastScanAt ?? '' }
}

export async function saveScan(db: ReboundDb, s: SavedScan): Promise<void> {
  await db.kv.put({ key: KEY, value: s })
}
