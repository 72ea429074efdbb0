/**
 * Issue 10, end to end: forged and genuine notices (test/fixtures/trust/notices.ts), served by the
 * fake Gmail with the headers real Gmail adds, read by the real service worker (feed poll) and the
 * Gmail page (a notice opened from Spam). No forged address may reach Remove, Retry, Sending
 * issues, the badge or the CSV export; genuine ones land in their lists; accepting one from the
 * popup's "To review" view moves it.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT, trustTable } from '../fixtures/trust/notices'
import { deliveredMessage, type FakeMessage } from './fake-gmail/messages'
import { threadToken } from './fake-gmail/page'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { lists, readStore, waitForStore } from './fake-gmail/store-read'
import type { ReviewNotice } from '../../src/store/types'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

function readReviews(page: Page): Promise<ReviewNotice[]> {
  return page.evaluate(
    () =>
      new Promise<ReviewNotice[]>((resolve, reject) => {
        const open = indexedDB.open('rebound')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('reviews')) return db.close(), resolve([])
          const req = db.transaction('reviews', 'readonly').objectStore('reviews').getAll()
          req.onsuccess = () => (db.close(), resolve(req.result))
          req.onerror = () => reject(req.error)
        }
      }),
  )
}

async function exportCsv(popup: Page): Promise<string> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()])
  return readFileSync((await download.path())!).toString('utf8')
}

describe('trust end to end (issue 10)', () => {
  it('forged notices reach no list, badge or export; genuine ones do; accepting one from review moves it', async () => {
    const table = trustTable()
    const messages = new Map<string, FakeMessage & { unread?: boolean }>()
    for (const c of table) messages.set(c.name, { ...(await deliveredMessage(c.raw)), unread: !c.inSpam })
    const spam = table.find((c) => c.inSpam)!
    session = await startSession((fake) => void fake.account('u/0', ACCOUNT, [...messages.values()]))
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: 3 })).toEqual({ ok: true })
    // Gmail's inbox feed never lists Spam: that notice is opened from the Spam folder in the page.
    const page = await openGmail(s, 'u/0', `#spam/${threadToken(messages.get(spam.name)!)}`)
    await expect.poll(() => page.locator('.rebound-banner .rebound-banner-line').first().textContent(), { timeout: 30_000 }).toMatch(/^Not verified \(it is in your Spam folder\): nothing was moved/)

    const stored = await waitForStore(s.ext, (st) => st.notices.length >= table.length, 60_000)
    expect(stored.notices).toHaveLength(table.length)
    const genuine = table.filter((c) => c.expect.level === 'trusted')
    const forged = table.filter((c) => c.expect.level === 'unverified')
    expect(lists(stored)).toEqual(Object.fromEntries(genuine.flatMap((c) => c.addresses.map((a) => [a, c.list!])).sort()))
    const forgedAddresses = new Set(forged.flatMap((c) => c.addresses))
    expect(stored.events.filter((e) => forgedAddresses.has(e.address))).toEqual([])
    expect(stored.events.every((e) => e.trust === 'trusted' && e.reporter)).toBe(true)

    // Each forged notice waits for review with its reason; at most 5 addresses from one.
    const reviews = await readReviews(s.ext)
    const byReason = Object.fromEntries(reviews.map((r) => [r.reason + ':' + r.events[0]?.address, r.events.length]))
    expect(Object.keys(byReason).sort()).toEqual(forged.map((c) => `${c.expect.reason}:${c.addresses[0]}`).sort())
    expect(Math.max(...reviews.map((r) => r.events.length))).toBe(5)
    expect(reviews.find((r) => r.reason === 'bulk')?.recipients).toBeGreaterThan(900)
    expect(await s.ext.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(genuine.length))

    // The popup: lists and export hold only genuine addresses.
    const popup = await s.browser.openPage('src/popup/index.html')
    await expect.poll(() => popup.locator('[data-testid="count-remove"]').textContent()).toBe('2')
    expect(await popup.locator('[data-testid="count-retry"]').textContent()).toBe('1')
    expect(await popup.locator('[data-testid="count-sending"]').textContent()).toBe('0')
    const csv = await exportCsv(popup)
    for (const a of forgedAddresses) expect(csv).not.toContain(a)
    expect(csv).toContain('jane.doe@acme-corp.example')
    expect(csv).toContain('bob.smith@contoso-prospect.example')

    // "To review": the reason in plain words, the reporting domain, one click to accept.
    await popup.getByTestId('review-note').click()
    await expect.poll(() => popup.getByTestId('review-item').count()).toBe(forged.length)
    const item = popup.locator('[data-testid="review-item"]', { hasText: 'cfo@bigprospect.example' })
    expect(await item.locator('[data-field="reporter"]').textContent()).toBe('Reported by otherorg.example')
    expect(await item.locator('[data-field="why"]').textContent()).toBe('Why: the returned message was not sent from your account')
    await item.getByRole('button', { name: 'Accept' }).click()
    await expect.poll(() => popup.getByTestId('review-item').count()).toBe(forged.length - 1)
    const spoofItem = popup.locator('[data-testid="review-item"]', { hasText: 'ceo@bigprospect.example' }).filter({ hasText: 'authentication' })
    await spoofItem.getByRole('button', { name: 'Dismiss' }).click()
    await expect.poll(() => popup.getByTestId('review-item').count()).toBe(forged.length - 2)
    await popup.getByRole('tab', { name: /Remove/ }).click()
    await expect.poll(() => popup.locator('[data-testid="count-remove"]').textContent()).toBe('3')
    const after = await readStore(s.ext)
    expect(after.contacts.find((c) => c.address === 'cfo@bigprospect.example')).toMatchObject({ list: 'remove' })
    expect(after.events.find((e) => e.address === 'cfo@bigprospect.example')).toMatchObject({ trust: 'accepted', reporter: 'otherorg.example' })
    expect(await exportCsv(popup)).toContain('cfo@bigprospect.example')

    // The detail view says who reported the bounce and whether it was verified.
    await popup.locator('.row[data-address="bob.smith@contoso-prospect.example"] .row-main').click()
    await expect.poll(() => popup.locator('[data-field="reporter"] dd').textContent()).toBe('contoso-prospect.example (verified)')
  })
})
