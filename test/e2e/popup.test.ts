/**
 * The popup end to end (issue 3): the built extension in Debian's Chromium, notices from the corpus
 * and from fixtures-popup/ fed through the real service worker, the popup opened as an extension page.
 */
import { readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'
import { CORPUS, OWN, feed, parseCsv, type Fed } from './fixtures-popup/feed'

const corpus = (f: string) => resolve(CORPUS, f)
const own = (f: string) => resolve(OWN, f)

/** Each notice and the one contact it must put in one list (the auto-reply: in none). */
const NOTICES: Array<[file: string, address: string | null, list: 'remove' | 'retry' | 'sending' | 'pending' | null]> = [
  [corpus('lhost-postfix-04.eml'), 'kijitora@example.co.jp', 'remove'],
  [corpus('lhost-exchange2007-01.eml'), 'mikeneko@example.co.jp', 'remove'],
  [corpus('lhost-exim-05.eml'), 'kijitora@neko.example.co.jp', 'remove'],
  [corpus('lhost-postfix-16.eml'), 'kijitora@example.go.jp', 'remove'],
  [own('accents.eml'), 'marie.helene@societe-exemple.fr', 'remove'],
  [own('formula.eml'), '=1+2@formula.example.com', 'remove'],
  [own('html-diagnostic.eml'), 'paul@html-mx.example.net', 'remove'],
  [corpus('lhost-postfix-45.eml'), 'kijitora@example.net', 'retry'],
  [corpus('lhost-exchange2007-02.eml'), 'kijitora@example.edu', 'retry'],
  [corpus('lhost-postfix-70.eml'), 'kijitora@google.example.com', 'sending'],
  [corpus('lhost-exim-01.eml'), 'kijitora@example.ed.jp', 'sending'],
  [corpus('lhost-postfix-39.eml'), 'kijitora@example.com', 'sending'],
  [own('delayed.eml'), 'lena@slow-mx.example.org', 'pending'],
  [corpus('rfc3834-01.eml'), null, null],
]
const expected = (list: string) => NOTICES.filter((n) => n[2] === list).map((n) => n[1]).sort()

async function rows(page: Page): Promise<string[]> {
  return (await page.locator('.row-address').allTextContents()).sort()
}
async function count(page: Page, list: string): Promise<string> {
  return (await page.getByTestId(`count-${list}`).textContent()) ?? ''
}
async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openPage('src/popup/index.html')
  await page.setViewportSize({ width: 400, height: 580 })
  await page.locator('.row, [data-testid="empty"]').first().waitFor()
  // Counts arrive just after the first paint (App.tsx).
  await page.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
  return page
}

