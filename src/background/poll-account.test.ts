/**
 * pollAccount against a scripted fetch and a real (fake-indexeddb) store: what each Gmail answer
 * becomes, and that a poll is resumable (seen notices are not fetched again).
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { allSeenNotices } from '../store/notices'
import { pollAccount } from './poll-account'
import { asOwnMail } from '../../test/fixtures/trust/own-mail'
import { ACCOUNT, trustTable } from '../../test/fixtures/trust/notices'
import { getAccountAddress } from '../store/account-address'
import { countLists } from '../store/contacts'
import { listReviews } from '../store/reviews'

// Served as Gmail serves a notice about the account's own mail (issue 10's trust rules).
const corpus = (f: string) => Buffer.from(asOwnMail(readFileSync(join(import.meta.dirname, '../../test/fixtures/sisimai', f), 'latin1'), 'a@example.com'), 'latin1')

interface Entry { id: string; subject: string; name: string; email: string }
const feed = (entries: Entry[]) => `<?xml version="1.0" encoding="UTF-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail - Inbox for a@example.com</title><fullcount>${entries.length}</fullcount>
${entries.map((e) => `<entry><title>${e.subject}</title><id>tag:gmail.google.com,2004:${e.id}</id><author><name>${e.name}</name><email>${e.email}</email></author></entry>`).join('')}</feed>`

const NOTICE_A: Entry = { id: '1001', subject: 'Delivery Status Notification (Failure)', name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.com' }
const NOTICE_B: Entry = { id: '1002', subject: 'Undelivered Mail Returned to Sender', name: 'Mail Delivery System', email: 'MAILER-DAEMON@example.jp' }
const PERSON: Entry = { id: '1003', subject: 'Re: lunch', name: 'Bob', email: 'bob@example.com' }

type Answer = Response | (() => Response)
let routes: Map<string, Answer[]>
let calls: string[]

function answer(url: string, a: Answer) {
  const key = url.includes('/feed/atom') ? 'feed' : `source:${/msg-f:(\d+)/.exec(url)?.[1]}`
  routes.set(key, [...(routes.get(key) ?? []), a])
}

let db: ReboundDb
let n = 0
beforeEach(() => {
  db = openDb(`poll-test-${++n}`)
  routes = new Map()
  calls = []
  vi.stubGlobal('chrome', { action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) } })
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const key = url.includes('/feed/atom') ? 'feed' : `source:${/msg-f:(\d+)/.exec(url)?.[1]}`
    calls.push(key)
    const queue = routes.get(key) ?? []
    const next = queue.length > 1 ? queue.shift()! : queue[0]
    if (!next) return new Response('not found', { status: 404 })
    return typeof next === 'function' ? next() : next.clone()
  }))
})
afterEach(async () => {
  vi.unstubAllGlobals()
  db.close()
})

const xml = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, headers: { 'content-type': 'application/atom+xml' }, ...init })
const html = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, headers: { 'content-type': 'text/html' }, ...init })

describe('pollAccount', () => {
  it('reads the notices of the feed, skips other mail, and does not fetch a seen notice again', async () => {
    answer('/feed/atom', xml(feed([NOTICE_A, PERSON, NOTICE_B])))
    answer('msg-f:1001', new Response(corpus('lhost-gmail-01.eml')))
    answer('msg-f:1002', new Response(corpus('lhost-postfix-04.eml')))
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'ok' }, ingested: 2, flagged: 2 })
    expect(calls).toEqual(['feed', 'source:1001', 'source:1002'])
    expect((await db.contacts.toArray()).map((c) => c.address).sort()).toEqual(['kijitora@example.co.jp', 'userunknown@example.jp'])

    calls = []
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'ok' }, ingested: 0, flagged: 0 })
    expect(calls).toEqual(['feed'])
  })

  it('keeps what it read when the source fetch is throttled half-way, and finishes next time', async () => {
    answer('/feed/atom', xml(feed([NOTICE_A, NOTICE_B])))
    answer('msg-f:1001', new Response(corpus('lhost-gmail-01.eml')))
    answer('msg-f:1002', new Response('slow down', { status: 429, headers: { 'retry-after': '120' } }))
    answer('msg-f:1002', new Response(corpus('lhost-postfix-04.eml')))
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'throttled', status: 429, retryAfterSeconds: 120 }, ingested: 1, flagged: 1 })
    calls = []
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'ok' }, ingested: 1 })
    expect(calls).toEqual(['feed', 'source:1002'])
    expect(await db.events.count()).toBe(2)
  })

  it('skips a notice whose source is gone and marks an unreadable one as seen', async () => {
    answer('/feed/atom', xml(feed([NOTICE_A, NOTICE_B])))
    answer('msg-f:1001', new Response('gone', { status: 404 }))
    answer('msg-f:1002', new Response(new Uint8Array([0, 1, 2, 255, 254, 0, 0])))
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'ok' }, ingested: 1, flagged: 0 })
    expect((await allSeenNotices(db)).map((x) => x.noticeKey)).toEqual(['gmail:u/0:1002'])
    calls = []
    await pollAccount(db, 'u/0')
    expect(calls).toEqual(['feed', 'source:1001'])
  })

  it.each([
    ['the sign-in page', () => html('<!DOCTYPE html><html><body>Sign in</body></html>'), { kind: 'signed-out', detail: 'a sign-in page instead of the feed' }],
    ['a redirect to the sign-in page', () => new Response(null, { status: 302, headers: { location: 'https://accounts.google.com/ServiceLogin' } }), { kind: 'signed-out', detail: 'redirected (to the sign-in page)' }],
    ['401', () => html('', { status: 401 }), { kind: 'signed-out', detail: 'HTTP 401' }],
    ['429 with Retry-After', () => html('', { status: 429, headers: { 'retry-after': '30' } }), { kind: 'throttled', status: 429, retryAfterSeconds: 30 }],
    ['503', () => html('', { status: 503 }), { kind: 'throttled', status: 503, retryAfterSeconds: undefined }],
    ['404', () => html('', { status: 404 }), { kind: 'error', detail: 'HTTP 404' }],
    ['XML that is not a feed', () => xml('<error xmlns="urn:x">quota</error>'), { kind: 'error', detail: 'not an Atom feed (root <error> in "urn:x")' }],
    ['a network failure', () => { throw new TypeError('Failed to fetch') }, { kind: 'error', detail: 'network: Failed to fetch' }],
  ])('feed answered with %s', async (_name, make, outcome) => {
    answer('/feed/atom', make)
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome, ingested: 0, flagged: 0 })
  })

  it('never follows the feed to another host', async () => {
    answer('/feed/atom', xml(feed([])))
    await pollAccount(db, 'u/0')
    expect(vi.mocked(fetch).mock.calls[0][1]).toMatchObject({ credentials: 'include', redirect: 'manual' })
  })

  it('an empty source is retried by the next poll, not marked seen', async () => {
    answer('/feed/atom', xml(feed([NOTICE_A])))
    answer('msg-f:1001', new Response(new Uint8Array()))
    answer('msg-f:1001', new Response(corpus('lhost-gmail-01.eml')))
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'ok' }, ingested: 0, flagged: 0 })
    expect(await allSeenNotices(db)).toEqual([])
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'ok' }, ingested: 1, flagged: 1 })
  })

  it('stops at a network failure on a source, keeping what it read', async () => {
    answer('/feed/atom', xml(feed([NOTICE_A, NOTICE_B])))
    answer('msg-f:1001', () => {
      throw new TypeError('Failed to fetch')
    })
    answer('msg-f:1002', new Response(corpus('lhost-postfix-04.eml')))
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'error', detail: 'network: Failed to fetch' }, ingested: 0, flagged: 0 })
    expect(calls).toEqual(['feed', 'source:1001'])
  })

  it('a sign-in page instead of a source means signed out', async () => {
    answer('/feed/atom', xml(feed([NOTICE_A])))
    answer('msg-f:1001', html('<html><body>Sign in</body></html>'))
    expect(await pollAccount(db, 'u/0')).toMatchObject({ outcome: { kind: 'signed-out', detail: 'source: an HTML page instead of the message' }, ingested: 0, flagged: 0 })
  })

  it('learns the account from the feed title and sends a forged notice to review, not to a list', async () => {
    const forged = trustTable().find((c) => c.name.startsWith('perfect'))!
    const genuine = trustTable().find((c) => c.name.startsWith("genuine: Gmail's daemon"))!
    answer('/feed/atom', xml(feed([NOTICE_A, NOTICE_B]).replace('a@example.com', ACCOUNT)))
    answer('msg-f:1001', new Response(Buffer.from(genuine.raw, 'latin1')))
    answer('msg-f:1002', new Response(Buffer.from(forged.raw, 'latin1')))
    const r = await pollAccount(db, 'u/0')
    expect(r).toMatchObject({ ingested: 2, flagged: 1 })
    expect(await getAccountAddress(db, 'u/0')).toBe(ACCOUNT)
    expect(await countLists(db)).toMatchObject({ remove: 1, retry: 0, sending: 0 })
    expect((await listReviews(db)).map((x) => [x.reason, x.events.map((e) => e.address)])).toEqual([['not-your-mail', ['ceo@bigprospect.example']]])
  })
})
