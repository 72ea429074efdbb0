/**
 * Settings live in kv['settings']. Reading fills missing fields from DEFAULT_SETTINGS (a row
 * saved by an older version may lack newer fields) and falls back to them if the row is damaged. Saving validates every field and, when
 * the policy numbers change, recomputes every contact in the same transaction.
 */
import type { StoreDb as ReboundDb } from './tables'
import { KV_SETTINGS } from './tables'
import { CSV_SEPARATOR_CHOICES, DEFAULT_SETTINGS, type Settings } from './types'
import { recomputeAll } from './recompute'
import { applyRetention } from './retention'

export class SettingsError extends Error {
  constructor(readonly field: keyof Settings, message: string) {
    super(`${field}: ${message}`)
    this.name = 'SettingsError'
  }
}

export async function getSettings(db: ReboundDb): Promise<Settings> {
  const row = await db.kv.get(KV_SETTINGS)
  const saved = (row?.value ?? {}) as Partial<Settings>
  try {
    return validateSettings({ ...DEFAULT_SETTINGS, ...saved })
  } catch {
    // A damaged row must not stop ingestion: the policy runs on the defaults until the user saves.
    return { ...DEFAULT_SETTINGS }
  }
}

export async function saveSettings(db: ReboundDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', [db.kv, db.contacts, db.events], async () => {
    const before = await getSettings(db)
    const next = validateSettings({ ...before, ...patch })
    await db.kv.put({ key: KV_SETTINGS, value: next })
    const policyChanged =
      next.escalateAfterWeeks !== before.escalateAfterWeeks ||
      next.retryBackoffDays.join(',') !== before.retryBackoffDays.join(',')
    if (policyChanged) await recomputeAll(db, next, new Date())
    // A shorter retention applies at once, not at tomorrow's run.
    if (next.keepMonths && next.keepMonths !== before.keepMonths) await applyRetention(db, next, new Date())
    return next
  })
}

/** Returns a clean copy or throws SettingsError naming the first bad field. */
export function validateSettings(s: Settings): Settings {
  const days = s.retryBackoffDays
  if (!Array.isArray(days) || days.length < 1 || days.length > 10) {
    throw new SettingsError('retryBackoffDays', 'give between 1 and 10 values')
  }
  for (const d of days) {
    if (typeof d !== 'number' || !Number.isFinite(d) || d < 0 || d > 365) {
      throw new SettingsError('retryBackoffDays', 'each value must be a number of days from 0 to 365')
    }
  }
  if (!Number.isInteger(s.escalateAfterWeeks) || s.escalateAfterWeeks < 1 || s.escalateAfterWeeks > 52) {
    throw new SettingsError('escalateAfterWeeks', 'must be a whole number of weeks from 1 to 52')
  }
  // chrome.alarms refuses periods under 30 s in MV3; a day is plenty as an upper bound.
  if (typeof s.pollMinutes !== 'number' || !Number.isFinite(s.pollMinutes) || s.pollMinutes < 1 || s.pollMinutes > 1440) {
    throw new SettingsError('pollMinutes', 'must be from 1 to 1440 minutes')
  }
  if (!Array.isArray(s.watchedAccounts) || s.watchedAccounts.length > 20) {
    throw new SettingsError('watchedAccounts', 'give at most 20 accounts')
  }
  const accounts: string[] = []
  for (const a of s.watchedAccounts) {
    if (typeof a !== 'string' || a.trim() === '' || a.length > 320) {
      throw new SettingsError('watchedAccounts', 'each account must be a non-empty text')
    }
    if (!accounts.includes(a.trim())) accounts.push(a.trim())
  }
  if (!CSV_SEPARATOR_CHOICES.includes(s.csvSeparator)) {
    throw new SettingsError('csvSeparator', `must be one of ${CSV_SEPARATOR_CHOICES.join(', ')}`)
  }
  if (typeof s.composeGuard !== 'boolean') {
    throw new SettingsError('composeGuard', 'must be true or false')
  }
  if (!Number.isInteger(s.keepMonths) || s.keepMonths < 0 || s.keepMonths > 120) {
    throw new SettingsError('keepMonths', 'must be a whole number of months from 0 (forever) to 120')
  }
  return {
    keepMonths: s.keepMonths,
    retryBackoffDays: [...days],
    escalateAfterWeeks: s.escalateAfterWeeks,
    pollMinutes: s.pollMinutes,
    watchedAccounts: accounts,
    csvSeparator: s.csvSeparator,
    notify: s.notify === true,
    composeGuard: s.composeGuard,
  }
}
