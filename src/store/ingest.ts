/**
 * Turning engine reports into stored events and contacts. Idempotent on (notice, recipient):
 * an event's key is `${noticeKey}|${address}` and an existing key is never overwritten, so
 * the same notice read twice (feed poll + opened message, worker restart...) changes nothing.
 */
import type { ReboundDb } from './db'
import type { Report } from '../bounce/types'
import type { NoticeSource } from '../messages'
import type { BounceEvent, Contact, SeenNotice, Settings } from './types'
import { eventsOf, noticeKey } from './to-events'
import { getSettings } from './settings'
import { eventsByAddress, recompute } from './recompute'

export { MAX_RECIPIENTS_PER_NOTICE, noticeKey, normaliseAddress } from './to-events'

export interface IngestItem {
  report: Report
  source: NoticeSource
}

export interface IngestOutcome {
  flagged: number
  duplicate: boolean
}

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

export async function hasSeenNotice(db: ReboundDb, key: string): Promise<boolean> {
  return (await db.notices.get(key)) !== undefined
}

export async function ingestReport(db: ReboundDb, report: Report, source: NoticeSource, now = new Date()): Promise<IngestOutcome> {
  const batch = await ingestReports(db, [{ report, source }], now)
  return batch.results[0]
}

export async function ingestReports(db: ReboundDb, items: IngestItem[], now = new Date()): Promise<BatchOutcome> {
  const nowIso = now.toISOString()
  const planned = items.map((item) => ({ key: noticeKey(item.source), item, events: eventsOf(item.report, item.source, nowIso) }))

  return db.transaction('rw', [db.events, db.contacts, db.notices, db.kv], async () => {
    const settings = await getSettings(db)
    const seen = await db.notices.bulkGet(planned.map((p) => p.key))
    const candidates = planned.flatMap((p) => p.events)
    const existing = await db.events.bulkGet(candidates.map((e) => e.key))
    const taken = new Set(existing.filter((e): e is BounceEvent => e !== undefined).map((e) => e.key))

    const fresh: BounceEvent[] = []
    const lastItemOf = new Map<string, number>()
    const freshPerItem = planned.map((p, i) => {
      let n = 0
      for (const e of p.events) {
        if (taken.has(e.key)) continue
        taken.add(e.key) // the same notice twice in one batch
        fresh.push(e)
        lastItemOf.set(e.address, i)
        n++
      }
      return n
    })

    const newNotices = new Map<string, SeenNotice>()
    planned.forEach((p, i) => {
      // A notice seen before (say unreadable as text) that now yields events is re-recorded
      // with its new kind; otherwise the first sighting stands.
      if ((seen[i] && freshPerItem[i] === 0) || newNotices.has(p.key)) return
      newNotices.set(p.key, { noticeKey: p.key, kind: p.item.report.kind, seenAt: seen[i]?.seenAt ?? nowIso, recipients: p.item.report.recipients.length })
    })
    await db.notices.bulkPut([...newNotices.values()])
    await db.events.bulkAdd(fresh)

    const flagged = await recomputeTouched(db, fresh, settings, now)
    const flaggedPerItem = planned.map(() => 0)
    for (const address of flagged) flaggedPerItem[lastItemOf.get(address)!]++

    const firstOfKey = new Map<string, number>()
    planned.forEach((p, i) => { if (!firstOfKey.has(p.key)) firstOfKey.set(p.key, i) })
    const results = planned.map((p, i) => ({
      flagged: flaggedPerItem[i],
      duplicate: freshPerItem[i] === 0 && (seen[i] !== undefined || firstOfKey.get(p.key) !== i),
    }))
    return { flagged: flagged.size, events: fresh.length, duplicates: results.filter((r) => r.duplicate).length, results }
  })
}

/** Contacts without a stored row have no older events: skip the event query for them (bench). */
async function recomputeTouched(db: ReboundDb, fresh: BounceEvent[], settings: Settings, now: Date) {
  const addresses = [...new Set(fresh.map((e) => e.address))]
  const rows = await db.contacts.bulkGet(addresses)
  const previous = new Map<string, Contact | undefined>(addresses.map((a, i) => [a, rows[i]]))
  const known = addresses.filter((a) => previous.get(a) !== undefined)
  // Runs after bulkAdd, so this query already returns the fresh events of known addresses.
  const events = await eventsByAddress(db, known)
  for (const e of fresh) if (previous.get(e.address) === undefined) push(events, e)
  return recompute(db, addresses, settings, now, { events, previous })
}

function push(map: Map<string, BounceEvent[]>, e: BounceEvent) {
  const list = map.get(e.address)
  if (list) list.push(e)
  else map.set(e.address, [e])
}
