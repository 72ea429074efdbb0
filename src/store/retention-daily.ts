/**
 * Retention's daily run (src/store/retention.ts), after a poll. Apart from retention.ts, which
 * settings.ts calls when the setting is saved: this one reads the settings, so the two never import
 * each other (test/unit/import-cycles.test.ts).
 */
import { applyRetention, KV_RETENTION_RUN } from './retention'
import { getSettings } from './settings'
import type { StoreDb } from './tables'

const DAY_MS = 24 * 60 * 60 * 1000

/** Applies retention when the last run is a day old or more (or never ran). */
export async function applyRetentionIfDue(db: StoreDb, now = new Date()): Promise<boolean> {
  const last = (await db.kv.get(KV_RETENTION_RUN))?.value
  if (typeof last === 'string' && now.getTime() - Date.parse(last) < DAY_MS && Date.parse(last) <= now.getTime()) return false
  await applyRetention(db, await getSettings(db), now)
  await db.kv.put({ key: KV_RETENTION_RUN, value: now.toISOString() })
  return true
}
