/**
 * Issue 11, part 2: a Retry contact whose next try has come is counted on the badge apart from new
 * ones, marked due in the popup, and its detail opens the original email's Gmail search in the
 * account that received the notice (by its address), and the notice itself; "Mark retried" then
 * moves its next try one back-off step on and it is no longer due.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage } from './fake-gmail/messages'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { readStore, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const ADDRESS = 'mailboxfull@bouncehammer.jp'

describe('Retry comes back on time', () => {
  it('a due Retry contact opens its original email in the right account, then is marked retried', async () => {
    const notice = await corpusMessage('lhost-gmail-16.eml') // mailboxfull, soft: Retry, bounced in 2016 so due long ago
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [])
      fake.account('u/1', 'sales.second@example.org', [notice])
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: 3 })).toEqual({ ok: true })
    await openGmail(s, 'u/1')
    const stored = await waitForStore(s.ext, (st) => st.contacts.length === 1 && !!st.cursors.find((c) => c.account === 'u/1')?.mailbox)
    expect(stored.contacts[0]).toMatchObject({ address: ADDRESS, list: 'retry' })
    expect(stored.cursors.find((c) => c.account === 'u/1')?.mailbox).toBe('sales.second@example.org')
    // The fake Gmail serves lhost-gmail-16.eml as the account's own mail: the returned copy's
    // Message-ID is one Gmail's web client writes, with the "+" and "=" real ones hold.
    const ORIGINAL_ID = stored.events[0].originalMessageId.replace(/^<|>$/g, '')
    expect(ORIGINAL_ID).toMatch(/\+.*@mail\.gmail\.com$/)

    // New and due: the new count wins the badge; the tooltip says both.
    await expect.poll(() => s.ext.evaluate(() => chrome.action.getTitle({}))).toBe('Rebound — New: 1 · Due to retry: 1')

    const popup = await s.browser.openPage('src/popup/index.html')
    // Opening the popup clears "new": the badge now counts the due contact, in amber.
    await expect.poll(() => s.ext.evaluate(() => chrome.action.getTitle({}))).toBe('Rebound — Due to retry: 1')
    expect(await s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('1')
    expect(await s.ext.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0x8a, 0x4b, 0x00, 255])

    await popup.getByRole('tab', { name: /Retry/ }).click()
    const row = popup.locator(`.row[data-address="${ADDRESS}"]`)
    await expect.poll(() => row.locator('.row-due').textContent()).toBe('Retry now')
    await row.locator('.row-main').click()
    await expect.poll(() => popup.locator('[data-field="nextRetry"] dd').textContent()).toBe('Mar 1, 2016 · Retry now')

    const [original] = await Promise.all([s.browser.context.waitForEvent('page'), popup.locator('[data-link="original"]').click()])
    await original.waitForLoadState('domcontentloaded')
    const url = new URL(original.url())
    expect(`${url.origin}${url.pathname}`).toBe('https://mail.google.com/mail/u/sales.second@example.org/')
    expect(decodeURIComponent(url.hash)).toBe(`#search/rfc822msgid:${ORIGINAL_ID}`)
    expect(original.url()).toContain('%2B') // "+" in the id, which Gmail's search would read as a space
    await original.close()

    const [opened] = await Promise.all([s.browser.context.waitForEvent('page'), popup.locator('[data-link="notice"]').click()])
    expect(opened.url()).toBe(`https://mail.google.com/mail/u/sales.second@example.org/#all/${BigInt(notice.id).toString(16)}`)
    await opened.close()

    const before = Date.now()
    await popup.getByRole('button', { name: 'Mark retried' }).click()
    const after = await waitForStore(s.ext, (st) => st.contacts[0]?.decision?.action === 'retried')
    const c = after.contacts[0]
    expect(c.list).toBe('retry')
    expect(Date.parse(c.decision!.at)).toBeGreaterThanOrEqual(before - 1000)
    // One soft bounce so far: the next step of [1, 3, 7] is 3 days after the retry.
    expect(Date.parse(c.nextRetryAt) - Date.parse(c.decision!.at)).toBe(3 * 86_400_000)
    await expect.poll(() => popup.locator(`.row[data-address="${ADDRESS}"] .row-due`).count()).toBe(0)
    // The popup asks the worker to recount at once: nothing is due any more.
    await expect.poll(() => s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('')
    expect(await s.ext.evaluate(() => chrome.action.getTitle({}))).toBe('Rebound')
    expect((await readStore(s.ext)).contacts).toHaveLength(1)
  })
})
