/**
 * The real engine's reports on the whole Sisimai corpus (test/fixtures/sisimai) through the
 * store: every notice ingests without error, twice is a no-op, and each contact's list matches
 * what the engine said about its recipient. Checks the store's side only; the engine's accuracy
 * is scored elsewhere (test/fixtures/sisimai/README.md). The tests share one store, in order.
 */
import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBounce } from '../bounce/index'
import type { Report } from '../bounce/types'
import { openDb, type ReboundDb } from './db'
import { ingestReports, noticeIdentity, noticeKey, type IngestItem } from './ingest'
import { countLists, getContact } from './contacts'
import { allSeenNotices } from './notices'
import { classifyEvent } from '../policy/classify'

const DIR = 'test/fixtures/sisimai'
let db: ReboundDb
let items: IngestItem[]

beforeAll(async () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort()
  items = []
  for (const file of files) {
    const parsed = await parseBounce(readFileSync(`${DIR}/${file}`))
    if (parsed.kind === 'error') continue
    items.push({ report: parsed as Report, source: { origin: 'import', account: 'corpus', id: file } })
  }
  db = openDb(`corpus-${Date.now()}`)
})
afterAll(async () => db?.delete())

describe('Sisimai corpus through the store', () => {
  it('ingests every notice, then ingesting them all again changes nothing', async () => {
    const first = await ingestReports(db, items, new Date('2026-11-23T00:00:00Z'))
    // Only copies of an earlier sample (same Message-ID, see below) can be duplicates.
    const copies = items.length - new Set(items.map((i) => noticeIdentity(i.report, noticeKey(i.source)))).size
    expect(first.duplicates).toBeGreaterThan(0)
    expect(first.duplicates).toBeLessThanOrEqual(copies)
    expect(first.events).toBeGreaterThan(400)
    expect(await allSeenNotices(db)).toHaveLength(items.length)
    const contacts = await db.contacts.toArray()
    const again = await ingestReports(db, items, new Date('2026-11-24T00:00:00Z'))
    expect(again).toMatchObject({ flagged: 0, events: 0, duplicates: items.length })
    expect(await db.contacts.toArray()).toEqual(contacts)
  })

  it("each contact sits in the list its recipients' verdicts call for", async () => {
    // Some samples are copies of one notice (same Message-ID, edited recipients): the store
    // counts such a notice once, as its first reading says.
    const firstReadings = new Map<string, IngestItem>()
    for (const item of items) {
      const identity = noticeIdentity(item.report, noticeKey(item.source))
      if (!firstReadings.has(identity)) firstReadings.set(identity, item)
    }
    expect(firstReadings.size).toBeLessThan(items.length)
    const classes = new Map<string, Set<string>>()
    for (const { report } of firstReadings.values()) {
      if (report.kind !== 'bounce' && report.kind !== 'delay') continue
      for (const r of report.recipients) {
        const c = classifyEvent(r)
        const a = r.address.toLowerCase()
        if (!classes.has(a)) classes.set(a, new Set())
        classes.get(a)!.add(c)
      }
    }
    let checked = 0
    for (const [address, seen] of classes) {
      const contact = await getContact(db, address)
      if (seen.size === 1 && seen.has('ignore')) {
        expect(contact, address).toBeUndefined()
        continue
      }
      if (!contact) continue // not an address the store accepts (normaliseAddress)
      checked++
      if (seen.has('hard')) expect(contact.list, address).toBe('remove')
      else if (!seen.has('soft') && seen.has('sending')) expect(contact.list, address).toBe('sending')
      else if (seen.size === 1 && seen.has('delay')) expect(contact.list, address).toBe('pending')
      else expect(['retry', 'remove', 'sending'], address).toContain(contact.list)
    }
    expect(checked).toBeGreaterThan(100)
    const counts = await countLists(db)
    expect(counts.remove + counts.retry + counts.sending + counts.pending).toBe(await db.contacts.count())
  })

  it('autoreply, feedback and delivered notices flag nobody', async () => {
    const quiet = items.filter((i) => ['autoreply', 'feedback', 'delivered', 'none'].includes(i.report.kind))
    expect(quiet.length).toBeGreaterThan(20)
    const ids = new Set(quiet.map((i) => noticeIdentity(i.report, noticeKey(i.source))))
    expect(await db.events.filter((e) => ids.has(e.noticeKey)).count()).toBe(0)
  })
})
