/**
 * One example database per schema version (fixtures/db-v<N>.json), each written with that
 * version's schema and then opened with the current code: the upgrade path of every version runs.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, type ReboundDb } from './db'
import { composeWarnings } from './compose-warnings'
import { getSettings } from './settings'
import { countLists, getContact, listContacts } from './contacts'
import { countNewSinceOpened } from './badge'
import { getCursor } from './cursors'
import { hasSeenNotice, ingestReport } from './ingest'
import { allSeenNotices, NOTICES_PER_ROW } from './notices'
import { recipient, report } from './fixtures/reports'

const SCHEMAS: Record<number, Record<string, string | null>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5, 6: SCHEMA_V6 }

interface Fixture {
  version: number
  tables: Record<string, unknown[]>
}
const fixture = (v: number | string): Fixture => JSON.parse(readFileSync(new URL(`./fixtures/db-v${v}.json`, import.meta.url), 'utf8'))

let n = 0
let db: ReboundDb | undefined
afterEach(async () => db?.delete())

/** Writes the fixture with exactly its own version's schema, as an older build would have. */
async function seed(v: number, file: number | string = v): Promise<string> {
  const name = `migrate-v${v}-${++n}-${Date.now()}`
  const old = new Dexie(name)
  old.version(v).stores(SCHEMAS[v])
  await old.open()
  const { tables } = fixture(file)
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
    // csvSeparator came later: a row saved without it reads as the default, no schema change needed.
    expect(await getSettings(db)).toEqual({ retryBackoffDays: [1, 3, 7], escalateAfterWeeks: 4, pollMinutes: 5, watchedAccounts: ['u/0', 'u/1'], csvSeparator: 'auto', notify: false, composeGuard: true, keepMonths: 0 })
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

describe('v2 → current', () => {
  it('opens and reads through the API', async () => {
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

describe('v2 → current: a notice read from several origins is merged', () => {
  const keysOf = async (address: string) => (await db!.events.where('address').equals(address).toArray()).map((e) => e.key).sort()

  it('keys events by the Message-ID the import and the Gmail API scan recorded, and merges their readings', async () => {
    db = openDb(await seed(2, '2-duplicates'))
    expect(await keysOf('ann@alpha.com')).toEqual(['mid:A1@mx.alpha.com|ann@alpha.com'])
    expect(await keysOf('sam@beta.io')).toEqual(['mid:B1@mx.beta.io|sam@beta.io'])
    expect(await getContact(db, 'ann@alpha.com')).toMatchObject({ list: 'remove', bounceCount: 1 })
  })

  it('keeps the first reading, so a decision taken between two readings stands', async () => {
    db = openDb(await seed(2, '2-duplicates'))
    expect((await db.events.get('mid:A1@mx.alpha.com|ann@alpha.com'))?.ingestedAt).toBe('2026-11-20T09:01:00.000Z')
    expect(await getContact(db, 'sam@beta.io')).toMatchObject({
      list: 'retry', softBounceCount: 1, newSinceDecision: 0, decision: { action: 'retried', at: '2026-11-21T12:00:00.000Z', eventsAtDecision: 1 },
    })
  })

  it('leaves distinct notices apart: two Outlook notices, a live and an imported one of other dates', async () => {
    db = openDb(await seed(2, '2-duplicates'))
    expect(await keysOf('kim@gamma.fr')).toEqual(['outlook:outlook.office.com:AAMk1|kim@gamma.fr', 'outlook:outlook.office.com:AAMk2|kim@gamma.fr'])
    expect(await keysOf('lou@delta.de')).toEqual(['gmail:u/0:3002|lou@delta.de', 'mid:D2@mx.delta.de|lou@delta.de'])
    expect((await getContact(db, 'kim@gamma.fr'))?.softBounceCount).toBe(2)
    expect((await getContact(db, 'lou@delta.de'))?.bounceCount).toBe(2)
  })

  it('keeps every seen notice, each recording where its events now are', async () => {
    db = openDb(await seed(2, '2-duplicates'))
    const rows = new Map((await allSeenNotices(db)).map((r) => [r.noticeKey, r.eventsKey]))
    expect(rows.size).toBe(fixture('2-duplicates').tables.notices.length)
    expect(rows.get('gmail:u/0:3001')).toBe('mid:A1@mx.alpha.com')
    expect(rows.get('gmail-api:me@sales.example:mid:A1@mx.alpha.com')).toBe('mid:A1@mx.alpha.com')
    expect(rows.get('gmail:u/0:3002')).toBe('gmail:u/0:3002')
    expect(rows.get('gmail:u/0:3009')).toBe('')
  })

  it('a later reading of a merged notice, even without its Message-ID, changes nothing', async () => {
    db = openDb(await seed(2, '2-duplicates'))
    const now = new Date('2026-12-01T00:00:00Z')
    const ann = recipient('ann@alpha.com', { date: '2026-11-20T09:00:00.000Z' })
    expect((await ingestReport(db, report([ann]), { origin: 'gmail', account: 'u/0', id: '3001' }, now)).duplicate).toBe(true)
    expect((await ingestReport(db, report([ann], {}, '<A1@mx.alpha.com>'), { origin: 'import', account: '', id: 'takeout.mbox:9' }, now)).duplicate).toBe(true)
    expect((await getContact(db, 'ann@alpha.com'))?.bounceCount).toBe(1)
  })
})

describe('v3 → current: seen notices stored by the batch', () => {
  it('moves every seen notice, unchanged, and each is found by its key', async () => {
    db = openDb(await seed(3))
    const { tables } = fixture(3)
    expect(await allSeenNotices(db)).toEqual(expect.arrayContaining(tables.notices))
    expect(await allSeenNotices(db)).toHaveLength(tables.notices.length)
    for (const n of tables.notices as { noticeKey: string }[]) expect(await hasSeenNotice(db, n.noticeKey)).toBe(true)
    expect(await hasSeenNotice(db, 'gmail:u/1:2003')).toBe(false)
    expect(await db.events.toArray()).toEqual(expect.arrayContaining(tables.events))
    expect((await listContacts(db, 'retry')).map((c) => c.address)).toEqual(['zoe@delta.it', 'max@eps.de'])
  })

  it(`fills rows of at most ${NOTICES_PER_ROW} notices`, async () => {
    const name = `migrate-many-${++n}`
    const old = new Dexie(name)
    old.version(3).stores(SCHEMA_V3)
    const notices = Array.from({ length: 2 * NOTICES_PER_ROW + 1 }, (_, i) => ({ noticeKey: `gmail:u/0:${i}`, kind: 'none', seenAt: '2026-11-01T00:00:00.000Z', recipients: 0, eventsKey: '' }))
    await old.table('notices').bulkAdd(notices)
    old.close()
    db = openDb(name)
    expect((await db.noticeBatches.toArray()).map((r) => r.keys.length)).toEqual([NOTICES_PER_ROW, NOTICES_PER_ROW, 1])
    expect(await allSeenNotices(db)).toEqual(expect.arrayContaining(notices))
    expect(await hasSeenNotice(db, `gmail:u/0:${2 * NOTICES_PER_ROW}`)).toBe(true)
  })

  it('a notice read before the upgrade, read again without its Message-ID, is a duplicate', async () => {
    db = openDb(await seed(3))
    const zoe = recipient('zoe@delta.it', { status: '4.2.2', reason: 'mailboxfull', hard: false, verdict: 'retry' })
    const before = await allSeenNotices(db)
    expect(await ingestReport(db, report([zoe]), { origin: 'gmail', account: 'u/1', id: '2001' })).toEqual({ flagged: 0, duplicate: true })
    expect(await allSeenNotices(db)).toEqual(before)
    expect((await getContact(db, 'zoe@delta.it'))?.bounceCount).toBe(1)
  })
})

describe('v4 → current (v6): contacts indexed by [domain+reason]', () => {
  it('finds a dead domain among rows stored before the index existed', async () => {
    db = openDb(await seed(4, 6))
    expect(await composeWarnings(db, ['new@deadco.example', 'zoe@delta.it'], new Date('2026-12-06T00:00:00Z'))).toEqual([
      { address: 'new@deadco.example', kind: 'domain', reason: 'hostunknown', date: '2026-11-20T09:00:00.000Z', domain: 'deadco.example' },
    ])
  })
})

describe('v6 (current) example', () => {
  it('opens unchanged', async () => {
    db = openDb(await seed(6))
    const { tables } = fixture(6)
    expect(await db.contacts.toArray()).toEqual(expect.arrayContaining(tables.contacts))
    expect(await db.contacts.where('[domain+reason]').equals(['deadco.example', 'hostunknown']).primaryKeys()).toEqual(['ghost@deadco.example'])
  })
})

describe('v4 example', () => {
  it('opens unchanged and reads through the API', async () => {
    db = openDb(await seed(4))
    const { tables } = fixture(4)
    expect(await db.events.toArray()).toEqual(expect.arrayContaining(tables.events))
    expect(await db.noticeBatches.toArray()).toEqual(tables.noticeBatches)
    expect(await hasSeenNotice(db, 'gmail:u/1:2002')).toBe(true)
    expect((await listContacts(db, 'retry')).map((c) => c.address)).toEqual(['zoe@delta.it', 'max@eps.de'])
  })

  it('a notice already stored by Message-ID is a duplicate from any origin', async () => {
    db = openDb(await seed(4))
    const zoe = recipient('zoe@delta.it', { status: '4.2.2', reason: 'mailboxfull', hard: false, verdict: 'retry' })
    const r = await ingestReport(db, report([zoe], {}, '<Z2@mx.delta.it>'), { origin: 'gmail-api', account: 'me@corp.example', id: 'mid:Z2@mx.delta.it' })
    expect(r).toEqual({ flagged: 0, duplicate: true })
    expect((await getContact(db, 'zoe@delta.it'))?.bounceCount).toBe(1)
    expect(await hasSeenNotice(db, 'gmail-api:me@corp.example:mid:Z2@mx.delta.it')).toBe(true)
  })
})

describe('v5 example', () => {
  it('opens unchanged: the review waits, no list holds its address', async () => {
    db = openDb(await seed(5))
    const { tables } = fixture(5)
    expect(await db.reviews.toArray()).toEqual(tables.reviews)
    expect(await getContact(db, 'ceo@bigprospect.example')).toBeUndefined()
  })

  it('v4 → v5 adds an empty reviews table', async () => {
    db = openDb(await seed(4))
    expect(await db.reviews.count()).toBe(0)
    expect((await listContacts(db, 'retry')).map((c) => c.address)).toEqual(['zoe@delta.it', 'max@eps.de'])
  })
})
