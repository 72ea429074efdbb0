/**
 * The options page in Chromium: settings saved and read back after a reload, the backup downloaded
 * as one JSON file and restored after "delete everything", which first asks for confirmation.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'
import { CORPUS, OWN, feed, parseCsv } from './fixtures-popup/feed'

describe('options page, end to end', () => {
  let browser: ExtensionBrowser
  let page: Page
  beforeAll(async () => {
    browser = await launch()
    await browser.loadExtension()
    page = await browser.openPage('src/options/index.html')
    await feed(page, [resolve(CORPUS, 'lhost-postfix-04.eml'), resolve(CORPUS, 'lhost-postfix-45.eml'), resolve(OWN, 'accents.eml')])
  })
  afterAll(async () => browser?.close())

  const counts = async () => {
    const popup = await browser.openPage('src/popup/index.html')
    await popup.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
    const c = await popup.locator('.tab-count').allTextContents()
    await popup.close()
    return c
  }

  it('saves the retry policy, poll period, accounts and CSV separator', async () => {
    await page.locator('[name="backoff"]').fill('2, 4, 8')
    await page.locator('[name="weeks"]').fill('5')
    await page.locator('[name="poll"]').fill('10')
    await page.getByRole('checkbox', { name: 'Gmail account 2' }).check()
    expect(await page.locator('[name="csvSeparator"]').inputValue()).toBe('auto')
    await page.getByRole('combobox', { name: /^CSV separator/ }).selectOption({ label: 'Semicolon (;)' })
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByTestId('settings-form').textContent()).toContain('Saved.')
    await page.reload()
    await expect.poll(() => page.locator('[name="backoff"]').inputValue()).toBe('2, 4, 8')
    expect(await page.locator('[name="weeks"]').inputValue()).toBe('5')
    expect(await page.locator('[name="poll"]').inputValue()).toBe('10')
    expect(await page.getByRole('checkbox', { name: 'Gmail account 2' }).isChecked()).toBe(true)
    expect(await page.locator('[name="csvSeparator"]').inputValue()).toBe('semicolon')
  })

  it('the popup exports with the separator chosen here, even in English', async () => {
    const popup = await browser.openPage('src/popup/index.html')
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()])
    const text = readFileSync((await download.path())!, 'utf8').slice(1)
    const [header, ...body] = parseCsv(text, ';')
    expect(header.slice(0, 3)).toEqual(['email', 'status', 'reason'])
    expect(header).toHaveLength(12)
    expect(body.map((r) => r[0]).sort()).toEqual(['kijitora@example.co.jp', 'marie.helene@societe-exemple.fr'])
    await popup.close()
  })

  it('exports a backup, deletes everything after confirming, and restores the backup', async () => {
    expect(await counts()).toEqual(['2', '1', '0'])
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup' }).click()])
    expect(download.suggestedFilename()).toMatch(/^rebound-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const path = (await download.path())!
    const backup = JSON.parse(readFileSync(path, 'utf8'))
    expect(backup).toMatchObject({ format: 'rebound-backup', version: 1, settings: { retryBackoffDays: [2, 4, 8] } })
    expect(backup.contacts.map((c: { address: string }) => c.address).sort()).toEqual(['kijitora@example.co.jp', 'kijitora@example.net', 'marie.helene@societe-exemple.fr'])

    await page.getByRole('button', { name: 'Delete everything…' }).click()
    await page.getByRole('button', { name: 'Yes, delete everything' }).click()
    await expect.poll(() => page.getByTestId('delete').textContent()).toContain('Everything was deleted.')
    expect(await counts()).toEqual(['0', '0', '0'])

    await page.getByTestId('backup').locator('input[type="file"]').setInputFiles(path)
    await expect.poll(() => page.getByTestId('backup').textContent()).toContain('Backup restored.')
    expect(await counts()).toEqual(['2', '1', '0'])
  })

  it('says clearly when a file is not a backup', async () => {
    await page.getByTestId('backup').locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2, 3]') })
    await expect.poll(() => page.getByTestId('backup').textContent()).toContain('This file could not be restored: it is not a Rebound backup')
  })
})
