/**
 * The seen notices (SeenNotice), stored by the batch: one row holds every notice first seen in one
 * transaction, and a unique multiEntry index on the row's `keys` finds a notice by its origin key.
 * Why: in Chromium each IndexedDB write costs ~60–100 µs whatever its size, so one row per
 * notice was a third of an import's writes; one row per batch of 500 is one write
 * (bench/popup.bench.ts). Everything else reads and writes notices through these functions.
 */
import Dexie from 'dexie'
import type { StoreDb as ReboundDb } from './tables'
import type { NoticeBatch, SeenNotice } from './types'

/** At most this many notices per row (an import's transaction holds 500): a row is rewritten whole when one of its notices changes. */
export const NOTICES_PER_ROW = 500

/** Whether a notice was read from this origin key (`noticeKey(source)`) before. */
export async function hasSeenNotice(db: ReboundDb, key: string): Promise<boolean> {
  return (await db.noticeBatches.where('keys').equals(key).count()) > 0
}

/** The stored notices among `keys`, by key (one index lookup per key). */
export async function getSeenNotices(db: ReboundDb, keys: string[]): Promise<Map<string, SeenNotice>> {
  const rows = await rowsOf(db, keys)
  const found = new Map<string, SeenNotice>()
  keys.forEach((key, i) => {
    const row = rows[i]
    if (row) found.set(key, row.notices[row.keys.indexOf(key)])
  })
  return found
}

/** Every seen notice, in the order they were first recorded. */
export async function allSeenNotices(db: ReboundDb): Promise<SeenNotice[]> {
  return (await db.noticeBatches.toArray()).flatMap((row) => row.notices)
}

/**
 * Records the notices whose key is not stored yet, in one row; returns the stored ones among them,
 * left unchanged. `notices` must have distinct keys. A fresh batch costs one write: the row is
 * added as is, and only when its unique index refuses it (some key is stored) are the keys looked up.
 */
export async function recordNewNotices(db: ReboundDb, notices: SeenNotice[]): Promise<Map<string, SeenNotice>> {
  const seen = new Map<string, SeenNotice>()
  for (let i = 0; i < notices.length; i += NOTICES_PER_ROW) {
    const chunk = notices.slice(i, i + NOTICES_PER_ROW)
    if (await addRow(db, chunk)) continue
    const stored = await getSeenNotices(db, chunk.map((n) => n.noticeKey))
    const absent = chunk.filter((n) => !stored.has(n.noticeKey))
    if (absent.length && !(await addRow(db, absent))) throw new Error('a seen notice was recorded meanwhile')
    for (const [key, n] of stored) seen.set(key, n)
  }
  return seen
}

/** Replaces stored notices (same keys) where they sit. */
export async function replaceSeenNotices(db: ReboundDb, notices: SeenNotice[]): Promise<void> {
  const rows = await rowsOf(db, notices.map((n) => n.noticeKey))
  const changed = new Map<number, NoticeBatch>()
  notices.forEach((n, i) => {
    const row = rows[i]
    if (!row) throw new Error(`notice ${n.noticeKey} is not recorded`)
    const kept = changed.get(row.id!) ?? { ...row, notices: [...row.notices] }
    kept.notices[kept.keys.indexOf(n.noticeKey)] = n
    changed.set(row.id!, kept)
  })
  await db.noticeBatches.bulkPut([...changed.values()])
}

/** The row holding each key, or undefined. */
async function rowsOf(db: ReboundDb, keys: string[]): Promise<(NoticeBatch | undefined)[]> {
  // The index alone says which row holds a key; each row is then read once. Reading the row per
  // key would read a 500-notice row 500 times when a whole batch is seen again (6× slower).
  // One equality lookup per key rather than anyOf() (see recompute.ts eventsByAddress).
  // Dexie's own promises only (no async callback): its transaction zone must survive the awaits.
  const ids = (await Promise.all(keys.map((k) => db.noticeBatches.where('keys').equals(k).primaryKeys()))).map((found) => found[0])
  const distinct = [...new Set(ids.filter((id) => id !== undefined))]
  const rows = new Map((await db.noticeBatches.bulkGet(distinct)).map((row, i) => [distinct[i], row]))
  return ids.map((id) => (id === undefined ? undefined : rows.get(id)))
}

/** Adds one row for `notices`; false when the unique index refuses it (a key is stored already). */
async function addRow(db: ReboundDb, notices: SeenNotice[]): Promise<boolean> {
  try {
    // bulkAdd, not add: a refused bulkAdd whose BulkError is caught leaves the transaction alive.
    await db.noticeBatches.bulkAdd([{ keys: notices.map((n) => n.noticeKey), notices }])
    return true
  } catch (e) {
    if (!(e instanceof Dexie.BulkError)) throw e
    const failure = Object.values(e.failuresByPos)[0] as Error
    if (failure.name !== 'ConstraintError') throw failure
    return false
  }
}

/**
 * Every reading of the notice whose events are stored under `eventsKey` (BounceEvent.noticeKey): the
 * Gmail account and message it was read from, for the popup's links (issue 11). Reads every row:
 * only the detail view of one contact asks, and a row holds up to NOTICES_PER_ROW notices.
 */
export async function sightingsOf(db: ReboundDb, eventsKey: string): Promise<SeenNotice[]> {
  const found: SeenNotice[] = []
  await db.noticeBatches.each((row) => {
    for (const n of row.notices) if ((n.eventsKey || n.noticeKey) === eventsKey) found.push(n)
  })
  return found
}
