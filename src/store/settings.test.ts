import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { getSettings, saveSettings, SettingsError } from './settings'
import { ingestReport } from './ingest'
import { getContact } from './contacts'
import { DEFAULT_SETTINGS, type Settings } from './types'
import { SOFT, recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
const fresh = () => (db = openDb(`settings-${++n}-${Date.now()}`))
afterEach(async () => db?.delete())

describe('settings', () => {
  it('defaults when nothing was saved', async () => {
    fresh()
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS)
  })

  it('a damaged stored row reads as the defaults', async () => {
    fresh()
    await db.kv.put({ key: 'settings', value: { retryBackoffDays: 'soon', pollMinutes: 9 } })
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS)
  })

  it('a row saved before a field existed reads that field as its default', async () => {
    fresh()
    await db.kv.put({ key: 'settings', value: { retryBackoffDays: [2], escalateAfterWeeks: 3, pollMinutes: 9, watchedAccounts: ['u/0'] } })
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, retryBackoffDays: [2], pollMinutes: 9, csvSeparator: 'auto' })
  })

  it('saves the CSV separator', async () => {
    fresh()
    expect((await saveSettings(db, { csvSeparator: 'semicolon' })).csvSeparator).toBe('semicolon')
    expect((await getSettings(db)).csvSeparator).toBe('semicolon')
  })

  it('the compose guard is on by default and can be turned off', async () => {
    fresh()
    expect((await getSettings(db)).composeGuard).toBe(true)
    expect((await saveSettings(db, { composeGuard: false })).composeGuard).toBe(false)
    expect((await getSettings(db)).composeGuard).toBe(false)
  })

  it('saves a patch and returns the whole settings', async () => {
    fresh()
    const s = await saveSettings(db, { pollMinutes: 5, watchedAccounts: ['u/0', ' u/1 ', 'u/1'] })
    expect(s).toEqual({ ...DEFAULT_SETTINGS, pollMinutes: 5, watchedAccounts: ['u/0', 'u/1'] })
    expect(await getSettings(db)).toEqual(s)
  })

  it.each<[string, Partial<Settings>, keyof Settings]>([
    ['empty back-off', { retryBackoffDays: [] }, 'retryBackoffDays'],
    ['negative day', { retryBackoffDays: [1, -3] }, 'retryBackoffDays'],
    ['NaN day', { retryBackoffDays: [NaN] }, 'retryBackoffDays'],
    ['text day', { retryBackoffDays: ['3' as unknown as number] }, 'retryBackoffDays'],
    ['zero weeks', { escalateAfterWeeks: 0 }, 'escalateAfterWeeks'],
    ['fractional weeks', { escalateAfterWeeks: 2.5 }, 'escalateAfterWeeks'],
    ['poll too often', { pollMinutes: 0.1 }, 'pollMinutes'],
    ['poll infinite', { pollMinutes: Infinity }, 'pollMinutes'],
    ['blank account', { watchedAccounts: [''] }, 'watchedAccounts'],
    ['unknown CSV separator', { csvSeparator: 'tab' as Settings['csvSeparator'] }, 'csvSeparator'],
    ['CSV separator as the character', { csvSeparator: ';' as Settings['csvSeparator'] }, 'csvSeparator'],
    ['compose guard as text', { composeGuard: 'yes' as unknown as boolean }, 'composeGuard'],
  ])('rejects %s and keeps the old settings', async (_name, patch, field) => {
    fresh()
    const error = await saveSettings(db, patch).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SettingsError)
    expect((error as SettingsError).field).toBe(field)
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS)
  })

  it('changing the policy recomputes contacts', async () => {
    fresh()
    await ingestReport(db, report([recipient('a@x.com', SOFT)]), source('1'), new Date('2026-11-02T11:00:00Z'))
    expect((await getContact(db, 'a@x.com'))?.nextRetryAt).toBe('2026-11-03T10:00:00.000Z')
    await saveSettings(db, { retryBackoffDays: [4, 8] })
    expect((await getContact(db, 'a@x.com'))?.nextRetryAt).toBe('2026-11-06T10:00:00.000Z')
    await saveSettings(db, { escalateAfterWeeks: 1 })
    expect(await getContact(db, 'a@x.com')).toMatchObject({ list: 'remove', escalated: true })
  })
})
