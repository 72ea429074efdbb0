/**
 * Schema v3: events are keyed by the notice's identity (its Message-ID when it has one, see
 * to-events.ts) instead of where it was read, and the same notice read from two origins (the Gmail
 * page, a Takeout import, the Gmail API scan) is merged into one reading.
 *
 * Stored events do not carry their notice's Message-ID, so a v2 notice is recognised as follows:
 * - the importer and the Gmail API scan put it in their source id (`import::mid:<id>`,
 *   `gmail-api:<account>:mid:<id>`): those are keyed by it and merge exactly;
 * - a notice read live (Gmail page, Outlook) has only its origin key: it is merged into a notice
 *   from another origin only when every one of its events repeats one of that notice's (same
 *   address, date taken from the notice, action, status and diagnostic). Else it stays as it was.
 * A merged event keeps its earliest ingestion time (its first reading), so a decision taken between
 * two readings is not undone. The touched contacts are recomputed; every seen-notice row records
 * the identity its events now sit under (SeenNotice.eventsKey).
 */
import type { Transaction } from 'dexie'
import type { StoreDb as ReboundDb } from './tables'
import type { BounceEvent, SeenNotice } from './types'
import { MAX_MESSAGE_ID_IN_KEY, bounded } from './to-events'
import { getSettings } from './settings'
import { recompute } from './recompute'

export async function upgradeToV3(tx: Transaction, now = new Date()): Promise<void> {
  // The store's helpers take a ReboundDb; inside an upgrade only the transaction's tables may be used.
  const view = { events: tx.table('events'), contacts: tx.table('contacts'), kv: tx.table('kv') } as unknown as ReboundDb
  // v3's notices table (one row per notice; schema v4 moves its rows, db.ts upgradeToV4).
  const noticesTable = tx.table<SeenNotice, string>('notices')
  const events = await view.events.toArray()
  const notices = await noticesTable.toArray()

  const byNotice = new Map<string, BounceEvent[]>()
  for (const e of events) {
    const list = byNotice.get(e.noticeKey)
    if (list) list.push(e)
    else byNotice.set(e.noticeKey, [e])
  }
  const identityOf = identities(byNotice)

  // For each new key, the earliest reading.
  const chosen = new Map<string, BounceEvent>()
  for (const e of events) {
    const noticeKey = identityOf.get(e.noticeKey)!
    const key = `${noticeKey}|${e.address}`
    const kept = chosen.get(key)
    if (!kept || e.ingestedAt < kept.ingestedAt) chosen.set(key, { ...e, key, noticeKey })
  }
  const stored = new Map(events.map((e) => [e.key, e]))
  const gone = events.filter((e) => !chosen.has(e.key))
  const changed = [...chosen.values()].filter((c) => {
    const s = stored.get(c.key)
    return !s || s.noticeKey !== c.noticeKey || s.ingestedAt !== c.ingestedAt
  })
  await view.events.bulkDelete(gone.map((e) => e.key))
  await view.events.bulkPut(changed)

  const rows: SeenNotice[] = notices.map((n) => ({ ...n, eventsKey: byNotice.has(n.noticeKey) ? identityOf.get(n.noticeKey)! : '' }))
  await noticesTable.bulkPut(rows)

  const touched = [...new Set([...gone, ...changed].map((e) => e.address))]
  if (touched.length) await recompute(view, touched, await getSettings(view), now)
}

/** Old notice key → identity: the Message-ID in an import / API source id, a same-notice match, else itself. */
function identities(byNotice: Map<string, BounceEvent[]>): Map<string, string> {
  const identityOf = new Map<string, string>()
  for (const key of byNotice.keys()) identityOf.set(key, midIdentity(key) ?? key)

  // Notices known by Message-ID claim their events first, then the others in reading order.
  const earliest = (key: string) => byNotice.get(key)!.reduce((min, e) => (e.ingestedAt < min ? e.ingestedAt : min), '\uffff')
  const order = [...byNotice.keys()].sort((a, b) =>
    Number(identityOf.get(b)!.startsWith('mid:')) - Number(identityOf.get(a)!.startsWith('mid:')) || earliest(a).localeCompare(earliest(b)))

  const owner = new Map<string, { identity: string; origin: string }>()
  for (const key of order) {
    const evs = byNotice.get(key)!
    const origin = key.slice(0, key.indexOf(':'))
    if (!identityOf.get(key)!.startsWith('mid:')) {
      const owners = evs.map((e) => (fromNotice(e) ? owner.get(fingerprint(e)) : undefined))
      const first = owners[0]
      if (first && first.origin !== origin && owners.every((o) => o?.identity === first.identity)) {
        identityOf.set(key, first.identity)
        continue
      }
    }
    for (const e of evs) if (!owner.has(fingerprint(e))) owner.set(fingerprint(e), { identity: identityOf.get(key)!, origin })
  }
  return identityOf
}

/** `mid:<id>` for the importer's and the Gmail API scan's source ids, which hold the Message-ID. */
function midIdentity(key: string): string | undefined {
  const m = /^(?:import|gmail-api):[^:]*:mid:([\s\S]+)$/.exec(key)
  const mid = m?.[1].trim().replace(/^<|>$/g, '').trim()
  return mid ? `mid:${bounded(mid, MAX_MESSAGE_ID_IN_KEY)}` : undefined
}

/** What two readings of one notice share for a recipient. */
function fingerprint(e: BounceEvent): string {
  return [e.address, e.at, e.action, e.status, e.diagnostic].join('\n')
}

/** The event's date came from the notice, not from the time it was read (a reading-time date matches nothing). */
function fromNotice(e: BounceEvent): boolean {
  return e.at !== e.ingestedAt
}
