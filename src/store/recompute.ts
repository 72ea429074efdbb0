/**
 * Rebuilding contact rows from their events through the policy. Callers run these inside their
 * own Dexie transaction (events + contacts in scope).
 */
import type { StoreDb as ReboundDb } from './tables'
import type { BounceEvent, Contact, Settings, UserDecision } from './types'
import { carryFlag, deriveContact } from '../policy/retry-policy'
import { accountsOf } from './accounts'

export async function eventsByAddress(db: ReboundDb, addresses: string[]): Promise<Map<string, BounceEvent[]>> {
  const map = new Map<string, BounceEvent[]>()
  if (addresses.length === 0) return map
  // One equality lookup per address rather than anyOf(): fake-indexeddb walks anyOf's cursor
  // jumps in ~10 ms each (500 addresses: 5 s against 28 ms), and Chromium is fast either way.
  const perAddress = await Promise.all(addresses.map((a) => db.events.where('address').equals(a).toArray()))
  for (const e of perAddress.flat()) {
    const list = map.get(e.address)
    if (list) list.push(e)
    else map.set(e.address, [e])
  }
  return map
}

/**
 * Derives and stores each address's contact; returns the addresses that newly entered a flagged
 * list. `decisions` overrides the stored decision (used by decide()).
 */
export async function recompute(
  db: ReboundDb,
  addresses: string[],
  settings: Settings,
  now: Date,
  known?: { events?: Map<string, BounceEvent[]>; previous?: Map<string, Contact | undefined>; decisions?: Map<string, UserDecision | null> },
): Promise<Set<string>> {
  const events = known?.events ?? (await eventsByAddress(db, addresses))
  let previous = known?.previous
  if (!previous) {
    const rows = await db.contacts.bulkGet(addresses)
    previous = new Map(addresses.map((a, i) => [a, rows[i]]))
  }
  const out: Contact[] = []
  const flagged = new Set<string>()
  for (const address of addresses) {
    const prev = previous.get(address)
    const decision = known?.decisions?.has(address) ? known.decisions.get(address)! : prev?.decision ?? null
    const { contact, newlyFlagged } = contactOf(address, events.get(address) ?? [], prev, decision, settings, now)
    if (newlyFlagged) flagged.add(address)
    out.push(contact)
  }
  await db.contacts.bulkPut(out)
  return flagged
}

/** An address's contact row from all its events, its previous row and the decision that stands. */
export function contactOf(address: string, events: BounceEvent[], previous: Contact | undefined, decision: UserDecision | null, settings: Settings, now: Date) {
  const derived = carryFlag(previous, deriveContact(address, events, decision, settings, now), now)
  derived.contact.accounts = accountsOf(events)
  return derived
}

/** After a policy change: every contact again, flags kept where the list did not change. */
export async function recomputeAll(db: ReboundDb, settings: Settings, now: Date): Promise<void> {
  const all = await db.contacts.toArray()
  const events = new Map<string, BounceEvent[]>()
  await db.events.each((e) => {
    const list = events.get(e.address)
    if (list) list.push(e)
    else events.set(e.address, [e])
  })
  await recompute(db, all.map((c) => c.address), settings, now, {
    events,
    previous: new Map(all.map((c) => [c.address, c])),
  })
}
