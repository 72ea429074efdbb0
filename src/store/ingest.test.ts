import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { MAX_RECIPIENTS_PER_NOTICE, hasSeenNotice, ingestReport, ingestReports, noticeKey } from './ingest'
import { countLists, eventsFor, getContact } from './contacts'
import { DELAY, SOFT, recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
const fresh = () => (db = openDb(`ingest-${++n}-${Date.now()}`))
afterEach(async () => db?.delete())
const NOW = new Date('2026-11-03T08:00:00Z')

describe('ingestReport', () => {
  it('keys notices as origin:account:id', () => {
    expect(noticeKey({ origin: 'gmail', account: 'u/1', id: '1899' })).toBe('gmail:u/1:1899')
  })

  it('stores one event per recipient and flags the contact', async () => {
    fresh()
    const r = await ingestReport(db, report([recipient('Jane@Acme.COM')]), source('1'), NOW)
    expect(r).toEqual({ flagged: 1, duplicate: false })
    const c = await getContact(db, 'jane@acme.com')
    expect(c).toMatchObject({ list: 'remove', domain: 'acme.com', reason: 'userunknown', bounceCount: 1, flaggedAt: NOW.toISOString(), subject: 'Quick question' })
    expect(await hasSeenNotice(db, 'gmail:u/0:1')).toBe(true)
  })

  it('is idempotent: the same notice twice changes nothing', async () => {
    fresh()
    const rep = report([recipient('a@x.com'), recipient('b@y.com', SOFT)])
    await ingestReport(db, rep, source('1'), NOW)
    const before = { contacts: await db.contacts.toArray(), events: await db.events.toArray(), notices: await db.notices.toArray() }
    const again = await ingestReport(db, rep, source('1'), new Date('2026-11-09T00:00:00Z'))
    expect(again).toEqual({ flagged: 0, duplicate: true })
    expect(await db.contacts.toArray()).toEqual(before.contacts)
    expect(await db.events.toArray()).toEqual(before.events)
    expect(await db.notices.toArray()).toEqual(before.notices)
  })

  it('a notice first unreadable, then read with recipients, adds them and records its kind', async () => {
    fresh()
    await ingestReport(db, report([], { kind: 'none' }), source('1'), NOW)
    const r = await ingestReport(db, report([recipient('a@x.com')]), source('1'), new Date('2026-11-04T00:00:00Z'))
    expect(r).toEqual({ flagged: 1, duplicate: false })
    expect(await db.notices.get('gmail:u/0:1')).toEqual({ noticeKey: 'gmail:u/0:1', kind: 'bounce', seenAt: NOW.toISOString(), recipients: 1 })
  })

  it('same notice from another account is a different notice', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com', SOFT)]), source('1'), NOW)
    const r = await ingestReport(db, report([recipient('a@x.com', SOFT)]), source('1', { account: 'u/1' }), NOW)
    expect(r.duplicate).toBe(false)
    expect((await eventsFor(db, 'a@x.com')).length).toBe(2)
  })

  it.each(['autoreply', 'feedback', 'delivered', 'none'] as const)('%s reports mark the notice seen and flag nobody', async (kind) => {
    fresh()
    const r = await ingestReport(db, report([recipient('a@x.com')], { kind }), source('ar'), NOW)
    expect(r).toEqual({ flagged: 0, duplicate: false })
    expect(await db.events.count()).toBe(0)
    expect(await db.contacts.count()).toBe(0)
    expect(await hasSeenNotice(db, 'gmail:u/0:ar')).toBe(true)
    expect((await ingestReport(db, report([], { kind }), source('ar'), NOW)).duplicate).toBe(true)
  })

  it('a delay goes to pending and is not counted as flagged', async () => {
    fresh()
    const r = await ingestReport(db, report([recipient('slow@x.com', DELAY)], { kind: 'delay' }), source('d'), NOW)
    expect(r.flagged).toBe(0)
    expect((await getContact(db, 'slow@x.com'))?.list).toBe('pending')
  })

  it('skips recipients that are not addresses and duplicates within a notice', async () => {
    fresh()
    const rep = report([recipient(''), recipient('not an address'), recipient('<a@x.com>'), recipient('A@x.com')])
    const r = await ingestReport(db, rep, source('1'), NOW)
    expect(r.flagged).toBe(1)
    expect(await db.events.count()).toBe(1)
  })

  it('bounds hostile diagnostic text and falls back to the notice date', async () => {
    fresh()
    const rep = report([recipient('a@x.com', { diagnostic: '<b>'.repeat(10_000), date: 'garbage' })])
    await ingestReport(db, rep, source('1'), NOW)
    const [e] = await eventsFor(db, 'a@x.com')
    expect(e.diagnostic.length).toBe(2000)
    expect(e.at).toBe('2026-11-02T10:05:00.000Z')
  })

  it('a date from the future is replaced by the ingestion time', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com', { date: '9999-01-01T00:00:00Z' })]), source('1'), NOW)
    expect((await eventsFor(db, 'a@x.com'))[0].at).toBe(NOW.toISOString())
  })

  it('caps the recipients read from one notice', async () => {
    fresh()
    const many = Array.from({ length: MAX_RECIPIENTS_PER_NOTICE + 50 }, (_, i) => recipient(`r${i}@x.com`))
    const r = await ingestReport(db, report(many), source('1'), NOW)
    expect(r.flagged).toBe(MAX_RECIPIENTS_PER_NOTICE)
    expect(await db.events.count()).toBe(MAX_RECIPIENTS_PER_NOTICE)
  })

  it('a second soft bounce in a later notice updates the contact without re-flagging', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com', SOFT)]), source('1'), NOW)
    const r = await ingestReport(db, report([recipient('a@x.com', { ...SOFT, date: '2026-11-04T10:00:00Z' })]), source('2'), new Date('2026-11-04T11:00:00Z'))
    expect(r).toEqual({ flagged: 0, duplicate: false })
    const c = await getContact(db, 'a@x.com')
    expect(c).toMatchObject({ list: 'retry', softBounceCount: 2, flaggedAt: NOW.toISOString(), nextRetryAt: '2026-11-07T10:00:00.000Z' })
  })
})

describe('ingestReports', () => {
  it('an empty batch changes nothing', async () => {
    fresh()
    expect(await ingestReports(db, [], NOW)).toEqual({ flagged: 0, events: 0, duplicates: 0, results: [] })
  })

  it('batches many notices in one call, with per-item outcomes', async () => {
    fresh()
    const items = [
      { report: report([recipient('a@x.com'), recipient('b@x.com', SOFT)]), source: source('1') },
      { report: report([recipient('c@y.com', SOFT)]), source: source('2') },
      { report: report([recipient('a@x.com'), recipient('b@x.com', SOFT)]), source: source('1') },
    ]
    const out = await ingestReports(db, items, NOW)
    expect(out.flagged).toBe(3)
    expect(out.events).toBe(3)
    expect(out.results.map((r) => r.duplicate)).toEqual([false, false, true])
    expect(await countLists(db)).toEqual({ remove: 1, retry: 2, sending: 0, pending: 0, cleared: 0 })
  })
})
