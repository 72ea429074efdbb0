import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { BackupError, deleteEverything, exportAll, importAll } from './backup'
import { ingestReport, ingestReports } from './ingest'
import type { TrustVerdict } from '../trust/types'
import { allSeenNotices } from './notices'
import { decide } from './decisions'
import { saveSettings, getSettings } from './settings'
import { putCursor } from './cursors'
import { getContact } from './contacts'
import { DEFAULT_SETTINGS } from './types'
import { SENDING, SOFT, recipient, report, source } from './fixtures/reports'

const dbs: ReboundDb[] = []
let n = 0
const fresh = () => {
  const db = openDb(`backup-${++n}-${Date.now()}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})
const at = (day: string) => new Date(`2026-11-${day}T12:00:00Z`)

async function populated() {
  const db = fresh()
  await saveSettings(db, { retryBackoffDays: [2, 4], watchedAccounts: ['u/0', 'u/2'], csvSeparator: 'semicolon' })
  await ingestReport(db, report([recipient('dead@x.com'), recipient('full@y.com', SOFT), recipient('auth@z.com', SENDING)]), source('1'), at('02'))
  await ingestReport(db, report([], { kind: 'autoreply' }), source('2'), at('02'))
  await decide(db, ['dead@x.com'], 'removed', at('03'))
  await putCursor(db, { account: 'u/0', state: 'ok', lastPollAt: at('03').toISOString(), notBefore: '', failures: 0, lastError: '' })
  await ingestReports(db, [{ report: report([recipient('ceo@big.example')], {}, '<forged@attacker.example>'), source: source('3'), trust: FORGED }], at('04'))
  return db
}

const FORGED: TrustVerdict = { level: 'unverified', reason: 'not-your-mail', reporter: 'attacker.example' }

const snapshot = async (db: ReboundDb) => ({
  events: await db.events.toArray(),
  contacts: await db.contacts.toArray(),
  notices: await allSeenNotices(db),
  cursors: await db.cursors.toArray(),
  reviews: await db.reviews.toArray(),
  settings: await getSettings(db),
})

describe('backup', () => {
  it('round-trips everything through JSON into an empty store', async () => {
    const a = await populated()
    const file = JSON.parse(JSON.stringify(await exportAll(a)))
    expect(file).toMatchObject({ format: 'rebound-backup', version: 1 })
    const b = fresh()
    expect(await importAll(b, file, at('10'))).toEqual({ contacts: 3, events: 3 })
    expect(await snapshot(b)).toEqual(await snapshot(a))
  })

  it('keeps the notices waiting for review; a file from before them restores without', async () => {
    const a = await populated()
    const file = JSON.parse(JSON.stringify(await exportAll(a)))
    expect(file.reviews).toMatchObject([{ identity: 'mid:forged@attacker.example', reason: 'not-your-mail', events: [{ address: 'ceo@big.example' }] }])
    const b = fresh()
    await importAll(b, file, at('10'))
    expect(await b.reviews.toArray()).toEqual(await a.reviews.toArray())
    expect(await getContact(b, 'ceo@big.example')).toBeUndefined()
    delete file.reviews
    const c = fresh()
    expect(await importAll(c, file, at('10'))).toEqual({ contacts: 3, events: 3 })
    expect(await c.reviews.count()).toBe(0)
  })

  it('a review in a file stays unvouched and bounded, and is not restored over the same notice stored as vouched', async () => {
    const file = JSON.parse(JSON.stringify(await exportAll(await populated())))
    const review = file.reviews[0]
    const event = review.events[0]
    const withEvents = (events: unknown[]) => ({ ...file, reviews: [{ ...review, events }] })
    await expect(importAll(fresh(), withEvents(Array.from({ length: 6 }, (_, i) => ({ ...event, address: `x${i}@big.example` }))), at('10'))).rejects.toThrow('reviews[0] keeps more than 5 recipients')
    await expect(importAll(fresh(), withEvents([{ ...event, noticeKey: 'mid:other@x' }]), at('10'))).rejects.toThrow('reviews[0].events[0] belongs to another notice')
    await expect(importAll(fresh(), { ...file, reviews: [{ ...review, reason: 'gmail-daemon!' }] }, at('10'))).rejects.toThrow('reviews[0] has an unknown reason')
    const b = fresh()
    await importAll(b, withEvents([{ ...event, trust: 'trusted' }]), at('10'))
    expect((await b.reviews.toArray())[0].events[0].trust).toBeUndefined()
    // The same notice already stored as vouched for (a trusted event with its identity): no review.
    const c = fresh()
    await importAll(c, { ...file, events: [...file.events, { ...event, trust: 'trusted' }] }, at('10'))
    expect(await c.reviews.count()).toBe(0)
  })

  it('a backup from before the CSV separator setting restores it as automatic', async () => {
    const file = JSON.parse(JSON.stringify(await exportAll(await populated())))
    expect(file.settings.csvSeparator).toBe('semicolon')
    delete file.settings.csvSeparator
    const b = fresh()
    await importAll(b, file, at('10'))
    expect(await getSettings(b)).toEqual({ ...DEFAULT_SETTINGS, retryBackoffDays: [2, 4], watchedAccounts: ['u/0', 'u/2'], csvSeparator: 'auto' })
  })

  it('importing the same file twice changes nothing the second time', async () => {
    const a = await populated()
    const file = await exportAll(a)
    const b = fresh()
    await importAll(b, file, at('10'))
    const once = await snapshot(b)
    expect(await importAll(b, file, at('11'))).toEqual({ contacts: 0, events: 0 })
    expect(await snapshot(b)).toEqual(once)
  })

  it('merges with local data: union of events, newer decision wins', async () => {
    const a = await populated()
    const file = await exportAll(a)
    const b = fresh()
    await saveSettings(b, { pollMinutes: 7 })
    await ingestReport(b, report([recipient('full@y.com', { ...SOFT, date: '2026-11-04T10:00:00Z' }), recipient('dead@x.com')]), source('9'), at('04'))
    await decide(b, ['dead@x.com'], 'ok', at('05')) // newer than the file's 'removed' (03)
    const result = await importAll(b, file, at('10'))
    expect(result.events).toBe(3)
    expect((await getContact(b, 'full@y.com'))?.softBounceCount).toBe(2)
    // 'ok' at 05 is newer than the file's 'removed' at 03; the file's event was read on 02, before it.
    expect(await getContact(b, 'dead@x.com')).toMatchObject({ decision: { action: 'ok' }, list: 'cleared', newSinceDecision: 0 })
    expect(await getSettings(b)).toMatchObject({ retryBackoffDays: [1, 3, 7], pollMinutes: 7 }) // saved local settings win
  })

  it('skips contact rows that have no event behind them', async () => {
    const b = fresh()
    const file = { format: 'rebound-backup', version: 1, events: [], contacts: [{ address: 'ghost@x.com', decision: null }], notices: [], cursors: [] }
    expect(await importAll(b, file)).toEqual({ contacts: 0, events: 0 })
    expect(await b.contacts.count()).toBe(0)
  })

  it.each([
    ['not an object', 'hello', /not a Rebound backup/],
    ['wrong format', { format: 'other' }, /not a Rebound backup/],
    ['future version', { format: 'rebound-backup', version: 2 }, /unsupported backup version 2/],
    ['events not a list', { format: 'rebound-backup', version: 1, events: {}, contacts: [], notices: [], cursors: [] }, /"events" must be a list/],
    ['event without address', { format: 'rebound-backup', version: 1, events: [{ noticeKey: 'k', action: 'failed', verdict: 'remove', at: '2026-11-01' }], contacts: [], notices: [], cursors: [] }, /events\[0\] lacks an address/],
    ['event with a bad verdict', { format: 'rebound-backup', version: 1, events: [{ address: 'a@b.c', noticeKey: 'k', action: 'failed', verdict: 'drop', at: '2026-11-01' }], contacts: [], notices: [], cursors: [] }, /unknown verdict/],
    ['bad decision', { format: 'rebound-backup', version: 1, events: [], contacts: [{ address: 'a@b.c', decision: { action: 'nuke' } }], notices: [], cursors: [] }, /invalid decision/],
    ['bad settings', { format: 'rebound-backup', version: 1, settings: { pollMinutes: -1 }, events: [], contacts: [], notices: [], cursors: [] }, /settings: pollMinutes/],
  ])('rejects %s with a clear error and writes nothing', async (_name, data, message) => {
    const b = fresh()
    const error = await importAll(b, data).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupError)
    expect((error as Error).message).toMatch(message)
    expect(await b.events.count()).toBe(0)
    expect(await b.contacts.count()).toBe(0)
  })

  it('deleteEverything empties every table; the notices read stay known as forgotten (delete-everything.test.ts)', async () => {
    const a = await populated()
    await deleteEverything(a)
    const { notices, ...rest } = await snapshot(a)
    expect(rest).toEqual({ events: [], contacts: [], cursors: [], reviews: [], settings: DEFAULT_SETTINGS })
    expect(notices.length).toBeGreaterThan(0)
    expect(notices.every((n) => n.forgotten && n.recipients === 0 && n.eventsKey === '')).toBe(true)
  })
})

describe('exportBlob', () => {
  it('writes the same backup as exportAll, page by page, and it restores', async () => {
    const a = await populated()
    const { exportBlob } = await import('./backup-export')
    const blob = await exportBlob(a, at('10'))
    expect(JSON.parse(await blob.text())).toEqual(JSON.parse(JSON.stringify(await exportAll(a, at('10')))))
    const b = fresh()
    const { restoreBackup } = await import('./restore')
    expect(await restoreBackup(b, blob, { now: at('10') })).toEqual({ contacts: 3, events: 3 })
    expect(await snapshot(b)).toEqual(await snapshot(a))
  })
})
