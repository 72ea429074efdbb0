/**
 * The popup after the review of issue 11, part 4, in Chromium: axe-core finds no violation in any
 * state (light and dark), the keyboard works (tabs, focus back to the row, Undo), the Sending-issue
 * hints show whole, a search says where its matches are, and exports take the selection.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from './axe'
import { launch, type ExtensionBrowser } from './harness'
import { CORPUS, OWN, feed, parseCsv } from './fixtures-popup/feed'

const NOTICES = [
  resolve(CORPUS, 'lhost-postfix-04.eml'), resolve(CORPUS, 'lhost-exchange2007-01.eml'), resolve(CORPUS, 'lhost-exim-05.eml'),
  resolve(CORPUS, 'lhost-postfix-16.eml'), resolve(OWN, 'accents.eml'), resolve(OWN, 'formula.eml'),
  resolve(CORPUS, 'lhost-postfix-45.eml'), resolve(CORPUS, 'lhost-exchange2007-02.eml'),
  resolve(CORPUS, 'lhost-postfix-70.eml'), resolve(CORPUS, 'lhost-exim-01.eml'), resolve(CORPUS, 'lhost-postfix-39.eml'),
  resolve(OWN, 'delayed.eml'),
]

async function openPopup(browser: ExtensionBrowser, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage()
  await page.emulateMedia({ colorScheme: scheme })
  await page.setViewportSize({ width: 400, height: 580 })
  await page.goto(`chrome-extension://${browser.extensionId()}/src/popup/index.html`)
  await page.locator('.row, [data-testid="empty"]').first().waitFor()
  await page.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
  return page
}
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null
  return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}:${el.textContent?.trim().slice(0, 40) ?? ''}` : ''
})
const rows = async (page: Page) => (await page.locator('.row-address').allTextContents()).sort()

describe('popup review fixes, end to end', () => {
  let browser: ExtensionBrowser
  let popup: Page

  beforeAll(async () => {
    browser = await launch()
    await browser.loadExtension()
    const options = await browser.openPage('src/options/index.html')
    await feed(options, NOTICES)
    await options.close()
    popup = await openPopup(browser)
  })
  afterAll(async () => browser?.close())

  it('axe-core: no violation in any popup state, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = scheme === 'light' ? popup : await openPopup(browser, 'dark')
      const states: Record<string, string[]> = {}
      states.remove = await axeViolations(page)
      await page.getByRole('tab', { name: /Retry/ }).click()
      await expect.poll(() => page.locator('.row').count()).toBe(2)
      states.retry = await axeViolations(page)
      await page.locator('.row-check').first().check()
      states.selection = await axeViolations(page)
      await page.locator('.export-menu > summary').click()
      states.exportMenu = await axeViolations(page)
      await page.locator('.export-menu > summary').click()
      await page.locator('.row-check').first().uncheck()
      await page.getByRole('tab', { name: /Sending issues/ }).click()
      await page.getByTestId('sending-hints').waitFor()
      await page.locator('.hints-toggle').click()
      states.sendingHints = await axeViolations(page)
      await page.getByTestId('pending-note').click()
      await expect.poll(() => rows(page)).toEqual(['lena@slow-mx.example.org'])
      states.pending = await axeViolations(page)
      await page.getByRole('tab', { name: /Remove/ }).click()
      await page.getByRole('searchbox').fill('example.net')
      await page.getByTestId('search-elsewhere').waitFor()
      states.search = await axeViolations(page)
      await page.getByRole('searchbox').fill('')
      await page.locator('.row-main').first().click()
      await page.getByTestId('detail').waitFor()
      states.detail = await axeViolations(page)
      await page.getByRole('button', { name: 'False alarm' }).click()
      await page.getByTestId('snackbar').waitFor()
      states.snackbar = await axeViolations(page)
      await page.getByRole('button', { name: 'Undo' }).click()
      await expect.poll(() => page.getByTestId('snackbar').textContent()).toBe('Undone.')
      for (const [state, found] of Object.entries(states)) expect(found, `${scheme} ${state}`).toEqual([])
      if (page !== popup) await page.close()
    }
  })

  it('axe-core: no violation on the options page, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(`chrome-extension://${browser.extensionId()}/src/options/index.html`)
      await page.getByTestId('settings-form').waitFor()
      expect(await axeViolations(page), `${scheme} options`).toEqual([])
      await page.getByRole('button', { name: 'Delete everything…' }).click()
      expect(await axeViolations(page), `${scheme} options, delete question`).toEqual([])
      await page.close()
    }
  })

  it('tabs follow the ARIA pattern: one tab stop, arrows and Home/End move and select', async () => {
    const tabs = popup.getByRole('tab')
    expect(await tabs.evaluateAll((els) => els.map((e) => [e.getAttribute('tabindex'), e.getAttribute('aria-controls')]))).toEqual([['0', 'list-panel'], ['-1', 'list-panel'], ['-1', 'list-panel']])
    await popup.getByRole('tab', { name: /Remove/ }).focus()
    await popup.keyboard.press('ArrowRight')
    expect(await focused(popup)).toMatch(/^button:tab:Retry/)
    expect(await popup.getByRole('tab', { name: /Retry/ }).getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => rows(popup)).toEqual(['kijitora@example.edu', 'kijitora@example.net'])
    await popup.keyboard.press('End')
    expect(await focused(popup)).toMatch(/^button:tab:Sending issues/)
    await popup.keyboard.press('ArrowRight')
    expect(await focused(popup)).toMatch(/^button:tab:Remove/)
    expect(await popup.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-remove')
    expect(await popup.locator('main').count()).toBe(1)
  })

  it('focus returns to the row a detail was opened from (Back and Escape)', async () => {
    await expect.poll(() => popup.locator('.row').count()).toBe(6)
    const third = (await popup.locator('.row-address').allTextContents())[2]
    await popup.locator('.row-main').nth(2).focus()
    await popup.keyboard.press('Enter')
    await popup.getByTestId('detail').waitFor()
    await popup.keyboard.press('Escape')
    await expect.poll(() => focused(popup)).toContain(`button::${third}`)
    await popup.keyboard.press('Enter')
    await popup.getByRole('button', { name: 'Back' }).click()
    await expect.poll(() => focused(popup)).toContain(`button::${third}`)
  })

  it('after an action Undo has the focus, stays while focused, and Enter undoes', async () => {
    await popup.clock.install()
    await popup.locator('.row-check').first().check()
    await popup.getByRole('button', { name: 'False alarm' }).click()
    await expect.poll(() => focused(popup)).toBe('button::Undo')
    await popup.clock.fastForward(30_000)
    expect(await popup.getByTestId('snackbar').isVisible()).toBe(true)
    await popup.keyboard.press('Enter')
    await expect.poll(() => popup.getByTestId('snackbar').textContent()).toBe('Undone.')
    await expect.poll(() => popup.locator('.row').count()).toBe(6)
    await expect.poll(() => focused(popup)).toMatch(/^button::/)
  })

  it('the detail view keeps its buttons clear of the snackbar', async () => {
    await popup.locator('.row-main').first().click()
    await popup.getByTestId('detail').waitFor()
    await popup.locator('.detail').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    const buttons = await popup.locator('.detail-actions').boundingBox()
    const snack = await popup.getByTestId('snackbar').boundingBox()
    if (snack) expect(buttons!.y + buttons!.height).toBeLessThanOrEqual(snack.y)
    await popup.getByRole('button', { name: 'Back' }).click()
  })

  it('Sending-issue hints: a space after the count, and the third hint and "Show less" in view', async () => {
    await popup.getByRole('tab', { name: /Sending issues/ }).click()
    const hints = popup.getByTestId('sending-hints')
    // innerText is what the page shows (a clamped box once ate the space after "1.").
    expect(await hints.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/^\d contacts? affected\. [A-Z]/)
    await popup.locator('.hints-toggle').click()
    const all = popup.locator('.sending-hints .hint')
    await expect.poll(() => all.count()).toBeGreaterThanOrEqual(3)
    for (const el of [all.nth(2), popup.getByRole('button', { name: 'Show less' })]) {
      await el.scrollIntoViewIfNeeded()
      const box = (await el.boundingBox())!
      const panel = (await popup.locator('.hints-list').boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(580)
      if ((await el.getAttribute('class')) === 'hint') expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height + 1)
    }
    await popup.getByRole('button', { name: 'Show less' }).click()
    await popup.getByRole('tab', { name: /Remove/ }).click()
  })

  it('a delayed notice says the server is still trying, and a long French reason wraps', async () => {
    await popup.getByTestId('pending-note').click()
    expect(await popup.locator('.row-meta').first().textContent()).toMatch(/^Delayed: the sending server is still trying/)
    expect(await popup.locator('.row-meta').first().getAttribute('title')).toMatch(/^Delayed/)
    await popup.getByTestId('pending-note').click()
  })

  it('search looks in every list and says where the matches are', async () => {
    await popup.getByRole('searchbox').fill('example.edu')
    await expect.poll(() => popup.getByTestId('empty').textContent()).toBe('No contact in this list matches the search.')
    await popup.getByRole('button', { name: 'Retry (1 contact)' }).click()
    await expect.poll(() => rows(popup)).toEqual(['kijitora@example.edu'])
    await popup.getByRole('searchbox').fill('')
    await popup.getByRole('tab', { name: /Remove/ }).click()
  })

  it('exports take the selection: CSV, a suppression list and a Salesforce file', async () => {
    await expect.poll(() => popup.locator('.row').count()).toBe(6)
    await popup.getByRole('checkbox', { name: 'Select kijitora@example.co.jp' }).check()
    await popup.getByRole('checkbox', { name: 'Select marie.helene@societe-exemple.fr' }).check()
    const take = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([popup.waitForEvent('download'), click()])
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '') }
    }
    const csv = await take(() => popup.getByRole('button', { name: 'Export CSV' }).click())
    expect(parseCsv(csv.text).slice(1).map((r) => r[0]).sort()).toEqual(['kijitora@example.co.jp', 'marie.helene@societe-exemple.fr'])
    const menu = popup.locator('.export-menu > summary')
    await menu.click()
    const list = await take(() => popup.getByRole('button', { name: /^Suppression list/ }).click())
    expect(list.name).toMatch(/^rebound-remove-suppression-\d{4}-\d{2}-\d{2}\.txt$/)
    expect(list.text.trim().split('\r\n').sort()).toEqual(['kijitora@example.co.jp', 'marie.helene@societe-exemple.fr'])
    await menu.click()
    const sf = await take(() => popup.getByRole('button', { name: /^Salesforce/ }).click())
    const [header, ...body] = parseCsv(sf.text)
    expect(header).toEqual(['Email', 'EmailBouncedReason', 'EmailBouncedDate'])
    expect(body).toHaveLength(2)
    expect(body.find((r) => r[0] === 'marie.helene@societe-exemple.fr')![2]).toMatch(/^2026-11-17T\d{2}:\d{2}:\d{2}Z$/)
    await popup.locator('.bulk input[type="checkbox"]').first().uncheck()
  })
})
