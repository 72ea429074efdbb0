/**
 * The watcher's behaviour when Gmail does not answer with a feed (issue 4): a signed-out account
 * (the feed answers with the sign-in page) is shown as such and left alone until its Gmail tab is
 * open again; HTTP 500 and 429 are retried with a growing wait, and Retry-After is obeyed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage } from './fake-gmail/messages'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { lists, readStore, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const POLL_SECONDS = 3

describe('Gmail watcher back-off', () => {
  it('shows a signed-out account, stops polling it, and resumes when its Gmail tab is open again', async () => {
    const notice = await corpusMessage('lhost-gmail-01.eml') // userunknown@example.jp
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice], 'sign-in')
      fake.account('u/1', 'sales.second@example.org', [], 'redirect')
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: POLL_SECONDS })).toEqual({ ok: true })
    await s.send({ type: 'accountSeen', account: 'u/1' })

    const out = await waitForStore(s.ext, (st) => st.cursors.filter((c) => c.state === 'signed-out').length === 2)
    expect(out.cursors.sort((a, b) => a.account.localeCompare(b.account))).toEqual([
      expect.objectContaining({ account: 'u/0', state: 'signed-out', lastError: 'a sign-in page instead of the feed' }),
      expect.objectContaining({ account: 'u/1', state: 'signed-out', lastError: 'redirected (to the sign-in page)' }),
    ])
    expect(out.contacts).toEqual([])
    expect(s.fake.sourceHits.size).toBe(0)
    // The redirect to the sign-in host is not followed: Rebound talks to the webmail only.
    expect(s.fake.accountsHits).toBe(0)

    // Three more alarm periods: no more requests for those accounts.
    const hits = [s.fake.feedHits.get('u/0'), s.fake.feedHits.get('u/1')]
    await s.ext.waitForTimeout(3 * POLL_SECONDS * 1000)
    expect([s.fake.feedHits.get('u/0'), s.fake.feedHits.get('u/1')]).toEqual(hits)

    // The popup says so.
    const popup = await s.browser.openPage('src/popup/index.html')
    await expect.poll(() => popup.locator('[data-testid="watcher"] .warn').allTextContents()).toEqual([
      'Gmail account 1: signed out — open Gmail to sign in',
      'Gmail account 2: signed out — open Gmail to sign in',
    ])
    await popup.close()

    // The user signs in and opens Gmail: the content script reports the account live, the worker polls.
    s.fake.accounts.get('u/0')!.feed = 'feed'
    await openGmail(s, 'u/0')
    const back = await waitForStore(s.ext, (st) => st.contacts.length === 1 && st.cursors.find((c) => c.account === 'u/0')?.state === 'ok')
    expect(lists(back)).toEqual({ 'userunknown@example.jp': 'remove' })
    expect(back.cursors.find((c) => c.account === 'u/0')).toMatchObject({ state: 'ok', failures: 0, notBefore: '' })
    expect(back.cursors.find((c) => c.account === 'u/1')).toMatchObject({ state: 'signed-out' })
  })

  it('backs off exponentially on HTTP 500, obeys Retry-After on 429, and recovers', async () => {
    const notice = await corpusMessage('lhost-postfix-04.eml') // kijitora@example.co.jp
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice], { status: 500 })
      fake.account('u/1', 'sales.second@example.org', [], { status: 429, retryAfter: '60' })
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: POLL_SECONDS })).toEqual({ ok: true })
    await s.send({ type: 'accountSeen', account: 'u/1' })

    // 500: waits of one, then two periods between tries (3 s alarms would otherwise poll every 3 s).
    await expect.poll(() => s.fake.feedTimes.get('u/0')?.length ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(3)
    const times = s.fake.feedTimes.get('u/0')!
    const gaps = [times[1] - times[0], times[2] - times[1]]
    expect(gaps[0]).toBeGreaterThanOrEqual(POLL_SECONDS * 1000 - 200)
    expect(gaps[1]).toBeGreaterThanOrEqual(2 * POLL_SECONDS * 1000 - 200)
    const mid = await readStore(s.ext)
    const c0 = mid.cursors.find((c) => c.account === 'u/0')!
    expect(c0).toMatchObject({ state: 'backoff', lastError: 'HTTP 500' })
    expect(c0.failures).toBeGreaterThanOrEqual(2)
    expect(Date.parse(c0.notBefore) - Date.parse(c0.lastPollAt)).toBe(2 ** (c0.failures - 1) * POLL_SECONDS * 1000)

    // 429 with Retry-After: 60 → asked once, then left alone for a minute.
    const c1 = mid.cursors.find((c) => c.account === 'u/1')!
    expect(c1).toMatchObject({ state: 'backoff', lastError: 'HTTP 429', failures: 1 })
    expect(Date.parse(c1.notBefore) - Date.parse(c1.lastPollAt)).toBe(60_000)
    expect(s.fake.feedHits.get('u/1')).toBe(1)

    // Gmail recovers: the next allowed poll succeeds and reads the notice.
    s.fake.accounts.get('u/0')!.feed = 'feed'
    // The notice is stored before the poll's success is written to the cursor: wait for both.
    const done = await waitForStore(s.ext, (st) => st.contacts.length === 1 && st.cursors.find((c) => c.account === 'u/0')?.state === 'ok', 40_000)
    expect(lists(done)).toEqual({ 'kijitora@example.co.jp': 'remove' })
    expect(done.cursors.find((c) => c.account === 'u/0')).toMatchObject({ state: 'ok', failures: 0, notBefore: '' })
    expect(s.fake.feedHits.get('u/1')).toBe(1)
  })
})
