/**
 * The README's picture of the popup: sample notices from the corpus fed through the worker, the popup
 * at its real size, at 2× for sharp text. Used by popup-screenshot.test.ts and scripts/screenshot.ts.
 */
import { writeFileSync } from 'node:fs'
import type { CDPSession, Page } from 'playwright-core'
import type { ExtensionBrowser } from '../harness'
import { feed, OWN_SAMPLE, SAMPLE, type Fed } from './feed'

export const POPUP_SIZE = { width: 400, height: 580 }

/** Feeds the sample notices (once per profile: a second feed only finds duplicates). */
export async function feedSample(browser: ExtensionBrowser): Promise<Fed[]> {
  const page = await browser.openPage('src/options/index.html')
  try {
    return await feed(page, [...SAMPLE, ...OWN_SAMPLE])
  } finally {
    await page.close()
  }
}

export async function openPopupAt2x(browser: ExtensionBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.openPage('src/popup/index.html')
  const cdp = await browser.context.newCDPSession(page)
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...POPUP_SIZE, deviceScaleFactor: 2, mobile: false })
  await page.locator('.row').first().waitFor()
  // Counts and the full list arrive just after the first paint.
  await page.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
  return { page, cdp }
}

export async function popupScreenshot(browser: ExtensionBrowser, path: string): Promise<Page> {
  const { page, cdp } = await openPopupAt2x(browser)
  // Through CDP: Playwright's own screenshot ignores the 2× override made on this session.
  const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, ...POPUP_SIZE, scale: 1 } })) as { data: string }
  writeFileSync(path, Buffer.from(shot.data, 'base64'))
  return page
}
