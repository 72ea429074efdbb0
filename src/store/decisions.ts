/**
 * The user's bulk actions and their undo. How each shows (see src/policy/retry-policy.ts):
 * - removed: "I removed it from my tool" → the contact moves to `cleared` with
 *   decision.action 'removed' (done: hidden from the three lists, visible in `cleared`);
 * - retried: stays in Retry, next try = now + the next back-off step;
 * - ignored (false alarm) and ok: → `cleared`; 'ok' also resets counts.
 * A later event brings the contact back into a list with `newSinceDecision` > 0; the decision
 * row is kept so the UI can say "new since you marked it … on …".
 */
import type { ReboundDb } from './db'
import type { Contact, UndoToken, UserDecision } from './types'
import { getSettings } from './settings'
import { eventsByAddress, recompute } from './recompute'

export type { UndoToken } from './types'

export async function decide(db: ReboundDb, addresses: string[], action: UserDecision['action'], now = new Date()): Promise<UndoToken> {
  const wanted = [...new Set(addresses.map((a) => a.toLowerCase()))]
  return db.transaction('rw', [db.contacts, db.events, db.kv], async () => {
    const settings = await getSettings(db)
    const rows = await db.contacts.bulkGet(wanted)
    const previous = rows.filter((c): c is Contact => c !== undefined)
    const targets = previous.map((c) => c.address)
    const events = await eventsByAddress(db, targets)
    const decisions = new Map<string, UserDecision>()
    const eventCounts: Record<string, number> = {}
    for (const address of targets) {
      const n = events.get(address)?.length ?? 0
      eventCounts[address] = n
      decisions.set(address, { action, at: now.toISOString(), eventsAtDecision: n })
    }
    await recompute(db, targets, settings, now, { events, previous: new Map(previous.map((c) => [c.address, c])), decisions })
    return { action, at: now.toISOString(), previous, eventCounts }
  })
}

/**
 * Puts back the exact rows from before the decision. If events arrived since, the previous
 * decision is restored and the contact recomputed instead, so no event is hidden by an undo.
 */
export async function undo(db: ReboundDb, token: UndoToken, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.contacts, db.events, db.kv], async () => {
    const addresses = token.previous.map((c) => c.address)
    const events = await eventsByAddress(db, addresses)
    const exact = token.previous.filter((c) => (events.get(c.address)?.length ?? 0) === token.eventCounts[c.address])
    const changed = token.previous.filter((c) => !exact.includes(c))
    await db.contacts.bulkPut(exact)
    if (changed.length === 0) return
    const settings = await getSettings(db)
    const current = await db.contacts.bulkGet(changed.map((c) => c.address))
    await recompute(db, changed.map((c) => c.address), settings, now, {
      events,
      previous: new Map(changed.map((c, i) => [c.address, current[i]])),
      decisions: new Map(changed.map((c) => [c.address, c.decision])),
    })
  })
}
