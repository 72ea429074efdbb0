/** "Delete everything" deletes, and what Rebound had read stays forgotten (issue 10 part 3). */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { deleteEverything } from './delete-everything'
import { hasSeenNotice, ingestReport, noticeKey } from './ingest'
import { decide } from './decisions'
import { getSettings, saveSettings } from './settings'
import { recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())

const GMAIL = source('1001')
const PAGE_ONLY = source('1002', { account: 'u/1' })
const OUTLOOK = source('AAMk1', { origin: 'outlook', account: 'outlook.office.com' })
const API = source('gmail-api-1', { origin: 'gmail-api', account: 'sales.rep@example.com' })
const IMPORT = source('takeout.mbox#3', { origin: 'import', account: '' })

async function filled() {
  db = openDb(`delete-${++n}-${Date.now()}`)
  await saveSettings(db, { pollMinutes: 9 })
  await ingestReport(db, report([recipient('a@x.example')], {}, '<n1@x>'), GMAIL)
  await ingestReport(db, report([recipient('b@x.example')], {}, '<n2@x>'), PAGE_ONLY)
  await ingestReport(db, report([recipient('c@x.example')], {}, '<n3@x>'), OUTLOOK)
  await ingestReport(db, report([recipient('d@x.example')], {}, '<n4@x>'), API)
  await ingestReport(db, report([recipient('e@x.example')], {}, '<n5@x>'), IMPORT)
  await decide(db, ['a@x.example'], 'ok')
  expect(await db.contacts.count()).toBe(5)
}

describe('deleteEverything', () => {
  it('deletes every contact, event, cursor and setting', async () => {
    await filled()
    await db.cursors.put({ account: 'u/0', state: 'ok', lastPollAt: '', notBefore: '', failures: 0, lastError: '' })
    await deleteEverything(db)
    expect([await db.contacts.count(), await db.events.count(), await db.cursors.count(), await db.kv.count()]).toEqual([0, 0, 0, 0])
    expect((await getSettings(db)).pollMinutes).toBe(2)
  })

  it('keeps the notices Rebound read by itself as forgotten, with no address: a poll skips them', async () => {
    await filled()
    await deleteEverything(db)
    for (const s of [GMAIL, PAGE_ONLY, OUTLOOK, API]) expect(await hasSeenNotice(db, noticeKey(s)), noticeKey(s)).toBe(true)
    const rows = (await db.noticeBatches.toArray()).flatMap((r) => r.notices)
    expect(rows.every((r) => r.forgotten && r.eventsKey === '' && r.recipients === 0)).toBe(true)
    expect(JSON.stringify(rows)).not.toContain('@x.example')
  })

  it.each([
    ['the Gmail page', GMAIL],
    ['a notice only ever opened in the page (not in the feed)', PAGE_ONLY],
    ['Outlook', OUTLOOK],
    ['the Gmail API scan', API],
  ])('a notice read again from %s does not bring its contact back', async (_name, s) => {
    await filled()
    await deleteEverything(db)
    const address = { [noticeKey(GMAIL)]: 'a', [noticeKey(PAGE_ONLY)]: 'b', [noticeKey(OUTLOOK)]: 'c', [noticeKey(API)]: 'd' }[noticeKey(s)]
    const again = await ingestReport(db, report([recipient(`${address}@x.example`)], {}, `<n-${address}@x>`), s)
    expect(again).toEqual({ flagged: 0, duplicate: true })
    expect(await db.contacts.count()).toBe(0)
    expect(await db.events.count()).toBe(0)
  })

  it('a file imported again is read again (the user asks for it)', async () => {
    await filled()
    await deleteEverything(db)
    expect(await hasSeenNotice(db, noticeKey(IMPORT))).toBe(false)
    expect(await ingestReport(db, report([recipient('e@x.example')], {}, '<n5@x>'), IMPORT)).toEqual({ flagged: 1, duplicate: false })
  })

  it('a notice first read after the deletion counts', async () => {
    await filled()
    await deleteEverything(db)
    expect(await ingestReport(db, report([recipient('f@x.example')], {}, '<n6@x>'), source('1003'))).toEqual({ flagged: 1, duplicate: false })
  })
})
