/** pollAccounts: which accounts are polled, when, and what is recorded for each. */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listCursors, putCursor } from '../store/cursors'
import { openDb, type ReboundDb } from '../store/db'
import { saveSettings } from '../store/settings'
import { emptyCursor } from './backoff'
import { pollAccounts, watchedAccounts } from './poller'

const EMPTY_FEED = '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail - Inbox for a@b.c</title><fullcount>0</fullcount></feed>'

let db: ReboundDb
let n = 0
let feedCalls: string[]
let answer: (account: string) => Response | Promise<Response>

beforeEach(() => {
  db = openDb(`poller-test-${++n}`)
  feedCalls = []
  answer = () => new Response(EMPTY_FEED, { status: 200 })
  vi.stubGlobal('chrome', { alarms: { get: vi.fn(async () => undefined) }, action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() } })
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const account = /\/mail\/(u\/\d+)\//.exec(url)![1]
    feedCalls.push(account)
    return answer(account)
  }))
})
afterEach(() => {
  vi.unstubAllGlobals()
  db.close()
})

describe('watchedAccounts', () => {
  it('is the settings list plus accounts seen open, without duplicates or junk', async () => {
    await saveSettings(db, { watchedAccounts: ['u/0', 'u/2', 'someone@example.com'] })
    await putCursor(db, emptyCursor('u/1'))
    await putCursor(db, emptyCursor('u/2'))
    expect(await watchedAccounts(db)).toEqual(['u/0', 'u/2', 'u/1'])
  })
})

describe('pollAccounts', () => {
  it('polls each account once and records its state', async () => {
    await putCursor(db, emptyCursor('u/1'))
    answer = (account) => (account === 'u/1' ? new Response('', { status: 503 }) : new Response(EMPTY_FEED))
    expect(await pollAccounts(db)).toBe(2)
    expect(feedCalls.sort()).toEqual(['u/0', 'u/1'])
    const cursors = Object.fromEntries((await listCursors(db)).map((c) => [c.account, c]))
    expect(cursors['u/0']).toMatchObject({ state: 'ok', failures: 0, mailbox: 'a@b.c' }) // the address from the feed's title
    expect(cursors['u/1']).toMatchObject({ state: 'backoff', failures: 1, lastError: 'HTTP 503' })
    expect(cursors['u/1'].mailbox).toBeUndefined()
  })

  it('does not poll again within the period, even when asked', async () => {
    await pollAccounts(db)
    expect(await pollAccounts(db)).toBe(0)
    expect(await pollAccounts(db, true)).toBe(0)
    expect(feedCalls).toEqual(['u/0'])
  })

  it('a request during a poll runs after it, polling only what the first did not', async () => {
    let release!: () => void
    const gate = new Promise<void>((ok) => (release = ok))
    answer = async () => {
      await gate
      return new Response(EMPTY_FEED)
    }
    const first = pollAccounts(db)
    await vi.waitFor(() => expect(feedCalls).toEqual(['u/0'])) // the first poll has listed its accounts
    await putCursor(db, emptyCursor('u/5')) // seen open meanwhile
    const later = [pollAccounts(db), pollAccounts(db)]
    release()
    expect(await Promise.all([first, ...later])).toEqual([1, 1, 1])
    expect(feedCalls).toEqual(['u/0', 'u/5'])
  })

  it('leaves a signed-out account alone unless asked', async () => {
    await putCursor(db, { ...emptyCursor('u/0'), state: 'signed-out', lastPollAt: new Date(Date.now() - 3_600_000).toISOString() })
    expect(await pollAccounts(db)).toBe(0)
    expect(await pollAccounts(db, true)).toBe(1)
    expect((await listCursors(db))[0]).toMatchObject({ state: 'ok' })
  })

  it('one account throwing does not stop the others', async () => {
    await putCursor(db, emptyCursor('u/1'))
    answer = (account) => {
      if (account === 'u/0') throw new Error('boom')
      return new Response(EMPTY_FEED)
    }
    expect(await pollAccounts(db)).toBe(2)
    const cursors = Object.fromEntries((await listCursors(db)).map((c) => [c.account, c]))
    expect(cursors['u/0']).toMatchObject({ state: 'error', lastError: 'network: boom' })
    expect(cursors['u/1']).toMatchObject({ state: 'ok' })
  })
})

describe('pollAccounts with discovery (issue 11)', () => {
  const feedOf = (mailbox: string) => new Response(EMPTY_FEED.replace('a@b.c', mailbox))

  it('asks u/0, u/1, … one at a time and stops at the first index not signed in, keeping nothing for it', async () => {
    answer = (account) => (account === 'u/0' ? feedOf('a@example.com') : account === 'u/1' ? feedOf('b@example.org') : new Response('', { status: 302 }))
    expect(await pollAccounts(db, false, true)).toBe(3)
    expect(feedCalls).toEqual(['u/0', 'u/1', 'u/2']) // u/2 redirects to the sign-in page: u/3… never asked
    const cursors = Object.fromEntries((await listCursors(db)).map((c) => [c.account, c]))
    expect(Object.keys(cursors).sort()).toEqual(['u/0', 'u/1'])
    expect(cursors['u/1']).toMatchObject({ state: 'ok', mailbox: 'b@example.org' })
    // The normal polls that follow include the account found.
    feedCalls = []
    expect(await pollAccounts(db)).toBe(0) // both were just polled: the period guard holds
  })

  it('a 401 ends the walk too; a free index answering an error is not kept', async () => {
    answer = (account) => (account === 'u/0' ? feedOf('a@example.com') : new Response('', { status: 401 }))
    await pollAccounts(db, false, true)
    expect(feedCalls).toEqual(['u/0', 'u/1'])
    expect((await listCursors(db)).map((c) => c.account)).toEqual(['u/0'])
  })

  it('re-checks an account seen signed out, and resumes it when it is signed in again', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
    await putCursor(db, { ...emptyCursor('u/1'), state: 'signed-out', lastPollAt: hourAgo, failures: 1, lastError: 'HTTP 401' })
    answer = (account) => (account === 'u/2' ? new Response('', { status: 302 }) : feedOf(`${account.replace('/', '')}@example.com`))
    expect(await pollAccounts(db)).toBe(1) // a normal poll leaves the signed-out account alone
    expect(feedCalls).toEqual(['u/0'])
    feedCalls = []
    await pollAccounts(db, false, true)
    expect(feedCalls).toEqual(['u/1', 'u/2'])
    expect((await listCursors(db)).find((c) => c.account === 'u/1')).toMatchObject({ state: 'ok', failures: 0, mailbox: 'u1@example.com' })
  })

  it('Gmail asking to slow down ends the walk', async () => {
    answer = (account) => (account === 'u/0' ? feedOf('a@example.com') : new Response('', { status: 429 }))
    await pollAccounts(db, false, true)
    expect(feedCalls).toEqual(['u/0', 'u/1'])
    expect((await listCursors(db)).find((c) => c.account === 'u/1')).toMatchObject({ state: 'backoff' })
  })
})
