/**
 * Issue 11, part 3: every signed-in Gmail account is watched, not only those with an open tab. The
 * fake browser is signed in to two accounts; only u/0 has a Gmail tab. Opening it makes the worker
 * walk u/0, u/1, u/2 (one at a time; u/2 redirects to the sign-in page, so the walk stops there)
 * and poll u/1's feed: its notice is read without its tab ever being opened.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage } from './fake-gmail/messages'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { lists, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('Gmail accounts', () => {
  it('polls a signed-in account that has no tab, found by walking u/0…u/N', async () => {
    const second = await corpusMessage('lhost-postfix-04.eml') // kijitora@example.co.jp, userunknown
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [])
      fake.account('u/1', 'sales.second@example.org', [second])
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: 3 })).toEqual({ ok: true })
    const tab = await openGmail(s, 'u/0') // the only Gmail tab

    const stored = await waitForStore(s.ext, (st) => st.contacts.length === 1 && st.cursors.length === 2)
    expect(lists(stored)).toEqual({ 'kijitora@example.co.jp': 'remove' })
    expect(stored.cursors.map((c) => [c.account, c.state, c.mailbox]).sort()).toEqual([
      ['u/0', 'ok', 'sales.rep@example.com'],
      ['u/1', 'ok', 'sales.second@example.org'],
    ])
    expect(s.fake.sourceHitsBy.get(`worker:u/1:${second.id}`)).toBe(1) // read by the worker: no u/1 page
    expect(s.browser.context.pages().some((p) => p.url().includes('/mail/u/1'))).toBe(false)
    // The walk stopped at the first free index; it never went further, and no sign-in was followed.
    expect(s.fake.feedHits.get('u/2')).toBe(1)
    expect(s.fake.feedHits.get('u/3')).toBeUndefined()
    expect(s.fake.accountsHits).toBe(0)
    expect(stored.cursors.find((c) => c.account === 'u/2')).toBeUndefined()

    // Reopening Gmail within minutes does not walk again (at most every 10 minutes, and daily).
    await tab.reload()
    await s.ext.waitForTimeout(4000)
    expect(s.fake.feedHits.get('u/2')).toBe(1)
    // u/1 keeps being polled on the alarm like any watched account.
    const before = s.fake.feedHits.get('u/1') ?? 0
    await expect.poll(() => s.fake.feedHits.get('u/1') ?? 0, { timeout: 20_000 }).toBeGreaterThan(before)
  })
})
