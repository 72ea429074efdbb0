/**
 * One example database per schema version (fixtures/db-v<N>.json), each written with that
 * version's schema and then opened with the current code: the upgrade path of every version runs.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, SCHEMA_V1, SCHEMA_V2, type ReboundDb } from './db'
import { getSettings } from './settings'
import { countLists, getContact, listContacts } from './contacts'
import { countNewSinceOpened } from './badge'
import { getCursor } from './cursors'
import { hasSeenNotice } from './ingest'

const SCHEMAS: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2 }

interface Fixture {
  version: number
  tables: Record<string, unknown[]>
}
const fixture = (v: number): Fixture => JSON.parse(readFileSync(new URL(`./fixtures/db-v${v}.json`, import.meta.url), 'utf8'))

let n = 0
let db: ReboundDb | undefined
afterEach(async () => db?.delete())

/** Writes the fixture with exactly its own version's schema, as an older build would have. */
async function seed(v: number): Promise<string> {
  const name = `migrate-v${v}-${++n}-${Date.now()}`
  const old = new Dexie(name)
  old.version(v).stores(SCHEMAS[v])
  await old.open()
  const { tables } = fixture(v)
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
  return name
}

describe('schema versions', () => {
  it('the current code declares every version that has a fixture, and each version has one', async () => {
    db = openDb(`versions-${Date.now()}`)
    await db.open()
    expect(db.verno).toBe(Object.keys(SCHEMAS).length)
    for (const v of Object.keys(SCHEMAS)) expect(fixture(Number(v)).version).toBe(Number(v))
  })
})

describe('v1 → current', () => {
  it('fills domain on events and contacts', async () => {
    db = openDb(await seed(1))
    const events = await db.events.toArray()
    expect(events.map((e) => [e.address, e.domain])).toEqual([
      ['jane@acme.com', 'acme.com'],
      ['bob@beta.io', 'beta.io'],
      ['bob@beta.io', 'beta.io'],
    ])
    expect((await getContact(db, 'bob@beta.io'))?.domain).toBe('beta.io')
    expect(await listContacts(db, 'retry', 'BETA')).toHaveLength(1)
  })

  it('splits the kv state row into settings and popupOpenedAt', async () => {
    db = openDb(await seed(1))
    expect(await db.kv.get('state')).toBeUndefined()
    expect(await getSettings(db)).toEqual({ retryBackoffDays: [1, 3, 7], escalateAfterWeeks: 4, pollMinutes: 5, watchedAccounts: ['u/0', 'u/1'] })
    // bob was flagged after the popup's last opening (2026-10-06T00:00), jane was too but is cleared.
    expect(await countNewSinceOpened(db)).toBe(1)
  })

  it('keeps decisions, notices and cursors as they were', async () => {
    db = openDb(await seed(1))
    expect((await getContact(db, 'jane@acme.com'))?.decision).toEqual({ action: 'removed', at: '2026-10-07T10:00:00.000Z', eventsAtDecision: 1 })
    expect(await countLists(db)).toEqual({ remove: 0, retry: 1, sending: 0, pending: 0, cleared: 1 })
    expect(await hasSeenNotice(db, 'gmail:u/0:1004')).toBe(true)
    expect((await getCursor(db, 'u/0'))?.state).toBe('ok')
  })

  it('an empty v1 database upgrades to default settings', async () => {
    const name = `migrate-empty-${++n}`
    const old = new Dexie(name)
    old.version(1).stores(SCHEMA_V1)
    await old.open()
    old.close()
    db = openDb(name)
    expect((await getSettings(db)).retryBackoffDays).toEqual([1, 3, 7])
    expect(await db.kv.count()).toBe(0)
  })
})

describe('v2 (current) example', () => {
  it('opens unchanged and reads through the API', async () => {
    db = openDb(await seed(2))
    const { tables } = fixture(2)
    expect(await db.contacts.toArray()).toEqual(expect.arrayContaining(tables.contacts))
    expect((await getSettings(db)).retryBackoffDays).toEqual([2, 5])
    expect((await listContacts(db, 'retry')).map((c) => c.address)).toEqual(['zoe@delta.it', 'max@eps.de'])
    expect((await listContacts(db, 'sending', 'GAMMA')).map((c) => c.address)).toEqual(['ops@gamma.fr'])
    // zoe and max were flagged after the popup's last opening (2026-11-11T00:00), ops before.
    expect(await countNewSinceOpened(db)).toBe(2)
    expect((await getCursor(db, 'u/1'))?.failures).toBe(2)
  })
})
