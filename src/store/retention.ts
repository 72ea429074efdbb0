/**
 * Retention (issue 10, privacy): keep bounce events for N months (Settings.keepMonths, 0 =
 * forever). Older events are deleted, the contacts they touched are derived again from what is
 * left, and a contact left with no event is deleted: nothing older than the limit stays readable.
 * Run at most once a day, after a poll (retention-daily.ts), and when the setting is saved (settings.ts).
 */
import type { StoreDb } from './tables'
import { eventsByAddress, recompute } from './recompute'
import type { Settings } from './types'

export const KV_RETENTION_RUN = 'retentionRunAt'
/** Events deleted (and contacts derived again) per step of the one transaction. */
const STEP = 2000

/** The oldest bounce date kept: `months` calendar months before `now` (UTC). */
export function retentionCutoff(months: number, now: Date): Date {
  const cut = new Date(now)
  cut.setUTCMonth(cut.getUTCMonth() - months)
  return cut
}

/** Deletes the events older than the setting allows; one transaction, all or nothing. */
export async function applyRetention(db: StoreDb, settings: Settings, now = new Date()): Promise<{ events: number; contacts: number }> {
  if (!settings.keepMonths) return { events: 0, contacts: 0 }
  const cutoff = retentionCutoff(settings.keepMonths, now).getTime()
  return db.transaction('rw', [db.events, db.contacts], async () => {
    // No index on dates (each index costs on every ingest): one pass over the events, daily.
    const old = await db.events.filter((e) => Date.parse(e.at) < cutoff).primaryKeys()
    const addresses = new Set<string>()
    let contacts = 0
    for (let i = 0; i < old.length; i += STEP) {
      const keys = old.slice(i, i + STEP)
      for (const key of keys) addresses.add(key.slice(key.lastIndexOf('|') + 1))
      await db.events.bulkDelete(keys)
    }
    const touched = [...addresses]
    for (let i = 0; i < touched.length; i += STEP) {
      const batch = touched.slice(i, i + STEP)
      const events = await eventsByAddress(db, batch)
      const gone = batch.filter((a) => !events.has(a))
      await db.contacts.bulkDelete(gone)
      contacts += gone.length
      const kept = batch.filter((a) => events.has(a))
      if (kept.length) await recompute(db, kept, settings, now, { events })
    }
    return { events: old.length, contacts }
  })
}
