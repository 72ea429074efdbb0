/**
 * Turning engine reports into stored events and contacts. Idempotent on (notice, recipient): an
 * event's key is `${identity}|${address}`, the identity being the notice's Message-ID when it has
 * one (to-events.ts), and an existing key is never overwritten, so the same notice read twice
 * (feed poll + opened message, worker restart, the Gmail page then a Takeout import or the Gmail
 * API scan...) changes nothing.
 *
 * Speed (bench/popup.bench.ts, Chromium): each IndexedDB request costs tens of microseconds, so
 * a batch does no read it can avoid: its new notices are one row (notices.ts), events are added,
 * and a refused add (key taken) is what says "seen before"; only those rows are read back.
 * What is left is mostly IndexedDB's own cost: adding the same rows bare (bench/store-floor.bench.ts,
 * 8 rounds on a loaded machine) is 0–50% faster, its backend's CPU in the browser process about the
 * same; the rows (one per event and per contact) and the contacts' four indexes are that cost.
 * Sending the contacts' adds behind the events' without waiting gained nothing measurable (Dec. 2026).
 */
import Dexie, { type Table } from 'dexie'
import type { ReboundDb } from './db'
import type { Report } from '../bounce/types'
import type { NoticeSource } from '../messages'
import type { BounceEvent, ReviewNotice, SeenNotice, Settings } from './types'
import type { TrustVerdict } from '../trust/types'
import { eventsOf, noticeIdentity, noticeKey } from './to-events'
import { accountOf } from './accounts'
import { getSettings } from './settings'
import { contactOf, recompute } from './recompute'
import { recordNewNotices, replaceSeenNotices } from './notices'

export { MAX_RECIPIENTS_PER_NOTICE, noticeIdentity, noticeKey, normaliseAddress } from './to-events'
export { hasSeenNotice } from './notices'

export interface IngestItem {
  report: Report
  source: NoticeSource
  /**
   * The trust evaluator's verdict (src/trust/). An unverified notice's events go to the review
   * table (at most MAX_REVIEW_RECIPIENTS), never to a list. Every reading path sets it; absent
   * means trusted (tests, the demo's own samples).
   */
  trust?: TrustVerdict
}

export interface IngestOutcome {
  flagged: number
  duplicate: boolean
  /** True when the notice was unverified: kept for review, no list changed. */
  review?: boolean
}

/** At most this many recipients are kept from one unverified notice (issue 10). */
export const MAX_REVIEW_RECIPIENTS = 5

export interface BatchOutcome {
  /** Contacts that newly entered Remove / Retry / Sending issues. */
  flagged: number
  /** Events stored (new (notice, recipient) pairs). */
  events: number
  /** Items that changed nothing. */
  duplicates: number
  /** One outcome per item, in order; a contact flagged by several items counts for the last. */
  results: IngestOutcome[]
}

export async function ingestReport(db: ReboundDb, report: Report, source: NoticeSource, now?: Date): Promise<IngestOutcome> {
  const batch = await ingestReports(db, [{ report, source }], now)
  return batch.results[0]
}

interface Planned {
  key: string
  item: IngestItem
  identity: string
  events: BounceEvent[]
}

/**
 * `at` (tests pass a fixed one) defaults to the clock read inside the transaction: IndexedDB runs
 * this transaction after any decision that holds the contacts, so its events are ingested after that
 * decision and count as new since it. Read before (when the caller asked), a bounce landing while a
 * decision was saved would be dated before the decision and hidden (ingest-clock.test.ts).
 */
