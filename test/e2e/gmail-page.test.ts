/**
 * Opening a notice in the Gmail page (issue 4): the content script sees a returned-message notice in
 * the single-page app, reads its raw source (itself, or through the worker when the page may not),
 * and shows a dismissible banner with Rebound's conclusion. Other mail gets nothing.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage, ordinaryMail, outOfOffice, type FakeMessage } from './fake-gmail/messages'
import { threadToken } from './fake-gmail/page'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { lists, readStore, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

async function openConversation(page: Page, m: FakeMessage) {
  await page.evaluate((hash) => (location.hash = hash), `#inbox/${threadToken(m)}`)
  await page.locator(`div.adn.ads[data-message-id="#msg-f:${m.id}"]`).waitFor()
}

const bannerLines = (page: Page) => page.locator('.rebound-banner .rebound-banner-line').allTextContents()

describe('Gmail page banner', () => {
  it('reads an opened notice and shows what Rebound concluded; nothing for other mail', async () => {
    // All already read: the Atom feed (unread only) does not list them, as for notices from before install.
    const gmail = { ...(await corpusMessage('lhost-gmail-01.eml')), unread: false } // userunknown@example.jp
    const french = { ...(await corpusMessage('lhost-exchange2007-06.eml')), unread: false } // "Non remis", transports@agglo-saumur.fr
    const ooo = { ...(await outOfOffice()), unread: false }
    const delivered = { ...(await corpusMessage('rfc3464-28.eml')), unread: false } // success DSN from MAILER-DAEMON
    const ordinary = { ...(await ordinaryMail()), unread: false }
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [gmail, french, ooo, ordinary, delivered])
      // This one's attachment host sends no CORS headers: only the worker can read it.
      fake.attachments.noCors.add(`u/0:${french.id}`)
    })
    const s = session
    const page = await openGmail(s, 'u/0')

    await openConversation(page, gmail)
    await expect.poll(() => bannerLines(page), { timeout: 20_000 }).toEqual(['userunknown@example.jp: The address doesn’t exist — moved to Remove'])
    // Inside the message, above its body.
    expect(await page.locator('div.adn.ads .a3s.aiL').evaluate((body) => body.previousElementSibling?.className)).toBe('rebound-banner')
    expect(s.fake.sourceHitsBy.get(`page:u/0:${gmail.id}`)).toBe(1)
    expect(s.fake.sourceHitsBy.get(`worker:u/0:${gmail.id}`)).toBeUndefined()

    // Dismissed, it stays away when the conversation is shown again.
    await page.locator('.rebound-banner-dismiss').click()
    expect(await page.locator('.rebound-banner').count()).toBe(0)
    await page.evaluate(() => (location.hash = '#inbox'))
    await openConversation(page, gmail)
    await page.waitForTimeout(1000)
    expect(await page.locator('.rebound-banner').count()).toBe(0)

    // A notice the page cannot read itself is read by the worker.
    await openConversation(page, french)
    await expect.poll(() => bannerLines(page), { timeout: 20_000 }).toEqual(['transports@agglo-saumur.fr: The address doesn’t exist — moved to Remove'])
    expect(s.fake.sourceHitsBy.get(`worker:u/0:${french.id}`)).toBe(1)

    // A success DSN is read, and the banner says nothing needs doing.
    await openConversation(page, delivered)
    await expect.poll(() => bannerLines(page), { timeout: 20_000 }).toEqual(['Read by Rebound: no failed recipient in this notice.'])

    // An out-of-office reply and ordinary mail: no banner, not even fetched.
    for (const m of [ooo, ordinary]) {
      await openConversation(page, m)
      await page.waitForTimeout(1000)
      expect(await page.locator('.rebound-banner').count()).toBe(0)
      expect(s.fake.sourceHits.get(`u/0:${m.id}`)).toBeUndefined()
    }

    const stored = await waitForStore(s.ext, (st) => st.contacts.length === 2)
    expect(lists(stored)).toEqual({ 'transports@agglo-saumur.fr': 'remove', 'userunknown@example.jp': 'remove' })
    expect(stored.notices.map((n) => [n.noticeKey, n.kind]).sort()).toEqual(
      [[`gmail:u/0:${french.id}`, 'bounce'], [`gmail:u/0:${gmail.id}`, 'bounce'], [`gmail:u/0:${delivered.id}`, 'delivered']].sort(),
    )
    expect(await s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('2')
  })

  it('shows the banner for a notice the poller already read, without storing it twice', async () => {
    const notice = await corpusMessage('lhost-gmail-16.eml') // mailboxfull@bouncehammer.jp, mailbox full → Retry
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice])
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: 3 })).toEqual({ ok: true })
    await waitForStore(s.ext, (st) => st.contacts.length === 1)

    const page = await openGmail(s, 'u/0')
    await openConversation(page, notice)
    await expect.poll(() => bannerLines(page), { timeout: 20_000 }).toEqual(['mailboxfull@bouncehammer.jp: The mailbox is full — moved to Retry'])
    const stored = await readStore(s.ext)
    expect(stored.events.length).toBe(1)
    expect(stored.contacts[0].bounceCount).toBe(1)
  })

  it('says so when a notice cannot be read', async () => {
    // Gmail answers the source URL with an empty body (a message deleted meanwhile, say).
    const notice = { ...(await corpusMessage('lhost-gmail-01.eml')), unread: false }
    notice.raw = Buffer.alloc(0)
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice])
    })
    const page = await openGmail(session, 'u/0')
    await openConversation(page, notice)
    await expect.poll(() => bannerLines(page), { timeout: 20_000 }).toEqual(['Rebound could not read this notice.'])
    // The page tried, then the worker did.
    expect(session.fake.sourceHitsBy.get(`page:u/0:${notice.id}`)).toBe(1)
    expect(session.fake.sourceHitsBy.get(`worker:u/0:${notice.id}`)).toBe(1)
    // Not marked as read: a later poll or visit tries again.
    expect(await readStore(session.ext)).toMatchObject({ contacts: [], notices: [] })
  })

  it('speaks the browser language (French)', async () => {
    const notice = { ...(await corpusMessage('lhost-gmail-01.eml')), unread: false }
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice])
    }, { locale: 'fr' })
    const page = await openGmail(session, 'u/0')
    await openConversation(page, notice)
    await expect.poll(() => bannerLines(page), { timeout: 20_000 }).toEqual(['userunknown@example.jp\u00a0: L’adresse n’existe pas — déplacé vers «\u00a0À retirer\u00a0»'])
    expect(await page.locator('.rebound-banner-dismiss').getAttribute('aria-label')).toBe('Fermer')
  })
})
