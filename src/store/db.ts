/**
 * The one module that owns the IndexedDB schema. Index only what is queried; add an upgrade
 * only when data moves (Dexie docs). Every version keeps an example database in
 * src/store/fixtures/db-v<N>.json, and migrations.test.ts opens each one with the current code.
 *
 * v1: events, contacts, notices, cursors; kv held one 'state' row { settings, popupOpenedAt }.
 * v2: `domain` stored on events and contacts (search by domain, CSV), compound indexes for the
 *     popup's list orders, the unqueried events.noticeKey index dropped (every index costs on the
 *     ingest path: bench/store.bench.ts), and the kv 'state' row split into 'settings' and
 *     'popupOpenedAt' rows so saving settings never races the badge write.
 * v3: events keyed by the notice's identity (its Message-ID when it has one) so a notice read
 *     from two origins counts once, duplicates already stored merged, and each seen notice records
 *     the key its events sit under (upgrade-v3.ts); the contacts.list index dropped (the compound
 *     [list+...] indexes answer where('list')).
 * v4: seen notices stored by the batch, one noticeBatches row per transaction's new notices with a
 *     unique multiEntry index on their keys (notices.ts; each IndexedDB write costs in Chromium,
 *     bench/popup.bench.ts); the notices table's rows moved there (upgradeToV4) and it is dropped.
 * v5: `reviews`, the notices the trust evaluator could not vouch for (issue 10, src/trust/), by
 *     identity, listed by time; no data moves.
 * v6: a [domain+reason] index on contacts, so the Gmail compose guard finds a dead domain (hostunknown)
 *     among the recipients' domains without reading every contact (compose-warnings.ts; scanning the
 *     lists took 1.2–1.4 s at 10,000 contacts, bench/compose.bench.ts). No data moves.
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import { KV_POPUP_OPENED, KV_SETTINGS, type KvRow } from './tables'
import type { BounceEvent, Contact, NoticeBatch, ReviewNotice, SeenNotice, WatcherCursor } from './types'
import { domainOf } from '../policy/retry-policy'
import { upgradeToV3 } from './upgrade-v3'
import { NOTICES_PER_ROW } from './notices'

// KvRow and the kv keys live in tables.ts (which settings.ts imports without importing
// this module and its upgrades: no import cycle); re-exported here for the modules that import them from db.
export type { KvRow } from './tables'
export { KV_POPUP_OPENED, KV_SETTINGS } from './tables'

export const SCHEMA_V1 = {
  events: 'key, noticeKey, address',
  contacts: 'address, list, flaggedAt',
  notices: 'noticeKey',
  cursors: 'account',
  kv: 'key',
}

export const SCHEMA_V2 = {
  events: 'key, address',
  contacts: 'address, list, flaggedAt, [list+nextRetryAt], [list+lastBounceAt]',
  notices: 'noticeKey',
  cursors: 'account',
  kv: 'key',
}

/**
 * contacts.list dropped: where('list') is served by the compound indexes that start with it
 * (Dexie's virtual indexes), and each index is one more write per contact on the ingest path.
 */
export const SCHEMA_V3 = {
  events: 'key, address',
  contacts: 'address, flaggedAt, [list+nextRetryAt], [list+lastBounceAt]',
  notices: 'noticeKey',
  cursors: 'account',
  kv: 'key',
}

/** notices → noticeBatches: `&*keys` is a unique multiEntry index (no key in two rows). */
export const SCHEMA_V4 = {
  events: 'key, address',
  contacts: 'address, flaggedAt, [list+nextRetryAt], [list+lastBounceAt]',
  notices: null,
  noticeBatches: '++id, &*keys',
  cursors: 'account',
  kv: 'key',
}

/** reviews: unverified notices waiting for the user (issue 10). */
export const SCHEMA_V5 = {
  events: 'key, address',
  contacts: 'address, flaggedAt, [list+nextRetryAt], [list+lastBounceAt]',
  noticeBatches: '++id, &*keys',
  cursors: 'account',
  kv: 'key',
  reviews: 'identity, at',
}

/** contacts gains [domain+reason] (IndexedDB builds it from the rows already stored). */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  contacts: 'address, flaggedAt, [list+nextRetryAt], [list+lastBounceAt], [domain+reason]',
}

export class ReboundDb extends Dexie {
  events!: Table<BounceEvent, string>
  contacts!: Table<Contact, string>
  noticeBatches!: Table<NoticeBatch, number>
  cursors!: Table<WatcherCursor, string>
  kv!: Table<KvRow, string>
  reviews!: Table<ReviewNotice, string>

  constructor(name: string) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2)
    this.version(3).stores(SCHEMA_V3).upgrade((tx) => upgradeToV3(tx))
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4)
    this.version(5).stores(SCHEMA_V5)
    this.version(6).stores(SCHEMA_V6)
  }
}

export function openDb(name = 'rebound'): ReboundDb {
  return new ReboundDb(name)
}

/** v1 → v2: fill `domain`, split the kv 'state' row. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('events').toCollection().modify((e: Partial<BounceEvent>) => {
    e.domain = domainOf(e.address ?? '')
  })
  await tx.table('contacts').toCollection().modify((c: Partial<Contact>) => {
    c.domain = domainOf(c.address ?? '')
    if (c.newSinceDecision === undefined) c.newSinceDecision = 0
  })
  const kv = tx.table('kv')
  const state = (await kv.get('state')) as KvRow | undefined
  const value = (state?.value ?? {}) as { settings?: unknown; popupOpenedAt?: unknown }
  if (value.settings !== undefined) await kv.put({ key: KV_SETTINGS, value: value.settings })
  if (typeof value.popupOpenedAt === 'string') await kv.put({ key: KV_POPUP_OPENED, value: value.popupOpenedAt })
  if (state) await kv.delete('state')
}

/** v3 → v4: the notices rows, in key order, into noticeBatches rows of NOTICES_PER_ROW. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const notices = (await tx.table('notices').toArray()) as SeenNotice[]
  const rows: NoticeBatch[] = []
  for (let i = 0; i < notices.length; i += NOTICES_PER_ROW) {
    const chunk = notices.slice(i, i + NOTICES_PER_ROW)
    rows.push({ keys: chunk.map((n) => n.noticeKey), notices: chunk })
  }
  await tx.table('noticeBatches').bulkAdd(rows)
}
