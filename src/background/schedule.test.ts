import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { saveSettings } from '../store/settings'
import { ensurePollAlarm, isUnpacked, POLL_ALARM, pollPeriodMs, setTestPeriod, TEST_POLL_ALARM } from './schedule'

/** A tiny in-memory chrome.alarms. */
function fakeAlarms() {
  const alarms = new Map<string, chrome.alarms.Alarm>()
  return {
    alarms,
    api: {
      get: vi.fn(async (name: string) => alarms.get(name)),
      create: vi.fn(async (name: string, info: chrome.alarms.AlarmCreateInfo) => {
        alarms.set(name, { name, scheduledTime: Date.now() + (info.delayInMinutes ?? 0) * 60_000, periodInMinutes: info.periodInMinutes, persistAcrossSessions: true })
      }),
      clear: vi.fn(async (name: string) => alarms.delete(name)),
    },
  }
}

let db: ReboundDb
let n = 0
let alarms: ReturnType<typeof fakeAlarms>
let manifest: Record<string, unknown>
beforeEach(() => {
  db = openDb(`schedule-test-${++n}`)
  alarms = fakeAlarms()
  manifest = { manifest_version: 3 }
  vi.stubGlobal('chrome', { alarms: alarms.api, runtime: { getManifest: () => manifest } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  db.close()
})

describe('poll alarm', () => {
  it('follows settings.pollMinutes (default 2), first poll half a minute after install', async () => {
    await ensurePollAlarm(db)
    expect(alarms.api.create).toHaveBeenCalledWith(POLL_ALARM, { delayInMinutes: 0.5, periodInMinutes: 2 })
    expect(await pollPeriodMs(db)).toBe(120_000)

    await ensurePollAlarm(db)
    expect(alarms.api.create).toHaveBeenCalledTimes(1) // unchanged: left alone

    await saveSettings(db, { pollMinutes: 10 })
    await ensurePollAlarm(db)
    expect(alarms.api.create).toHaveBeenLastCalledWith(POLL_ALARM, { delayInMinutes: 10, periodInMinutes: 10 })
    expect(await pollPeriodMs(db)).toBe(600_000)
  })

  it('a test period replaces it until cleared', async () => {
    await ensurePollAlarm(db)
    await setTestPeriod(db, 3)
    expect([...alarms.alarms.keys()]).toEqual([TEST_POLL_ALARM])
    expect(await pollPeriodMs(db)).toBe(3000)
    await ensurePollAlarm(db) // a worker restart keeps the test period
    expect([...alarms.alarms.keys()]).toEqual([TEST_POLL_ALARM])

    await setTestPeriod(db, 0)
    expect([...alarms.alarms.keys()]).toEqual([POLL_ALARM])
    expect(await pollPeriodMs(db)).toBe(120_000)
  })

  it('knows an unpacked extension (no update_url) from an installed one', () => {
    expect(isUnpacked()).toBe(true)
    manifest.update_url = 'https://clients2.google.com/service/update2/crx'
    expect(isUnpacked()).toBe(false)
  })
})
