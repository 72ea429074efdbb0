/**
 * `npm run screenshot`: refreshes docs/screenshot.png, the README's picture of the popup, with the
 * sample notices from the corpus fed through the real service worker (same code as the test).
 */
import { resolve } from 'node:path'
import { launch } from '../test/e2e/harness'
import { feedSample, popupScreenshot } from '../test/e2e/fixtures-popup/screenshot'

const out = resolve(import.meta.dirname, '../docs/screenshot.png')
const browser = await launch()
try {
  await browser.loadExtension()
  const fed = await feedSample(browser)
  const failed = fed.filter((f) => 'error' in f.result)
  if (failed.length) throw new Error(`the worker refused: ${failed.map((f) => f.file).join(', ')}`)
  await popupScreenshot(browser, out)
  console.log(`saved ${out} (${fed.length} sample notices)`)
} finally {
  await browser.close()
}
