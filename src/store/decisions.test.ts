import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { ingestReport } from './ingest'
import { decide, undo } from './decisions'
import { countLists, getContact, listContacts } from './contacts'
import { SOFT, recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())
const at = (day: string) => new Date(`${day}T12:00:00Z`)

async function seeded() {
  db = openDb(`decisions-${++n}-${Date.now()}`)
  await ingestReport(db, report([recipient('dead@x.com'), recipient('full@y.com', SOFT), recipient('also@z.com', SOFT)]), source('1'), at('2026-11-02'))
  return db
}

describe('decide', () => {
  it('removed: leaves the Remove list for cleared, decision recorded', async () => {
    await seeded()
    const token = await decide(db, ['DEAD@x.com'], 'removed', at('2026-11-05'))
    expect(token.previous.map((c) => c.address)).toEqual(['dead@x.com'])
    expect(await getContact(db, 'dead@x.com')).toMatchObject({ list: 'cleared', decision: { action: 'removed', eventsAtDecision: 1 }, newSinceDecision: 0 })
    expect(await countLists(db)).toMatchObject({ remove: 0, retry: 2, cleared: 1 })
  })

  it('retried: moves the next try to now + the next back-off step', async () => {
    await seeded()
    await decide(db, ['full@y.com', 'also@z.com'], 'retried', at('2026-11-05'))
    const c = await getContact(db, 'full@y.com')
    expect(c).toMatchObject({ list: 'retry', nextRetryAt: '2026-11-08T12:00:00.000Z' })
  })

  it('ignored and ok clear the contact; ok resets the counts', async () => {
    await seeded()
    await decide(db, ['full@y.com'], 'ignored', at('2026-11-05'))
    await decide(db, ['also@z.com'], 'ok', at('2026-11-05'))
    expect(await getContact(db, 'full@y.com')).toMatchObject({ list: 'cleared', bounceCount: 1 })
    expect(await getContact(db, 'also@z.com')).toMatchObject({ list: 'cleared', bounceCount: 0 })
    expect((await listContacts(db, 'retry')).length).toBe(0)
  })

  it('unknown addresses are skipped', async () => {
    await seeded()
    const token = await decide(db, ['nobody@x.com'], 'ok', at('2026-11-05'))
    expect(token.previous).toEqual([])
    expect(await db.contacts.count()).toBe(3)
  })

  it('keeps the flag time: a decision is not a new flag', async () => {
    await seeded()
    await decide(db, ['dead@x.com'], 'retried', at('2026-11-05'))
    expect((await getContact(db, 'dead@x.com'))?.flaggedAt).toBe('2026-11-02T12:00:00.000Z')
  })
})

describe('a later event does not silently undo a decision', () => {
  it('ignored, then a hard bounce: back in Remove with "new since your decision"', async () => {
    await seeded()
    await decide(db, ['full@y.com'], 'ignored', at('2026-11-05'))
    const r = await ingestReport(db, report([recipient('full@y.com')]), source('2'), at('2026-11-09'))
    expect(r.flagged).toBe(1)
    expect(await getContact(db, 'full@y.com')).toMatchObject({
      list: 'remove', newSinceDecision: 1, decision: { action: 'ignored' }, flaggedAt: '2026-11-09T12:00:00.000Z',
    })
  })

  it('removed, then the same old notice read again: stays removed', async () => {
    await seeded()
    await decide(db, ['dead@x.com'], 'removed', at('2026-11-05'))
    const r = await ingestReport(db, report([recipient('dead@x.com')]), source('1'), at('2026-11-09'))
    expect(r.duplicate).toBe(true)
    expect(await getContact(db, 'dead@x.com')).toMatchObject({ list: 'cleared', newSinceDecision: 0 })
  })
})

describe('undo', () => {
  it('restores the exact previous rows', async () => {
    await seeded()
    const before = await db.contacts.toArray()
    const token = await decide(db, ['dead@x.com', 'full@y.com', 'also@z.com'], 'ignored', at('2026-11-05'))
    expect((await countLists(db)).cleared).toBe(3)
    await undo(db, token)
    expect(await db.contacts.toArray()).toEqual(before)
  })

  it('undoing a second decision restores the first one', async () => {
    await seeded()
    await decide(db, ['full@y.com'], 'retried', at('2026-11-05'))
    const afterFirst = await getContact(db, 'full@y.com')
    const token = await decide(db, ['full@y.com'], 'ok', at('2026-11-06'))
    await undo(db, token)
    expect(await getContact(db, 'full@y.com')).toEqual(afterFirst)
  })

  it('after a newer event, undo restores the decision but keeps the new event', async () => {
    await seeded()
    const token = await decide(db, ['full@y.com'], 'ignored', at('2026-11-05'))
    await ingestReport(db, report([recipient('full@y.com', { ...SOFT, date: '2026-11-08T10:00:00Z' })]), source('2'), at('2026-11-08'))
    await undo(db, token, at('2026-11-09'))
    const c = await getContact(db, 'full@y.com')
    expect(c).toMatchObject({ decision: null, list: 'retry', softBounceCount: 2, nextRetryAt: '2026-11-11T10:00:00.000Z' })
  })
})