describe('popup, end to end', () => {
  let browser: ExtensionBrowser
  let fed: Fed[]
  let popup: Page
  let badgeBefore = ''

  beforeAll(async () => {
    browser = await launch()
    await browser.loadExtension()
    const options = await browser.openPage('src/options/index.html')
    fed = await feed(options, NOTICES.map((n) => n[0]))
    badgeBefore = await options.evaluate(() => chrome.action.getBadgeText({}))
    await options.close()
    popup = await openPopup(browser)
  })
  afterAll(async () => {
    await browser?.close()
    // The restart test relaunches on an explicit profile, which the harness leaves in place.
    if (browser) rmSync(browser.userDataDir, { recursive: true, force: true })
  })

  it('the worker read every notice; the auto-reply flagged nobody', () => {
    for (const f of fed) expect(f.result, f.file).not.toHaveProperty('error')
    const auto = fed.find((f) => f.file === 'rfc3834-01.eml')!.result as { report: { kind: string }; flagged: number }
    expect(auto.report.kind).toBe('autoreply')
    expect(auto.flagged).toBe(0)
  })

  it('shows the right contacts in the right lists with the right counts', async () => {
    expect(await count(popup, 'remove')).toBe('7')
    expect(await count(popup, 'retry')).toBe('2')
    expect(await count(popup, 'sending')).toBe('3')
    await expect.poll(() => rows(popup)).toEqual(expected('remove'))
    await popup.getByRole('tab', { name: /Retry/ }).click()
    await expect.poll(() => rows(popup)).toEqual(expected('retry'))
    for (const meta of await popup.locator('.row-meta').allTextContents()) expect(meta).toMatch(/^(Retry now|Next try [A-Z][a-z]{2} \d{1,2}, \d{4}) · The mailbox is full$/)
    await popup.getByRole('tab', { name: /Sending issues/ }).click()
    await expect.poll(() => rows(popup)).toEqual(expected('sending'))
    expect(await popup.getByTestId('sending-hints').textContent()).toMatch(/^\d contacts? affected\. [A-Z]/)
    expect(await popup.getByTestId('pending-note').textContent()).toContain('Pending: 1')
    await popup.getByTestId('pending-note').click()
    await expect.poll(() => rows(popup)).toEqual(expected('pending'))
    await popup.getByRole('tab', { name: /Remove/ }).click()
  })

  it('opening the popup clears the "newly flagged" badge', async () => {
    expect(badgeBefore).toBe('12')
    // What stays is the two Retry contacts, due since their (old) bounces: issue 11's due count.
    await expect.poll(() => popup.evaluate(() => chrome.action.getTitle({}))).toBe('Rebound — Due to retry: 2')
    expect(await popup.evaluate(() => chrome.action.getBadgeText({}))).toBe('2')
  })

  it('sending the same notice again changes nothing', async () => {
    const again = await feed(popup, [own('formula.eml')])
    expect(again[0].result).toMatchObject({ duplicate: true, flagged: 0 })
    expect(await count(popup, 'remove')).toBe('7')
  })

  it('bulk "mark removed" on a search, then undo', async () => {
    await popup.getByRole('searchbox').fill('example.co.jp')
    await expect.poll(() => rows(popup)).toEqual(['kijitora@example.co.jp', 'kijitora@neko.example.co.jp', 'mikeneko@example.co.jp'])
    await popup.getByTestId('bulk').getByRole('checkbox').check()
    await popup.getByRole('button', { name: 'Mark removed' }).click()
    await expect.poll(() => count(popup, 'remove')).toBe('4')
    await expect.poll(() => rows(popup)).toEqual([])
    expect(await popup.getByTestId('snackbar').textContent()).toContain('Marked removed: 3')
    await expect.poll(() => popup.getByTestId('cleared-note').textContent()).toBe('Done: 3')
    await popup.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => popup.getByTestId('cleared-note').count()).toBe(0)
    await expect.poll(() => count(popup, 'remove')).toBe('7')
    await expect.poll(() => rows(popup)).toHaveLength(3)
    await popup.getByRole('searchbox').fill('')
  })

  it('ignore one contact of Retry as a false alarm, and undo', async () => {
    await popup.getByRole('tab', { name: /Retry/ }).click()
    await popup.getByRole('checkbox', { name: 'Select kijitora@example.edu' }).check()
    await popup.getByRole('button', { name: 'False alarm' }).click()
    await expect.poll(() => count(popup, 'retry')).toBe('1')
    await expect.poll(() => rows(popup)).toEqual(['kijitora@example.net'])
    await popup.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => rows(popup)).toEqual(expected('retry'))
    await popup.getByRole('tab', { name: /Remove/ }).click()
  })

  it('select several contacts of Sending issues, ignore them, and undo', async () => {
    await popup.getByRole('tab', { name: /Sending issues/ }).click()
    await popup.getByRole('checkbox', { name: 'Select kijitora@example.com' }).check()
    await popup.getByRole('checkbox', { name: 'Select kijitora@example.ed.jp' }).check()
    expect(await popup.getByTestId('bulk').textContent()).toContain('Selected: 2')
    await popup.getByRole('button', { name: 'False alarm' }).click()
    await expect.poll(() => rows(popup)).toEqual(['kijitora@google.example.com'])
    expect(await count(popup, 'sending')).toBe('1')
    await popup.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => rows(popup)).toEqual(expected('sending'))
    await popup.getByRole('tab', { name: /Remove/ }).click()
  })

  it('the detail view shows the server text as text', async () => {
    await popup.getByText('paul@html-mx.example.net').click()
    const detail = popup.getByTestId('detail')
    const diagnostic = await detail.locator('[data-field="diagnostic"]').textContent()
    expect(diagnostic).toContain('<script>alert(document.cookie)</script>')
    // The only links are Rebound's own two Gmail links (issue 11), never markup from the notice.
    expect(await detail.locator('script, img, a:not([data-link]), b, p.x').count()).toBe(0)
    expect(await detail.locator('a[data-link]').evaluateAll((as) => as.every((a) => (a as HTMLAnchorElement).href.startsWith('https://mail.google.com/mail/u/')))).toBe(true)
    expect(await detail.locator('[data-field="status"] dd').textContent()).toBe('5.1.1')
    expect(await detail.locator('[data-field="subject"] dd').textContent()).toBe('Follow-up: pricing')
    expect(await detail.locator('[data-field="reason"]').textContent()).toBe('The address doesn’t exist')
    await popup.getByRole('button', { name: 'Back' }).click()
  })

  it('exports the Remove list as CSV, read back cell by cell', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^rebound-remove-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM for Excel
    const text = bytes.toString('utf8').slice(1)
    const [header, ...body] = parseCsv(text)
    expect(header.slice(0, 8)).toEqual(['email', 'status', 'reason', 'code', 'last bounce date', 'bounce count', 'next retry date', 'subject'])
    expect(header.slice(-2)).toEqual(['reason code', 'account'])
    // Automatic separator in an English browser: a comma, every row as wide as the header.
    expect(body.every((r) => r.length === header.length)).toBe(true)
    const col = (name: string) => header.indexOf(name)
    const byEmail = new Map(body.map((r) => [r[col('email')], r]))
    expect(body).toHaveLength(7)
    // Formula-like address neutralised with a leading apostrophe; subject starting with + too.
    const formula = byEmail.get("'=1+2@formula.example.com")!
    expect(formula[col('status')]).toBe('remove')
    expect(formula[col('subject')]).toBe("'+33 quick call, tomorrow?")
    // Accents survive the round trip.
    const accents = byEmail.get('marie.helene@societe-exemple.fr')!
    expect(accents[col('subject')]).toBe('Réunion à Besançon — l’offre « été » pour Hélène')
    expect(accents[col('code')]).toBe('5.1.1 550')
    expect(accents[col('last bounce date')]).toBe('2026-11-17')
    expect(accents[col('bounce count')]).toBe('1')
    expect(accents[col('next retry date')]).toBe('')
    // HTML stays inert text; its quotes and commas are quoted per RFC 4180.
    const html = byEmail.get('paul@html-mx.example.net')!
    expect(html[col('server message')]).toContain('"see" <a href="https://help.example.net/?a=1&b=2">our help</a>, <b>please</b> check')
    expect(html[col('server message')]).toContain('<script>alert(document.cookie)</script>')
    expect(text).toContain('""see""')
    // The reason in the popup's words; the engine's key beside it for CRMs and scripts.
    expect(byEmail.get('kijitora@example.go.jp')![col('reason')]).toBe('The person has moved to another address')
    expect(byEmail.get('kijitora@example.go.jp')![col('reason code')]).toBe('hasmoved')
    expect(accents[col('reason')]).toBe('The address doesn’t exist')
    expect(accents[col('reason code')]).toBe('userunknown')
  })

  it('copies the addresses of the list on screen', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await popup.getByRole('tab', { name: /Sending issues/ }).click()
    await popup.getByRole('button', { name: 'Copy addresses' }).click()
    await expect.poll(() => popup.getByTestId('snackbar').textContent()).toContain('Copied addresses: 3')
    const copied = await popup.evaluate(() => navigator.clipboard.readText())
    expect(copied.split('\n').sort()).toEqual(expected('sending'))
  })

  it('updates live while open: a notice the worker reads appears without a reload', async () => {
    await popup.getByRole('tab', { name: /Remove/ }).click()
    const other = await browser.openPage('src/options/index.html')
    await feed(other, [corpus('lhost-exchange2007-06.eml')])
    await other.close()
    await expect.poll(() => count(popup, 'remove')).toBe('8')
    await expect.poll(() => rows(popup)).toContain('transports@agglo-saumur.fr')
  })

  it('keeps the data across a browser restart with the same profile', async () => {
    const dir = browser.userDataDir
    await browser.close({ keepProfile: true })
    browser = await launch({ userDataDir: dir })
    await browser.loadExtension()
    popup = await openPopup(browser)
    await expect.poll(() => count(popup, 'remove')).toBe('8')
    expect(await count(popup, 'retry')).toBe('2')
    expect(await count(popup, 'sending')).toBe('3')
    await expect.poll(() => rows(popup)).toEqual([...expected('remove'), 'transports@agglo-saumur.fr'].sort())
  })
})
