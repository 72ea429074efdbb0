import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { MAX_RECIPIENTS_PER_NOTICE, hasSeenNotice, ingestReport, ingestReports, noticeKey } from './ingest'
import { MAX_MESSAGE_ID_IN_KEY } from './to-events'
import { allSeenNotices, getSeenNotices } from './notices'
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
    const before = { contacts: await db.contacts.toArray(), events: await db.events.toArray(), notices: await allSeenNotices(db) }
    const again = await ingestReport(db, rep, source('1'), new Date('2026-11-09T00:00:00Z'))
    expect(again).toEqual({ flagged: 0, duplicate: true })
    expect(await db.contacts.toArray()).toEqual(before.contacts)
    expect(await db.events.toArray()).toEqual(before.events)
    expect(await allSeenNotices(db)).toEqual(before.notices)
  })

  it('a notice first unreadable, then read with recipients, adds them and records its kind', async () => {
    fresh()
    await ingestReport(db, report([], { kind: 'none' }), source('1'), NOW)
    const r = await ingestReport(db, report([recipient('a@x.com')]), source('1'), new Date('2026-11-04T00:00:00Z'))
    expect(r).toEqual({ flagged: 1, duplicate: false })
    expect((await getSeenNotices(db, ['gmail:u/0:1'])).get('gmail:u/0:1')).toEqual({ noticeKey: 'gmail:u/0:1', kind: 'bounce', seenAt: NOW.toISOString(), recipients: 1, eventsKey: 'gmail:u/0:1' })
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

describe('a notice read from several origins is counted once', () => {
  // The same bounce as the Gmail page reads it, as a Takeout mbox holds it, as the Gmail API scan
  // lists it: one Message-ID, three origin keys.
  const NOTICE = '<CAHk-bounce-1@mail.gmail.com>'
  const viaGmail = source('18c2f0a1b2c3d4e5')
  const viaImport = source('mid:CAHk-bounce-1@mail.gmail.com', { origin: 'import', account: '' })
  const viaApi = source('mid:CAHk-bounce-1@mail.gmail.com', { origin: 'gmail-api', account: 'me@sales.example' })
  const rep = () => report([recipient('a@x.com'), recipient('b@y.com', SOFT)], {}, NOTICE)

  it('gmail, then import, then gmail-api: one event per recipient, each counted once', async () => {
    fresh()
    expect(await ingestReport(db, rep(), viaGmail, NOW)).toEqual({ flagged: 2, duplicate: false })
    expect(await ingestReport(db, rep(), viaImport, NOW)).toEqual({ flagged: 0, duplicate: true })
    expect(await ingestReport(db, rep(), viaApi, NOW)).toEqual({ flagged: 0, duplicate: true })
    expect((await db.events.toArray()).map((e) => e.key).sort()).toEqual(['mid:CAHk-bounce-1@mail.gmail.com|a@x.com', 'mid:CAHk-bounce-1@mail.gmail.com|b@y.com'])
    expect(await getContact(db, 'a@x.com')).toMatchObject({ list: 'remove', bounceCount: 1 })
    expect(await getContact(db, 'b@y.com')).toMatchObject({ list: 'retry', bounceCount: 1, softBounceCount: 1 })
  })

  it('each origin still records the notice as seen, for its own watcher', async () => {
    fresh()
    for (const s of [viaGmail, viaImport, viaApi]) await ingestReport(db, rep(), s, NOW)
    for (const s of [viaGmail, viaImport, viaApi]) expect(await hasSeenNotice(db, noticeKey(s))).toBe(true)
  })

  it('the three readings in one batch store the events once', async () => {
    fresh()
    const out = await ingestReports(db, [viaApi, viaGmail, viaImport].map((s) => ({ report: rep(), source: s })), NOW)
    expect(out).toMatchObject({ events: 2, duplicates: 2 })
    expect(out.results.map((r) => r.duplicate)).toEqual([false, true, true])
  })

  it('angle brackets and surrounding spaces do not make another notice', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com')], {}, ' <n7@mx> '), viaGmail, NOW)
    expect((await ingestReport(db, report([recipient('a@x.com')], {}, 'n7@mx'), viaImport, NOW)).duplicate).toBe(true)
    expect(await db.events.count()).toBe(1)
  })

  it('two different notices without a Message-ID stay two notices', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com', SOFT)]), source('AAMk1', { origin: 'outlook', account: 'outlook.office.com' }), NOW)
    const second = report([recipient('a@x.com', { ...SOFT, date: '2026-11-03T07:00:00Z' })])
    expect((await ingestReport(db, second, source('AAMk2', { origin: 'outlook', account: 'outlook.office.com' }), NOW)).duplicate).toBe(false)
    expect(await getContact(db, 'a@x.com')).toMatchObject({ bounceCount: 2, softBounceCount: 2 })
  })

  it('two different notices with different Message-IDs stay two notices', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com', SOFT)], {}, '<n1@mx>'), source('1'), NOW)
    await ingestReport(db, report([recipient('a@x.com', { ...SOFT, date: '2026-11-03T07:00:00Z' })], {}, '<n2@mx>'), viaImport, NOW)
    expect((await getContact(db, 'a@x.com'))?.softBounceCount).toBe(2)
  })

  it('a notice read first as text (no Message-ID), then whole, keeps the events of its first reading', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com')]), viaGmail, NOW)
    expect((await ingestReport(db, rep(), viaGmail, NOW)).flagged).toBe(1) // b@y.com is new, a@x.com is not
    expect((await db.events.toArray()).map((e) => e.key).sort()).toEqual(['gmail:u/0:18c2f0a1b2c3d4e5|a@x.com', 'gmail:u/0:18c2f0a1b2c3d4e5|b@y.com'])
  })

  it('a notice read whole, then as text by the same origin, is one notice', async () => {
    fresh()
    await ingestReport(db, rep(), viaGmail, NOW)
    expect(await ingestReport(db, report([recipient('a@x.com'), recipient('b@y.com', SOFT)]), viaGmail, NOW)).toEqual({ flagged: 0, duplicate: true })
    expect(await db.events.count()).toBe(2)
  })

  it('a notice first unreadable, then read whole, is keyed by its Message-ID', async () => {
    fresh()
    await ingestReport(db, report([], { kind: 'none' }), viaGmail, NOW)
    await ingestReport(db, rep(), viaGmail, NOW)
    expect((await ingestReport(db, rep(), viaImport, NOW)).duplicate).toBe(true)
    expect(await db.events.count()).toBe(2)
  })

  it('a huge Message-ID is bounded in the keys, and two that differ only at the end stay apart', async () => {
    fresh()
    const huge = (end: string) => `<${'x'.repeat(100_000)}${end}@evil.example>`
    await ingestReport(db, report([recipient('a@x.com', SOFT)], {}, huge('1')), source('1'), NOW)
    await ingestReport(db, report([recipient('a@x.com', { ...SOFT, date: '2026-11-03T07:00:00Z' })], {}, huge('2')), source('2'), NOW)
    expect((await ingestReport(db, report([recipient('a@x.com', SOFT)], {}, huge('1')), viaImport, NOW)).duplicate).toBe(true)
    const events = await db.events.toArray()
    expect(events).toHaveLength(2)
    for (const e of events) expect(e.key.length).toBeLessThanOrEqual('mid:'.length + MAX_MESSAGE_ID_IN_KEY + '|a@x.com'.length)
    for (const n of await allSeenNotices(db)) expect((n.eventsKey ?? '').length).toBeLessThanOrEqual('mid:'.length + MAX_MESSAGE_ID_IN_KEY)
  })

  it("the importer's source id, which carries the Message-ID, is bounded in the seen-notice key", async () => {
    fresh()
    const id = `mid:${'x'.repeat(100_000)}@evil.example`
    await ingestReport(db, report([recipient('a@x.com')], {}, `<${id.slice(4)}>`), source(id, { origin: 'import', account: '' }), NOW)
    const [row] = await allSeenNotices(db)
    expect(row.noticeKey.length).toBeLessThanOrEqual('import::'.length + 1000)
    expect(await hasSeenNotice(db, noticeKey(source(id, { origin: 'import', account: '' })))).toBe(true)
  })
})