export async function ingestReports(db: ReboundDb, items: IngestItem[], at?: Date): Promise<BatchOutcome> {
  return db.transaction('rw', [db.events, db.contacts, db.noticeBatches, db.kv, db.reviews], async () => {
    // Dexie calls this at once; the transaction holds the tables only once its first request is answered.
    const settings = await getSettings(db)
    const now = at ?? new Date()
    const nowIso = now.toISOString()
    const planned: Planned[] = items.map((item) => {
      const key = noticeKey(item.source)
      const identity = noticeIdentity(item.report, key)
      return { key, item, identity, events: vouched(item, eventsOf(item.report, identity, nowIso)) }
    })
    // The first item of each origin key in the batch speaks for that key.
    const firstOfKey = new Map<string, number>()
    planned.forEach((p, i) => { if (!firstOfKey.has(p.key)) firstOfKey.set(p.key, i) })
    const firsts = [...firstOfKey.values()].map((i) => planned[i])

    const seen = await recordNewNotices(db, firsts.map((p) => sighting(p, nowIso)))

    // A notice read before keeps the identity its events were stored under (say read first as
    // text, without a Message-ID), and so do repeats of a key within the batch.
    for (const p of firsts) {
      const row = seen.get(p.key)
      // Read before "Delete everything": it stays forgotten (delete-everything.ts).
      if (row?.forgotten) {
        p.events = []
        continue
      }
      const bound = row ? row.eventsKey ?? row.noticeKey : ''
      if (bound && bound !== p.identity) {
        p.identity = bound
        p.events = vouched(p.item, eventsOf(p.item.report, bound, nowIso))
      }
    }
    for (const p of planned) {
      const first = planned[firstOfKey.get(p.key)!]
      if (seen.get(p.key)?.forgotten) p.events = []
      else if (p !== first && p.identity !== first.identity) {
        p.identity = first.identity
        p.events = vouched(p.item, eventsOf(p.item.report, first.identity, nowIso))
      }
    }

    // Unverified notices wait for review; their events reach no list (issue 10).
    const reviews = new Map<string, ReviewNotice>()
    const reviewBy = new Map<string, number>()
    planned.forEach((p, i) => {
      if (!isUnverified(p.item) || p.events.length === 0 || reviews.has(p.identity)) return
      reviews.set(p.identity, reviewOf(p, nowIso))
      reviewBy.set(p.identity, i)
    })
    // The same notice already stored as vouched for (read before by another route) needs no review.
    const known = await Promise.all([...reviews.keys()].map((id) => db.events.where('key').startsWith(`${id}|`).limit(1).count()))
    ;[...reviews.keys()].forEach((id, i) => known[i] > 0 && reviews.delete(id))
    const stored = await addWhereAbsent(db.reviews, [...reviews.values()])
    const reviewed = new Set([...reviews.keys()].filter((_, i) => !stored.has(i)))

    const candidates: BounceEvent[] = []
    const itemOf: number[] = []
    const inBatch = new Set<string>()
    planned.forEach((p, i) => {
      if (isUnverified(p.item)) return
      for (const e of p.events) {
        if (inBatch.has(e.key)) continue // the same notice twice in one batch
        inBatch.add(e.key)
        e.account = accountOf(p.item.source)
        candidates.push(e)
        itemOf.push(i)
      }
    })
    const taken = await addWhereAbsent(db.events, candidates)
    const fresh: BounceEvent[] = []
    const freshPerItem = planned.map(() => 0)
    const lastItemOf = new Map<string, number>()
    candidates.forEach((e, j) => {
      if (taken.has(j)) return
      fresh.push(e)
      freshPerItem[itemOf[j]]++
      lastItemOf.set(e.address, itemOf[j])
    })

    // A notice seen before (say unreadable as text) that now yields events is re-recorded with
    // its new kind; otherwise the first sighting stands.
    const rerecorded = new Map<string, SeenNotice>()
    planned.forEach((p, i) => {
      const row = seen.get(p.key)
      if (!row || freshPerItem[i] === 0 || rerecorded.has(p.key)) return
      rerecorded.set(p.key, { ...sighting(p, nowIso), seenAt: row.seenAt })
    })
    if (rerecorded.size) await replaceSeenNotices(db, [...rerecorded.values()])
    // A notice now vouched for (read again with more evidence) leaves the review view.
    const vouchedNow = [...new Set(fresh.map((e) => e.noticeKey))]
    if (vouchedNow.length) await db.reviews.where('identity').anyOf(vouchedNow).and((r) => !r.dismissed).delete()

    const flagged = await recomputeTouched(db, fresh, settings, now)
    const flaggedPerItem = planned.map(() => 0)
    for (const address of flagged) flaggedPerItem[lastItemOf.get(address)!]++

    // A duplicate changed nothing: read before from this origin, earlier in the batch, or from
    // another origin (all its events were there).
    const results: IngestOutcome[] = planned.map((p, i) => {
      if (isUnverified(p.item)) {
        const added = reviewed.has(p.identity) && reviewBy.get(p.identity) === i
        return { flagged: 0, duplicate: !added && (seen.has(p.key) || p.events.length > 0 || firstOfKey.get(p.key) !== i), review: true }
      }
      return { flagged: flaggedPerItem[i], duplicate: freshPerItem[i] === 0 && (seen.has(p.key) || firstOfKey.get(p.key) !== i || p.events.length > 0) }
    })
    return { flagged: flagged.size, events: fresh.length, duplicates: results.filter((r) => r.duplicate).length, results }
  })
}

