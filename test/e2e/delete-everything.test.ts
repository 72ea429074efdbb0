/**
 * "Delete everything" in Chromium (issue 10 part 3): it stops an import running in the options
 * page, clears the badge, and the deleted contacts do not come back, neither from the next polls of
 * a feed that still lists their notice nor when the user opens that notice in Gmail.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { makeMbox } from '../../scripts/make-mbox'
import { corpusMessage, type FakeMessage } from './fake-gmail/messages'
import { threadToken } from './fake-gmail/page'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { lists, readStore, waitForStore } from './fake-gmail/store-read'

const dir = mkdtempSync(join(tmpdir(), 'rebound-e2e-delete-'))
let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const POLL_SECONDS = 3

async function openConversation(page: Page, m: FakeMessage) {
  await page.evaluate((hash) => (location.hash = hash), `#inbox/${threadToken(m)}`)
  await page.locator(`div.adn.ads[data-message-id="#msg-f:${m.id}"]`).waitFor()
}

describe('Delete everything', () => {
  it('stops a running import, clears the badge, and deleted contacts stay deleted', async () => {
    const notice = await corpusMessage('lhost-gmail-01.eml') // userunknown@example.jp, unread: in the feed
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice])
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: POLL_SECONDS })).toEqual({ ok: true })
    const polled = await waitForStore(s.ext, (st) => st.contacts.length === 1)
    expect(lists(polled)).toEqual({ 'userunknown@example.jp': 'remove' })
    await expect.poll(() => s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('1')

    // A long import is running in the options page.
    const mbox = join(dir, 'big.mbox')
    makeMbox({ out: mbox, mb: 120, seed: 3 })
    await s.ext.reload()
    await s.ext.setInputFiles('[data-testid="import-input"]', [mbox])
    await s.ext.waitForSelector('[data-testid="import-progress"]')
    await waitForStore(s.ext, (st) => st.contacts.length > 5)

    await s.ext.locator('[data-testid="delete"] button.danger-button').click()
    await s.ext.locator('[data-testid="delete"] [role="alertdialog"] button.danger-button').click()
    await expect.poll(() => s.ext.locator('[data-testid="delete"] [role="status"]').textContent(), { timeout: 60_000 }).toBe('Everything was deleted.')
    // The import was stopped before the deletion, so nothing it read comes in after it.
    expect(await s.ext.getAttribute('[data-testid="import-summary"]', 'data-status')).toBe('cancelled')
    expect(await s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('')
    expect((await readStore(s.ext)).contacts).toEqual([])

    // The feed still lists the notice: three more polls bring nothing back, and it is not fetched again.
    const feedHits = s.fake.feedHits.get('u/0') ?? 0
    await expect.poll(() => s.fake.feedHits.get('u/0') ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(feedHits + 3)
    const after = await readStore(s.ext)
    expect([after.contacts, after.events]).toEqual([[], []])
    expect(s.fake.sourceHits.get(`u/0:${notice.id}`)).toBe(1)

    // Opened in Gmail, it is read but stays forgotten: no contact, no list in the banner.
    const page = await openGmail(s, 'u/0')
    await openConversation(page, notice)
    await expect.poll(() => page.locator('.rebound-banner .rebound-banner-line').allTextContents(), { timeout: 20_000 }).toEqual([
      'userunknown@example.jp: The address doesn’t exist',
    ])
    expect((await readStore(s.ext)).contacts).toEqual([])
    expect(await s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('')
  })
})
