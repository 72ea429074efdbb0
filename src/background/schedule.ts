/**
 * The poll alarm. Its period comes from settings.pollMinutes (default 2). Tests may set a
 * seconds-long period with the `testPollEvery` message: that creates a separate alarm, so the
 * override survives worker restarts and the settings are never below their validated minimum.
 */
import type { ReboundDb } from '../store/db'
import { getSettings } from '../store/settings'

export const POLL_ALARM = 'gmail-poll'
export const TEST_POLL_ALARM = 'gmail-poll-test'

export async function pollPeriodMs(db: ReboundDb): Promise<number> {
  const test = await chrome.alarms.get(TEST_POLL_ALARM)
  if (test?.periodInMinutes) return test.periodInMinutes * 60_000
  return (await getSettings(db)).pollMinutes * 60_000
}

/** Creates or updates the alarm to match the settings (called at start-up and on every alarm). */
export async function ensurePollAlarm(db: ReboundDb): Promise<void> {
  if (await chrome.alarms.get(TEST_POLL_ALARM)) return
  const minutes = (await getSettings(db)).pollMinutes
  const alarm = await chrome.alarms.get(POLL_ALARM)
  if (alarm?.periodInMinutes === minutes) return
  // First poll soon after install or a settings change, then every period.
  await chrome.alarms.create(POLL_ALARM, { delayInMinutes: alarm ? minutes : 0.5, periodInMinutes: minutes })
}

/** An unpacked extension has no update_url in its manifest; the test override is refused otherwise. */
export function isUnpacked(): boolean {
  return !('update_url' in chrome.runtime.getManifest())
}

export async function setTestPeriod(db: ReboundDb, seconds: number): Promise<void> {
  if (seconds <= 0) {
    await chrome.alarms.clear(TEST_POLL_ALARM)
    await ensurePollAlarm(db)
    return
  }
  await chrome.alarms.clear(POLL_ALARM)
  await chrome.alarms.create(TEST_POLL_ALARM, { delayInMinutes: seconds / 60, periodInMinutes: seconds / 60 })
}
