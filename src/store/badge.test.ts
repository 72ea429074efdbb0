import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { countNewSinceOpened, markPopupOpened } from './badge'
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
})
