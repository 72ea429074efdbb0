/**
 * `npm run demo`: Rebound working without Gmail. Opens Debian's Chromium (CHROME_PATH overrides) with
 * the built extension, feeds sample notices from the corpus through the real service worker, and
 * opens the popup. Without a display ($DISPLAY unset) it says so, runs headless, prints what it
 * ingested and the list counts, saves a screenshot and exits.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { IngestResult } from '../src/messages'
import { feed, OWN_SAMPLE, SAMPLE } from '../test/e2e/fixtures-popup/feed'

const DIST = resolve(import.meta.dirname, '../dist')
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
const SHOT = resolve(import.meta.dirname, '../.tmp/demo-popup.png')

if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('no build in dist/: run "npm run demo" (it builds first)')
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROME_PATH`)
const headless = !process.env.DISPLAY
if (headless) console.log('No display ($DISPLAY is not set): running headless; a screenshot will be saved instead.')

const profile = mkdtempSync(join(tmpdir(), 'rebound-demo-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 400, height: 580 } : null,
  ignoreDefaultArgs: ['--disable-extensions'],
  // Loaded through CDP below, as the end-to-end harness does (test/e2e/harness.ts).
  args: ['--no-first-run', '--disable-sync', '--disable-background-networking', '--enable-unsafe-extension-debugging', ...(headless ? ['--no-sandbox', '--disable-gpu'] : [])],
})
try {
  const session = await context.browser()!.newBrowserCDPSession()
  const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: DIST } as never)) as { id: string }
  await session.detach()
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`chrome-extension://${id}/src/popup/index.html`)

  console.log(`Feeding ${SAMPLE.length + OWN_SAMPLE.length} sample notices through the service worker:`)
  for (const { file, result } of await feed(page, [...SAMPLE, ...OWN_SAMPLE])) {
    console.log(`  ${file.padEnd(28)} ${describe(result)}`)
  }
  await page.reload()
  await page.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
  const counts = await page.evaluate(() =>
    Object.fromEntries(['remove', 'retry', 'sending'].map((l) => [l, document.querySelector(`[data-testid="count-${l}"]`)?.textContent])),
  )
  const pending = (await page.getByTestId('pending-note').textContent().catch(() => '')) || 'Pending: 0'
  console.log(`Lists: Remove ${counts.remove} · Retry ${counts.retry} · Sending issues ${counts.sending} · ${pending.split('—')[0].trim()}`)

  if (headless) {
    mkdirSync(resolve(SHOT, '..'), { recursive: true })
    await page.screenshot({ path: SHOT })
    console.log(`Screenshot of the popup: ${SHOT}`)
  } else {
    await page.bringToFront()
    // A popup-sized window, so it looks as it does under the toolbar icon.
    try {
      const cdp = await context.newCDPSession(page)
      const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number }
      await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 440, height: 720 } })
    } catch {
      // Only cosmetic: some window managers refuse; the demo works at any size.
    }
    console.log('The popup is open in the browser window (also under the toolbar\'s puzzle icon). Close the browser to end the demo.')
    await new Promise<void>((done) => context.on('close', () => done()))
  }
} finally {
  await context.close().catch(() => undefined)
  rmSync(profile, { recursive: true, force: true })
}

function describe(result: IngestResult | { error: string }): string {
  if ('error' in result) return `error: ${result.error}`
  const r = result.report
  if (r.kind === 'error') return `could not read: ${r.error}`
  const who = r.recipients.map((x) => `${x.address} (${x.verdict}: ${x.reason})`).join(', ')
  return `${r.kind}${who ? ` — ${who}` : ''}${result.duplicate ? ' [already seen]' : ''}`
}
