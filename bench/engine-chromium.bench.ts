/**
 * Engine speed in Chromium (issue 9), the path the extension runs: its service worker and parse
 * workers install the in-memory Blob (src/bounce/mime/memory-blob.ts) that postal-mime fills with every
 * MIME part. Debian's Chromium (playwright-core, headless) opens a
 * plain page holding the engine bundled by vite and the corpus's messages (every message, mbox
 * files split, as bench/engine.bench.ts); then postal-mime alone (same options as the engine) and
 * the whole engine parse them in alternating rounds for at least N seconds each. Prints messages/s,
 * MB/s, the ratio, the page's peak JS heap. Goals: ≥ 3,000 msg/s; engine time ≤ 2× postal-mime's.
 * Then the same with the browser's own Blob, for comparison.
 * Run alone: npx tsx bench/engine-chromium.bench.ts [--seconds 5]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { browserBundle } from './browser-bundle'
import { splitMbox } from '../src/bounce/mbox'
import { CHROMIUM } from '../test/e2e/harness'

const ROOT = resolve(import.meta.dirname, '..')
const CORPUS = join(ROOT, 'test/fixtures/sisimai')
const ORIGIN = 'http://rebound-bench.invalid'
const MB = 2 ** 20

/** parseBounce, parseMime (and the CLI's in-memory Blob, for comparison) as one IIFE that sets globalThis.reboundEngine, built for the browser. */
const engineBundle = () =>
  browserBundle('reboundEngine', {
    'src/bounce/index.ts': ['parseBounce'],
    'src/bounce/mime/parsed-message.ts': ['parseMime'],
    'src/bounce/mime/memory-blob.ts': ['useMemoryBlob'],
  }, true)

/**
 * Runs in the page (a string: tsx would add helpers to a serialised function). Rounds alternate
 * (postal-mime, engine, postal-mime, ...) so a busy machine slows both alike.
 */
const PAGE_RUN = `async (seconds, memoryBlob) => {
  const bytes = new Uint8Array(await (await fetch('/corpus.bin')).arrayBuffer())
  const offsets = await (await fetch('/offsets.json')).json()
  const messages = offsets.map(([a, b]) => bytes.slice(a, b))
  const size = messages.reduce((n, m) => n + m.length, 0)
  const { parseBounce, parseMime, useMemoryBlob } = globalThis.reboundEngine
  const restore = memoryBlob ? useMemoryBlob() : () => {}
  const tally = () => ({ count: 0, ms: 0 })
  const round = async (t, parse) => {
    const start = performance.now()
    for (const m of messages) await parse(m)
    t.ms += performance.now() - start
    t.count += messages.length
  }
  let peakHeap = 0
  const heap = () => { peakHeap = Math.max(peakHeap, performance.memory ? performance.memory.usedJSHeapSize : 0) }
  let kinds = {}
  for (const m of messages) { const r = await parseBounce(m); kinds[r.kind] = (kinds[r.kind] || 0) + 1 } // warm-up, and a check
  for (const m of messages) await parseMime(m)
  const mime = tally()
  const engine = tally()
  while (mime.ms < seconds * 1000 || engine.ms < seconds * 1000) {
    await round(mime, parseMime)
    await round(engine, parseBounce)
    heap()
  }
  const blob = String(Blob).includes('[native code]')
  restore()
  return { messages: messages.length, size, mime, engine, peakHeap, kinds, blob }
}`

export interface ChromiumEngineRun { perSecond: number; mimePerSecond: number; ratio: number }

export async function benchEngineChromium(seconds = 5): Promise<ChromiumEngineRun> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()
  const messages = files.flatMap((f) => splitMbox(new Uint8Array(readFileSync(join(CORPUS, f)))))
  const corpus = Buffer.concat(messages)
  const offsets: [number, number][] = []
  for (let at = 0, i = 0; i < messages.length; at += messages[i].length, i++) offsets.push([at, at + messages[i].length])
  const code = await engineBundle()
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] })
  try {
    const page = await browser.newPage()
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/corpus.bin') return route.fulfill({ body: corpus, contentType: 'application/octet-stream' })
      if (path === '/offsets.json') return route.fulfill({ body: JSON.stringify(offsets), contentType: 'application/json' })
      if (path === '/engine.js') return route.fulfill({ body: code, contentType: 'text/javascript' })
      return route.fulfill({ body: '<!doctype html><title>engine bench</title><script src="/engine.js"></script>', contentType: 'text/html' })
    })
    await page.goto(`${ORIGIN}/`)
    console.log(`engine in Chromium ${browser.version()}: ${messages.length} corpus messages, ${(corpus.length / MB).toFixed(2)} MB per round, ≥ ${seconds} s each`)
    // The extension's worker and parse workers install the in-memory Blob (src/bounce/mime/memory-blob.ts):
    // that is the path it runs. The browser's own Blob follows for comparison: the difference is what
    // postal-mime's Blob round-trips through Chromium's blob registry cost.
    let own: ChromiumEngineRun | null = null
    for (const memoryBlob of [true, false]) {
      const r = await page.evaluate(`(${PAGE_RUN})(${seconds}, ${memoryBlob})`) as {
        messages: number; size: number; mime: { count: number; ms: number }; engine: { count: number; ms: number }
        peakHeap: number; kinds: Record<string, number>; blob: boolean
      }
      if (r.blob === memoryBlob) throw new Error('the page did not run with the Blob asked for')
      const blob = memoryBlob ? 'in-memory Blob' : "browser's Blob"
      const bytesPerMessage = r.size / r.messages
      const line = (label: string, t: { count: number; ms: number }) => {
        const perSecond = t.count / (t.ms / 1000)
        console.log(`  ${label.padEnd(36)} ${perSecond.toFixed(0).padStart(6)} msg/s  ${(perSecond * bytesPerMessage / MB).toFixed(1).padStart(5)} MB/s  ${t.count} msgs in ${(t.ms / 1000).toFixed(1)} s`)
        return perSecond
      }
      const mimePerSecond = line(`postal-mime alone, ${blob}`, r.mime)
      const perSecond = line(`engine, ${blob}`, r.engine)
      const ratio = mimePerSecond / perSecond
      console.log(`  ${''.padEnd(36)} engine time / postal-mime time: ${ratio.toFixed(2)}× (goal ≤ 2×); ` +
        `${perSecond >= 3000 ? 'meets' : 'misses'} the 3,000 msg/s goal; page's peak JS heap ${(r.peakHeap / MB).toFixed(0)} MB`)
      if (memoryBlob) {
        own = { perSecond, mimePerSecond, ratio }
        console.log(`  (kinds on the warm-up pass: ${Object.entries(r.kinds).map(([k, n]) => `${k} ${n}`).join(', ')})`)
      }
    }
    return own!
  } finally {
    await browser.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--seconds')
  await benchEngineChromium(i > 0 ? Number(process.argv[i + 1]) : 5)
}
