/**
 * The Gmail watcher end to end (issue 4): the real service worker polls a fake Gmail's Atom feeds for
 * two accounts, fetches the notices' raw sources through the redirect to the attachment host, and the
 * store and popup then hold exactly the expected contacts. Corpus files and their labels:
 * test/fixtures/sisimai/labels.json.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage, ordinaryMail, outOfOffice, type FakeMessage } from './fake-gmail/messages'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { lists, readStore, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const POLL_SECONDS = 3

describe('Gmail watcher', () => {
  it('polls two accounts and stores exactly the bounced contacts, never ordinary mail or an out-of-office reply', async () => {
    const m: Record<string, FakeMessage> = {
      gmail: await corpusMessage('lhost-gmail-01.eml'), // userunknown@example.jp, 5.1.1 userunknown
      exchange: await corpusMessage('lhost-exchange2007-01.eml'), // mikeneko@example.co.jp, 5.1.1 userunknown
      full: await corpusMessage('lhost-gmail-16.eml'), // mailboxfull@bouncehammer.jp, 5.2.2 mailboxfull
      blocked: await corpusMessage('lhost-gmail-04.eml'), // kijitora@example.com, 5.7.1 blocked
      // KDDI, raw 8-bit UTF-8 headers ("メールエラー通知") quoting "猫ちゃん": bytes must reach the engine intact.
      kddi: await corpusMessage('lhost-kddi-01.eml'), // kijitora@x0000000000000.dion.ne.jp, mailboxfull
      ordinary: await ordinaryMail(),
      ooo: await outOfOffice(),
      corpusOoo: await corpusMessage('rfc3834-02.eml'), // "Automatic reply: Nyaan", RFC 3834 vacation
      // A success DSN from MAILER-DAEMON: looks like a notice, so it is fetched, but nobody is flagged.
      delivered: await corpusMessage('rfc3464-28.eml'),
      postfix: await corpusMessage('lhost-postfix-04.eml'), // kijitora@example.co.jp, 5.1.1 userunknown
      exim: await corpusMessage('lhost-exim-05.eml'), // kijitora@neko.example.co.jp, 5.1.1 userunknown
      // Yandex, 8-bit UTF-8 Russian body, two recipients: mikeneko@ 5.2.1 userunknown, sabineko@ 5.2.2 mailboxfull
      yandex: await corpusMessage('lhost-yandex-02.eml'),
      ordinary1: await ordinaryMail(),
    }
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [m.gmail, m.ordinary, m.exchange, m.ooo, m.full, m.kddi, m.corpusOoo, m.delivered, m.blocked])
      fake.account('u/1', 'sales.second@example.org', [m.postfix, m.ordinary1, m.exim, m.yandex])
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: POLL_SECONDS })).toEqual({ ok: true })
    // u/1 is not in the default settings (['u/0']): it is discovered when its Gmail tab is open.
    await openGmail(s, 'u/1')

    const expected = {
      'kijitora@example.co.jp': 'remove',
      'kijitora@example.com': 'sending',
      'kijitora@neko.example.co.jp': 'remove',
      'kijitora@x0000000000000.dion.ne.jp': 'retry',
      'mailboxfull@bouncehammer.jp': 'retry',
      'mikeneko@example.co.jp': 'remove',
      'mikeneko@example.jp': 'remove',
      'sabineko@example.jp': 'retry',
      'userunknown@example.jp': 'remove',
    }
    const stored = await waitForStore(s.ext, (st) => st.contacts.length >= 9 && st.cursors.length >= 2, 45_000)
    expect(lists(stored)).toEqual(expected)
    expect(stored.contacts.every((c) => c.bounceCount === 1)).toBe(true)
    expect(stored.contacts.find((c) => c.address === 'kijitora@x0000000000000.dion.ne.jp')?.subject).toBe('猫ちゃん')
    expect(stored.cursors.map((c) => [c.account, c.state]).sort()).toEqual([['u/0', 'ok'], ['u/1', 'ok']])
    const badge = await s.ext.evaluate(() => chrome.action.getBadgeText({}))
    expect(badge).toBe('9') // new since the popup was last opened

    // Two more polls of each account: nothing is fetched twice, nothing is added.
    const hits = { u0: s.fake.feedHits.get('u/0') ?? 0, u1: s.fake.feedHits.get('u/1') ?? 0 }
    await expect.poll(() => (s.fake.feedHits.get('u/0') ?? 0) - hits.u0, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
    await expect.poll(() => (s.fake.feedHits.get('u/1') ?? 0) - hits.u1, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
    const again = await readStore(s.ext)
    expect(again.events.length).toBe(9)
    expect(again.notices.find((n) => n.noticeKey === `gmail:u/0:${m.delivered.id}`)).toMatchObject({ kind: 'delivered' })
    expect(again.notices).toHaveLength(9) // 8 bounces + the success DSN; no ordinary mail, no auto-reply
    expect(lists(again)).toEqual(expected)
    for (const [key, msg] of Object.entries(m)) {
      const account = ['postfix', 'exim', 'yandex', 'ordinary1'].includes(key) ? 'u/1' : 'u/0'
      const fetched = s.fake.sourceHits.get(`${account}:${msg.id}`) ?? 0
      // Ordinary mail and out-of-office replies are never even fetched; each notice exactly once.
      expect([key, fetched]).toEqual([key, key.startsWith('ordinary') || key === 'ooo' || key === 'corpusOoo' ? 0 : 1])
      if (fetched) expect(s.fake.attachments.hits.get(`${account}:${msg.id}`)).toBe(1)
    }

    // The popup shows the same lists; opening it clears the badge.
    const popup = await s.browser.openPage('src/popup/index.html')
    await expect.poll(() => popup.locator('[data-testid="count-remove"]').textContent()).toBe('5')
    expect(await popup.locator('[data-testid="count-retry"]').textContent()).toBe('3')
    expect(await popup.locator('[data-testid="count-sending"]').textContent()).toBe('1')
    const shown = await popup.locator('.row[data-address]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-address')).sort())
    expect(shown).toEqual(['kijitora@example.co.jp', 'kijitora@neko.example.co.jp', 'mikeneko@example.co.jp', 'mikeneko@example.jp', 'userunknown@example.jp'])
    // ...of its "new" count: the three Retry contacts (bounced years ago) are due, and the badge says so (issue 11).
    await expect.poll(() => s.ext.evaluate(() => chrome.action.getTitle({}))).toBe('Rebound — Due to retry: 3')
    expect(await s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('3')
  })
})
