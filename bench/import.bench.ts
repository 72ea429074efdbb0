/**
 * Mailbox import rate and memory (issue 5 goal: ≥ 50 MB/s, memory independent of the file's size).
 * Generates two mboxes (200 and 400 MB, scripts/make-mbox.ts) in a temp dir and imports each:
 *  1. in Chromium through the options page (the real Web Worker; needs `npm run build`): wall time
 *     from picking the file to the summary, and the peak resident memory of the extension's renderer
 *     process (options page + import worker + service worker), sampled from /proc every 50 ms;
 *  2. in Node on the same code path (runImport + real engine + store on fake-indexeddb): rate and the
 *     peak of heap + array buffers, sampled every 20 ms.
 * Run alone: npx tsx bench/import.bench.ts [--sizes 200,400] [--node-only]
 */
import 'fake-indexeddb/auto'
import { existsSync, mkdtempSync, openAsBlob, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { makeMbox } from '../scripts/make-mbox'
import { runImport } from '../src/import/importer'
import { storeDeps } from '../src/import/store-deps'
import { openDb } from '../src/store/db'

const MB = 2 ** 20

export interface ImportBenchRow {
  /** 'chromium-1': Chromium pinned to one core, so the import worker parses in its own thread (no engine workers). */
  where: 'chromium' | 'chromium-1' | 'node'
  sizeMb: number
  seconds: number
  mbPerSecond: number
  /** chromium: peak RSS of the extension renderer; node: peak heapUsed + arrayBuffers. */
  peakMb: number
  notices: number
  /** chromium: the renderer's RSS with the options page open, before the import. */
  baseMb?: number
  /** chromium: peak of the import workers' JS heaps + array buffers (CDP Runtime.getHeapUsage), summed. */
  workerPeakMb?: number
  /** Milliseconds the importer spent in the engine and in store writes (summed over engine workers). */
  parseMs: number
  storeMs: number
}

async function inNode(path: string, sizeMb: number): Promise<ImportBenchRow> {
  const db = openDb(`bench-import-${sizeMb}-${Date.now()}`)
  globalThis.gc?.()
  let peak = 0
  const sample = () => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.heapUsed + m.arrayBuffers)
  }
  const timer = setInterval(sample, 20)
  const t = performance.now()
  const s = await runImport([{ name: 'bench.mbox', blob: await openAsBlob(path) }], storeDeps(db), { cancelled: false, onProgress: sample })
  const seconds = (performance.now() - t) / 1000
  clearInterval(timer)
  sample()
  db.close()
  return { where: 'node', sizeMb, seconds, mbPerSecond: s.bytesRead / MB / seconds, peakMb: peak / MB, notices: s.notices, parseMs: s.parseMs, storeMs: s.storeMs }
}

/** Resident memory (kB) of a process, 0 once it is gone. */
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Renderer processes of the Chromium whose profile is `userDataDir` (the extension's is among them). */
function renderers(userDataDir: string): number[] {
  // Zygote-forked processes rewrite their argv into one space-separated string: search it as text.
  const cmd = (pid: string) => {
    try {
      return ` ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')} `
    } catch {
      return ''
    }
  }
  const all = readdirSync('/proc').filter((p) => /^\d+$/.test(p))
  const main = all.find((p) => cmd(p).includes(` --user-data-dir=${userDataDir} `) && !cmd(p).includes(' --type='))
  if (!main) return []
  const parent = (pid: string) => {
    try {
      return /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    } catch {
      return undefined
    }
  }
  const descends = (pid: string): boolean => {
    for (let p: string | undefined = pid, i = 0; p && p !== '1' && i < 10; p = parent(p), i++) if (p === main) return true
    return false
  }
  return all.filter((p) => cmd(p).includes(' --type=renderer ') && descends(p)).map(Number)
}

/**
 * Samples the JS heap and array buffers of the page's dedicated workers (the import worker and its
 * engine workers) through CDP every 100 ms; stop() gives the peak of their sum in bytes.
 */
async function workerHeapSampler(context: BrowserContext, page: Page): Promise<{ stop(): number }> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Target.setDiscoverTargets', { discover: true })
  const sessions = new Map<string, string>() // targetId → sessionId
  const latest = new Map<string, number>() // sessionId → bytes
  let peak = 0
  let nextId = 1
  cdp.on('Target.receivedMessageFromTarget' as never, (e: { sessionId: string; message: string }) => {
    const m = JSON.parse(e.message) as { result?: { totalSize?: number; backingStorageSize?: number } }
    if (m.result?.totalSize === undefined) return
    latest.set(e.sessionId, m.result.totalSize + (m.result.backingStorageSize ?? 0))
    peak = Math.max(peak, [...latest.values()].reduce((a, b) => a + b, 0))
  })
  let stopped = false
  const tick = async () => {
    if (stopped) return
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] }
      for (const t of targetInfos.filter((t) => t.type === 'worker' && !sessions.has(t.targetId))) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string }
        sessions.set(t.targetId, sessionId)
      }
      for (const [targetId, sessionId] of sessions) {
        const message = JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' })
        await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never).catch(() => {
          sessions.delete(targetId) // the worker has ended
          latest.delete(sessionId)
        })
      }
    } catch {
      // The page is closing.
    }
    if (!stopped) setTimeout(tick, 100)
  }
  void tick()
  return {
    stop() {
      stopped = true
      return peak
    },
  }
}

