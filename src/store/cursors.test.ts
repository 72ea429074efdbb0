import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { getCursor, listCursors, putCursor } from './cursors'
import type { WatcherCursor } from './types'

let db: ReboundDb
afterEach(async () => db?.delete())

const cursor = (account: string, over: Partial<WatcherCursor> = {}): WatcherCursor => ({
  account, state: 'ok', lastPollAt: '2026-11-02T10:00:00.000Z', notBefore: '', failures: 0, lastError: '', ...over,
})

describe('cursors', () => {
  it('one row per account, replaced on put', async () => {
    db = openDb(`cursors-${Date.now()}`)
    expect(await getCursor(db, 'u/0')).toBeUndefined()
    await putCursor(db, cursor('u/0'))
    await putCursor(db, cursor('u/1', { state: 'signed-out' }))
    await putCursor(db, cursor('u/0', { state: 'backoff', failures: 3, notBefore: '2026-11-02T10:16:00.000Z', lastError: 'HTTP 503' }))
    expect(await getCursor(db, 'u/0')).toEqual(cursor('u/0', { state: 'backoff', failures: 3, notBefore: '2026-11-02T10:16:00.000Z', lastError: 'HTTP 503' }))
    expect((await listCursors(db)).map((c) => [c.account, c.state])).toEqual([['u/0', 'backoff'], ['u/1', 'signed-out']])
  })
})
