import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { NOTICES_PER_ROW, allSeenNotices, getSeenNotices, hasSeenNotice, recordNewNotices, replaceSeenNotices } from './notices'
import { ingestReports } from './ingest'
import type { SeenNotice } from './types'
import { recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())
const fresh = () => (db = openDb(`notices-${++n}-${Date.now()}`))

const notice = (id: string, over: Partial<SeenNotice> = {}): SeenNotice => ({
  noticeKey: `gmail:u/0:${id}`, kind: 'bounce', seenAt: '2026-11-02T10:00:00.000Z', recipients: 1, eventsKey: `gmail:u/0:${id}`, ...over,
})
const record = (notices: SeenNotice[]) => db.transaction('rw', db.noticeBatches, async () => recordNewNotices(db, notices))

describe('seen notices, stored by the batch', () => {
  it('records a batch of new notices as one row, each found by its key', async () => {
    fresh()
    expect(await record([notice('1'), notice('2'), notice('3')])).toEqual(new Map())
    expect(await db.noticeBatches.count()).toBe(1)
    expect(await hasSeenNotice(db, 'gmail:u/0:2')).toBe(true)
    expect(await hasSeenNotice(db, 'gmail:u/0:4')).toBe(false)
    expect(await getSeenNotices(db, ['gmail:u/0:3', 'gmail:u/0:4'])).toEqual(new Map([['gmail:u/0:3', notice('3')]]))
  })

  it('returns the stored ones unchanged and records only the others', async () => {
    fresh()
    await record([notice('1'), notice('2')])
    const seen = await record([notice('2', { kind: 'none' }), notice('3')])
    expect(seen).toEqual(new Map([['gmail:u/0:2', notice('2')]]))
    expect(await allSeenNotices(db)).toEqual([notice('1'), notice('2'), notice('3')])
  })

  it('a batch seen again writes nothing', async () => {
    fresh()
    await record([notice('1'), notice('2')])
    const before = await db.noticeBatches.toArray()
    await record([notice('2'), notice('1')])
    expect(await db.noticeBatches.toArray()).toEqual(before)
  })

  it(`splits more than ${NOTICES_PER_ROW} notices over several rows`, async () => {
    fresh()
    await record(Array.from({ length: NOTICES_PER_ROW + 1 }, (_, i) => notice(String(i))))
    expect((await db.noticeBatches.toArray()).map((r) => r.keys.length)).toEqual([NOTICES_PER_ROW, 1])
  })

  it('replaces a notice where it sits', async () => {
    fresh()
    await record([notice('1'), notice('2')])
    await db.transaction('rw', db.noticeBatches, () => replaceSeenNotices(db, [notice('2', { kind: 'delay' })]))
    expect(await allSeenNotices(db)).toEqual([notice('1'), notice('2', { kind: 'delay' })])
    expect(await db.noticeBatches.count()).toBe(1)
  })

  it('an ingest batch with new and already seen notices adds one row for the new ones', async () => {
    fresh()
    const item = (id: string) => ({ report: report([recipient(`${id}@x.com`)]), source: source(id) })
    await ingestReports(db, [item('1'), item('2')])
    const r = await ingestReports(db, [item('2'), item('3'), item('1')])
    expect(r.results.map((x) => x.duplicate)).toEqual([true, false, true])
    expect((await db.noticeBatches.toArray()).map((row) => row.keys)).toEqual([['gmail:u/0:1', 'gmail:u/0:2'], ['gmail:u/0:3']])
  })
})