async function inChromium(path: string, sizeMb: number, oneCore = false): Promise<ImportBenchRow> {
  const { launch } = await import('../test/e2e/harness')
  const browser = await launch(oneCore ? { cpus: '0' } : {})
  try {
    await browser.loadExtension()
    const page = await browser.openPage('src/options/index.html')
    await page.waitForSelector('[data-testid="import-input"]')
    const pids = renderers(browser.userDataDir)
    const before = Math.max(...pids.map(rssKb))
    let peak = 0
    const timer = setInterval(() => {
      // The extension's renderer is the biggest one during the import; report its peak.
      for (const pid of pids) peak = Math.max(peak, rssKb(pid))
    }, 50)
    const heap = await workerHeapSampler(browser.context, page)
    const t = performance.now()
    await page.setInputFiles('[data-testid="import-input"]', path)
    await page.waitForSelector('[data-testid="import-summary"]', { timeout: 600_000 })
    const seconds = (performance.now() - t) / 1000
    clearInterval(timer)
    const workerPeakMb = heap.stop() / MB
    const { notices, parseMs, storeMs } = await page.evaluate(() => {
      const summary = document.querySelector('[data-testid="import-summary"]')!
      return {
        notices: [...document.querySelectorAll('[data-testid^="import-kind-"]')].reduce((n, e) => n + Number(e.getAttribute('data-count')), 0),
        parseMs: Number(summary.getAttribute('data-parse-ms')),
        storeMs: Number(summary.getAttribute('data-store-ms')),
      }
    })
    const bytes = (await openAsBlob(path)).size
    return { where: oneCore ? 'chromium-1' : 'chromium', sizeMb, seconds, mbPerSecond: bytes / MB / seconds, peakMb: peak / 1024, baseMb: before / 1024, workerPeakMb, notices, parseMs, storeMs }
  } finally {
    await browser.close()
  }
}

export async function benchImport(options: { sizes?: number[]; nodeOnly?: boolean } = {}): Promise<ImportBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-bench-import-'))
  const rows: ImportBenchRow[] = []
  const withChromium = !options.nodeOnly && existsSync(join(import.meta.dirname, '../dist/manifest.json'))
  try {
    const sizes = options.sizes ?? [200, 400]
    for (const sizeMb of sizes) {
      const path = join(dir, `${sizeMb}.mbox`)
      makeMbox({ out: path, mb: sizeMb, seed: 1 })
      if (withChromium) rows.push(await inChromium(path, sizeMb))
      // One core, the smallest size only: the path a single-core machine takes (src/import/worker.ts).
      if (withChromium && sizeMb === sizes[0]) rows.push(await inChromium(path, sizeMb, true))
      rows.push(await inNode(path, sizeMb))
      rmSync(path)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log('import (issue 5 goal: ≥ 50 MB/s, memory flat in file size)')
  for (const r of rows) {
    const mem = r.where !== 'node'
      ? `workers' peak heap+buffers ${r.workerPeakMb!.toFixed(0)} MB; renderer RSS ${r.baseMb!.toFixed(0)} MB before, peak`
      : 'peak heap+buffers'
    console.log(`  ${r.where.padEnd(10)} ${String(r.sizeMb).padStart(4)} MB: ${r.mbPerSecond.toFixed(1).padStart(6)} MB/s (${r.seconds.toFixed(1)} s), ${mem} ${r.peakMb.toFixed(0)} MB, ${r.notices} notices (waiting on the engine ${(r.parseMs / 1000).toFixed(1)} s summed, store ${(r.storeMs / 1000).toFixed(1)} s)`)
  }
  if (!withChromium && !options.nodeOnly) console.log('  (no dist/: run `npm run build` for the Chromium figures)')
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  await benchImport({ sizes: arg('sizes')?.split(',').map(Number), nodeOnly: process.argv.includes('--node-only') })
}
