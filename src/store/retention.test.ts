import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { getContact } from './contacts'
import { openDb, type ReboundDb } from './db'
import { ingestReport } from './ingest'
import { applyRetention, retentionCutoff } from './retention'
import { applyRetentionIfDue } from './retention-daily'
import { getSettings, saveSettings } from './settings'
import { DEFAULT_SETTINGS } from './types'
import { SOFT, recipient, report, source } from './fixtures/reports'

const NOW = new Date('2026-11-03T08:00:00Z')
const dbs: ReboundDb[] = []
const fresh = () => {
  const db = openDb(`retention-${dbs.length}-${Date.now()}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

/** old@: one bounce 14 months ago; mixed@: soft bounces 14 and 2 months ago; new@: one last week. */
async function seeded() {
  const db = fresh()
  await ingestReport(db, report([recipient('old@x.com', { date: '2025-09-01T10:00:00Z' }), recipient('mixed@y.com', { ...SOFT, date: '2025-09-01T10:00:00Z' })], {}, '<1@mx>'), source('1'), NOW)
  await ingestReport(db, report([recipient('mixed@y.com', { ...SOFT, date: '2026-09-01T10:00:00Z' })], {}, '<2@mx>'), source('2'), NOW)
  await ingestReport(db, report([recipient('new@z.com', { date: '2026-10-27T10:00:00Z' })], {}, '<3@mx>'), source('3'), NOW)
  return db
}

describe('retention', () => {
  it.each([
    [1, '2026-10-03T08:00:00.000Z'],
    [12, '2025-11-03T08:00:00.000Z'],
  ])('keeps %i months: from %s', (months, cutoff) => {
    expect(retentionCutoff(months, NOW).toISOString()).toBe(cutoff)
  })

  it('forever (the default) deletes nothing', async () => {
    const db = await seeded()
    expect(DEFAULT_SETTINGS.keepMonths).toBe(0)
    expect(await applyRetention(db, DEFAULT_SETTINGS, NOW)).toEqual({ events: 0, contacts: 0 })
    expect(await db.events.count()).toBe(4)
  })

  it('deletes older events, the contacts left with none, and derives the others again', async () => {
    const db = await seeded()
    expect((await getContact(db, 'mixed@y.com'))?.softBounceCount).toBe(2)
    expect(await applyRetention(db, { ...DEFAULT_SETTINGS, keepMonths: 12 }, NOW)).toEqual({ events: 2, contacts: 1 })
    expect(await getContact(db, 'old@x.com')).toBeUndefined()
    expect(await getContact(db, 'mixed@y.com')).toMatchObject({ softBounceCount: 1, bounceCount: 1, firstBounceAt: '2026-09-01T10:00:00.000Z' })
    expect(await getContact(db, 'new@z.com')).toMatchObject({ bounceCount: 1 })
    expect((await db.events.toArray()).map((e) => e.at).sort()).toEqual(['2026-09-01T10:00:00.000Z', '2026-10-27T10:00:00.000Z'])
  })

  it('runs at most once a day, with the saved setting', async () => {
    const db = await seeded()
    await db.kv.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, keepMonths: 1 } })
    expect(await applyRetentionIfDue(db, NOW)).toBe(true)
    expect((await db.events.toArray()).map((e) => e.address)).toEqual(['new@z.com'])
    expect(await applyRetentionIfDue(db, new Date(NOW.getTime() + 3_600_000))).toBe(false)
    expect(await applyRetentionIfDue(db, new Date(NOW.getTime() + 25 * 3_600_000))).toBe(true)
  })

  it('saving a shorter retention applies it at once', async () => {
    const db = await seeded()
    await saveSettings(db, { keepMonths: 6 })
    expect((await getSettings(db)).keepMonths).toBe(6)
    expect(await db.contacts.count()).toBe(2)
    await expect(saveSettings(db, { keepMonths: 121 })).rejects.toThrow(/keepMonths/)
  })
})
