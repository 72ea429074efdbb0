/**
 * Launches Debian's Chromium with the built extension (dist/) loaded, per shared/BROWSER-TESTING.md.
 * Every end-to-end test starts here; site fakes (Gmail, Outlook, Gmail API) add their routes on
 * `context` before `loadExtension()` so the worker's first fetches are intercepted too.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// REBOUND_DIST: build elsewhere (e.g. `vite build --outDir .tmp/dist-x`) so parallel builds don't clobber a run.
export const DIST = process.env.REBOUND_DIST ? resolve(process.env.REBOUND_DIST) : resolve(import.meta.dirname, '../../dist')
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'

export interface LaunchOptions {
  /** Reuse a profile (to test that data survives a browser restart). */
  userDataDir?: string
  /** Browser UI language, e.g. 'fr'. */
  locale?: string
  /** Extra command-line switches (e.g. --host-resolver-rules). */
  args?: string[]
  /** Another build to load (e.g. the Gmail API test build); default dist/. */
  dist?: string
  /**
   * Pin the browser to these CPUs (a taskset list, e.g. '0'), so that it sees that many cores
   * (Chromium's navigator.hardwareConcurrency follows the process's CPU affinity on Linux).
   */
  cpus?: string
}

/** A launcher that starts Chromium under taskset (util-linux), pinned to `cpus`. */
function pinnedChromium(dir: string, cpus: string): string {
  const path = join(dir, 'chromium-pinned.sh')
  writeFileSync(path, `#!/bin/sh\nexec taskset -c ${cpus} ${CHROMIUM} "$@"\n`)
  chmodSync(path, 0o755)
  return path
}

export interface ExtensionBrowser {
  context: BrowserContext
  userDataDir: string
  /** Loads dist/ (call after adding routes); returns the extension id and its worker. */
  loadExtension(): Promise<{ extensionId: string; worker: Worker }>
  /** Opens an extension page, e.g. 'src/popup/index.html'. */
  openPage(path: string): Promise<Page>
  extensionId(): string
  worker(): Promise<Worker>
  /** Stops the service worker (as Chromium does to an idle one); the next event restarts it. */
  stopWorker(): Promise<void>
  close(opts?: { keepProfile?: boolean }): Promise<void>
}

export async function launch(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no build in ${dist}: run "npm run build" first`)
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'rebound-e2e-'))
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--enable-unsafe-extension-debugging',
    ...(options.locale ? [`--lang=${options.locale}`] : []),
    ...(options.args ?? []),
  ]
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.cpus ? pinnedChromium(mkdtempSync(join(tmpdir(), 'rebound-pinned-')), options.cpus) : CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: options.locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    env: { ...process.env, ...(options.locale ? { LANGUAGE: options.locale, LANG: `${options.locale}_FR.UTF-8` } : {}) },
  })
  let id = ''

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`))
    if (existing) return existing
    return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${id}/`), timeout: 30_000 })
  }

  return {
    context,
    userDataDir,
    async loadExtension() {
      const already = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      if (already) {
        // A reused profile loads the extension again by itself at start-up.
        id = new URL(already.url()).host
        return { extensionId: id, worker: already }
      }
      const cdp = await context.browser()?.newBrowserCDPSession?.()
      if (cdp) {
        const { id: loaded } = (await cdp.send('Extensions.loadUnpacked' as never, { path: dist } as never)) as { id: string }
        id = loaded
      } else {
        // Persistent contexts have no browser object: use a page's CDP session instead.
        const page = context.pages()[0] ?? (await context.newPage())
        const session = await context.newCDPSession(page)
        const { id: loaded } = (await session.send('Extensions.loadUnpacked' as never, { path: dist } as never)) as { id: string }
        id = loaded
        await session.detach()
      }
      return { extensionId: id, worker: await findWorker() }
    },
    async openPage(path: string) {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${id}/${path}`)
      return page
    },
    extensionId: () => id,
    worker: findWorker,
    async stopWorker() {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${id}/src/options/index.html`)
      const session = await context.newCDPSession(page)
      await session.send('ServiceWorker.enable')
      await session.send('ServiceWorker.stopAllWorkers')
      await session.detach()
      await page.close()
    },
    async close(opts = {}) {
      await context.close()
      if (!opts.keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