function sighting(p: Planned, nowIso: string): SeenNotice {
  const bound = p.events.length > 0 && !isUnverified(p.item)
  return { noticeKey: p.key, kind: p.item.report.kind, seenAt: nowIso, recipients: p.item.report.recipients.length, eventsKey: bound ? p.identity : '' }
}

function isUnverified(item: IngestItem): boolean {
  return item.trust?.level === 'unverified'
}

/** Events marked with who vouched for them; an unverified notice keeps MAX_REVIEW_RECIPIENTS. */
function vouched(item: IngestItem, events: BounceEvent[]): BounceEvent[] {
  const reporter = (item.trust?.reporter ?? '').slice(0, 255)
  if (isUnverified(item)) return events.slice(0, MAX_REVIEW_RECIPIENTS).map((e) => ({ ...e, reporter }))
  return item.trust ? events.map((e) => ({ ...e, trust: 'trusted' as const, reporter })) : events
}

function reviewOf(p: Planned, nowIso: string): ReviewNotice {
  const notice = p.item.report.notice
  return {
    identity: p.identity,
    originKey: p.key,
    at: nowIso,
    reason: p.item.trust!.reason,
    reporter: (p.item.trust!.reporter ?? '').slice(0, 255),
    from: String(notice?.from ?? '').slice(0, 320),
    subject: String(notice?.subject ?? '').slice(0, 500),
    recipients: p.item.report.recipients.length,
    events: p.events,
  }
}

/**
 * Adds every row whose key is free and returns the positions of those refused because their key
 * is taken: one request per row instead of a read and a write. A refused add does not abort the
 * transaction once its BulkError is caught (Dexie's bulkAdd documentation).
 */
async function addWhereAbsent<T>(table: Table<T, string>, rows: T[]): Promise<Set<number>> {
  if (rows.length === 0) return new Set()
  try {
    await table.bulkAdd(rows)
    return new Set()
  } catch (e) {
    if (!(e instanceof Dexie.BulkError)) throw e
    const refused = new Set<number>()
    for (const [pos, failure] of Object.entries(e.failuresByPos)) {
      if ((failure as Error).name !== 'ConstraintError') throw failure
      refused.add(Number(pos))
    }
    return refused
  }
}

/**
 * Contacts of the fresh events. An address without a contact row has no older event (a row is
 * written with its first event), so its contact is derived from the fresh events alone and added;
 * a refused add means the row exists, and only those addresses are recomputed from all their
 * events. Most addresses of an import are new: one request each instead of a read and a write.
 */
async function recomputeTouched(db: ReboundDb, fresh: BounceEvent[], settings: Settings, now: Date): Promise<Set<string>> {
  const byAddress = new Map<string, BounceEvent[]>()
  for (const e of fresh) push(byAddress, e)
  const addresses = [...byAddress.keys()]
  const firsts = addresses.map((a) => contactOf(a, byAddress.get(a)!, undefined, null, settings, now))
  const known = await addWhereAbsent(db.contacts, firsts.map((f) => f.contact))
  const flagged = new Set(addresses.filter((a, i) => !known.has(i) && firsts[i].newlyFlagged))
  // Runs after the events were added, so this reads the fresh events of known addresses too.
  if (known.size === 0) return flagged
  for (const a of await recompute(db, addresses.filter((_, i) => known.has(i)), settings, now)) flagged.add(a)
  return flagged
}

function push(map: Map<string, BounceEvent[]>, e: BounceEvent) {
  const list = map.get(e.address)
  if (list) list.push(e)
  else map.set(e.address, [e])
}
