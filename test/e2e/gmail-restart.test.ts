/**
 * The worker stopped in the middle of a poll (as Chromium stops an idle or busy worker) and started
 * again by its next alarm: no notice is lost and none is stored twice (issue 4).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage } from './fake-gmail/messages'
import { startSession, type GmailSession } from './fake-gmail/session'
import { lists, readStore, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('Gmail watcher restart', () => {
  it('loses and duplicates nothing when the worker is stopped while fetching a notice', async () => {
    // Newest first, as in the feed: the worker reads a, then b (held), then c.
    const a = await corpusMessage('lhost-gmail-01.eml') // userunknown@example.jp
    const b = await corpusMessage('lhost-exchange2007-01.eml') // mikeneko@example.co.jp
    const c = await corpusMessage('lhost-gmail-16.eml') // mailboxfull@bouncehammer.jp
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [a, b, c])
    })
    const s = session
    const release = s.fake.attachments.hold(`u/0:${b.id}`)
    expect(await s.send({ type: 'testPollEvery', seconds: 3 })).toEqual({ ok: true })

    // The worker has stored a and is waiting for b's source.
    await expect.poll(() => s.fake.attachments.hits.get(`u/0:${b.id}`) ?? 0, { timeout: 30_000 }).toBe(1)
    const before = await readStore(s.ext)
    expect(lists(before)).toEqual({ 'userunknown@example.jp': 'remove' })
    expect(s.fake.attachments.hits.get(`u/0:${c.id}`)).toBeUndefined()

    await s.browser.stopWorker()
    release() // the answer arrives for a worker that no longer exists

    // The next alarm starts a new worker, which finishes the job.
    const after = await waitForStore(s.ext, (st) => st.contacts.length === 3, 40_000)
    expect(lists(after)).toEqual({
      'mailboxfull@bouncehammer.jp': 'retry',
      'mikeneko@example.co.jp': 'remove',
      'userunknown@example.jp': 'remove',
    })
    expect(after.events.map((e) => e.address).sort()).toEqual(['mailboxfull@bouncehammer.jp', 'mikeneko@example.co.jp', 'userunknown@example.jp'])
    expect(after.contacts.map((x) => x.bounceCount)).toEqual([1, 1, 1])
    expect(after.notices.map((n) => n.noticeKey).sort()).toEqual([`gmail:u/0:${a.id}`, `gmail:u/0:${b.id}`, `gmail:u/0:${c.id}`].sort())
    // a was not fetched again; b was fetched again because its first read never finished.
    expect(s.fake.sourceHits.get(`u/0:${a.id}`)).toBe(1)
    expect(s.fake.sourceHits.get(`u/0:${b.id}`)).toBe(2)
    expect(s.fake.sourceHits.get(`u/0:${c.id}`)).toBe(1)
  })
})
