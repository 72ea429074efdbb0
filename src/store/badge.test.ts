import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { countDue, countNewSinceOpened, markPopupOpened } from './badge'
import { ingestReport } from './ingest'
import { decide } from './decisions'
import { DELAY, SOFT, recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())
const t = (hour: number) => new Date(Date.UTC(2026, 10, 2, hour))

describe('badge count', () => {
  it('counts contacts flagged since the popup was last opened', async () => {
    db = openDb(`badge-${++n}-${Date.now()}`)
    await ingestReport(db, report([recipient('a@x.com'), recipient('b@x.com', SOFT)]), source('1'), t(1))
    expect(await countNewSinceOpened(db)).toBe(2)
    await markPopupOpened(db, t(2))
    expect(await countNewSinceOpened(db)).toBe(0)
    await ingestReport(db, report([recipient('c@x.com', SOFT), recipient('a@x.com')]), source('2'), t(3))
    await ingestReport(db, report([recipient('d@x.com', DELAY)], { kind: 'delay' }), source('3'), t(3))
    expect(await countNewSinceOpened(db)).toBe(1) // c only: a was already listed, d is pending
    await decide(db, ['c@x.com'], 'ignored', t(4))
    expect(await countNewSinceOpened(db)).toBe(0)
  })

  it('counts Retry contacts whose next try has come, and no longer one marked retried', async () => {
    db = openDb(`badge-due-${++n}-${Date.now()}`)
    // Soft bounces on 2 Nov 10:00: next try 1 day later (settings.retryBackoffDays [1, 3, 7]).
    await ingestReport(db, report([recipient('a@x.com', SOFT), recipient('b@x.com', SOFT), recipient('h@x.com')]), source('1'), t(11))
    expect(await countDue(db, t(20))).toBe(0)
    const nextDay = new Date(Date.UTC(2026, 10, 3, 10))
    expect(await countDue(db, nextDay)).toBe(2) // a and b; h is in Remove
    await decide(db, ['a@x.com'], 'retried', nextDay)
    expect(await countDue(db, nextDay)).toBe(1)
    expect(await countDue(db, new Date(Date.UTC(2026, 10, 6, 10)))).toBe(2) // a again, 3 days after the retry
  })
})
