/**
 * A bounce whose ingestion starts before a decision but whose transaction runs after it must count
 * as new since that decision (issue 10 part 3): the ingest time is read once the transaction holds
 * the tables (IndexedDB orders it after the decision's), not when the caller started.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { ingestReport } from './ingest'
import { decide } from './decisions'
import { getContact } from './contacts'
import { recipient, report, source } from './fixtures/reports'

let db: ReboundDb
afterEach(async () => {
  vi.useRealTimers()
  await db?.delete()
})

const T0 = new Date('2026-11-03T08:00:00Z')
const T1 = new Date('2026-11-05T09:00:00.000Z') // the new bounce's ingestion is asked for
const T2 = new Date('2026-11-05T09:00:00.500Z') // the user marks the contact OK
const T3 = new Date('2026-11-05T09:00:01.000Z') // the ingest transaction finally runs

describe('the ingest clock', () => {
  it('a bounce landing while a decision is being saved stays visible after it', async () => {
    db = openDb(`ingest-clock-${Date.now()}`)
    await ingestReport(db, report([recipient('jane@acme.example')]), source('1'), T0)
    expect(await getContact(db, 'jane@acme.example')).toMatchObject({ list: 'remove' })

    vi.useFakeTimers({ toFake: ['Date'] }) // only the clock: IndexedDB's own timers stay real
    vi.setSystemTime(T1)
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    // The decision's transaction holds the tables while the bounce's ingestion is asked for.
    const deciding = db.transaction('rw', [db.contacts, db.events, db.kv], async () => {
      await Dexie.waitFor(gate)
      await decide(db, ['jane@acme.example'], 'ok', T2)
    })
    const ingesting = ingestReport(db, report([recipient('jane@acme.example')], {}, '<second@mx.acme.example>'), source('2'))
    await new Promise((r) => setTimeout(r, 20))
    vi.setSystemTime(T3)
    release()
    await deciding
    expect(await ingesting).toMatchObject({ duplicate: false })

    const jane = await getContact(db, 'jane@acme.example')
    expect(jane).toMatchObject({ list: 'remove', newSinceDecision: 1, decision: { action: 'ok', at: T2.toISOString() } })
  })
})
