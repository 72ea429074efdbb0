/** Takes the popup screenshot in Chromium (the README's docs/screenshot.png comes from the same code). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'
import { feedSample, popupScreenshot } from './fixtures-popup/screenshot'

describe('popup screenshot', () => {
  let browser: ExtensionBrowser
  const dir = mkdtempSync(join(tmpdir(), 'rebound-shot-'))
  beforeAll(async () => {
    browser = await launch()
    await browser.loadExtension()
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('renders the sample data and saves a 2× PNG of the popup', async () => {
    const fed = await feedSample(browser)
    expect(fed.filter((f) => 'error' in f.result)).toEqual([])
    const path = join(dir, 'popup.png')
    const page = await popupScreenshot(browser, path)
    expect(Number(await page.getByTestId('count-remove').textContent())).toBeGreaterThan(5)
    expect(Number(await page.getByTestId('count-retry').textContent())).toBeGreaterThan(1)
    expect(Number(await page.getByTestId('count-sending').textContent())).toBeGreaterThan(1)
    const png = readFileSync(path)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // IHDR width and height: the popup's 400×580 CSS pixels at 2×.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 1160])
  })
})
