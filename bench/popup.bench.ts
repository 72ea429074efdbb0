/**
 * The popup's two figures from issue 3, measured in Debian's Chromium with the built extension:
 * - ingesting 10,000 bounce events into the store inside the extension (the store's bulk
 *   ingestReports, 500 notices per transaction, as the importer does) → events/s, goal ≥ 5,000;
 * - opening the popup on those 10,000 contacts → time to first list paint, read back from the
 *   popup's own performance.mark('rebound:first-list-paint'), goal ≤ 150 ms.
 * The store code is bundled on the fly and evaluated in an extension page (same origin, same
 * IndexedDB as the popup). Prints figures; not a timed test. Run alone: npx tsx bench/popup.bench.ts
 * (builds dist/ first if it is missing).
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build, type Rollup } from 'vite'
import { DIST, launch } from '../test/e2e/harness'

const EVENTS = 10_000
const BATCH = 500
const OPENINGS = 7
const ROOT = resolve(import.meta.dirname, '..')

/** The store's ingestReports and openDb as one IIFE that sets globalThis.reboundBench. */
async function storeBundle(): Promise<string> {
  const entry = '\0rebound-bench-entry'
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [{
      name: 'bench-entry',
      enforce: 'pre',
      resolveId: (id) => (id.endsWith('rebound-bench-entry') ? entry : null),
      load: (id) => (id === entry
        ? `export { openDb } from ${JSON.stringify(resolve(ROOT, 'src/store/db.ts'))}\nexport { ingestReports } from ${JSON.stringify(resolve(ROOT, 'src/store/ingest.ts'))}`
        : null),
    }],
    build: { write: false, minify: false, lib: { entry: 'rebound-bench-entry', formats: ['iife'], name: 'reboundBench' } },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput
  const output = Array.isArray(out) ? out[0] : out
  return (output.output[0] as Rollup.OutputChunk).code
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function benchPopup(): Promise<{ eventsPerSecond: number; firstPaintMs: number }> {
  // `npm run bench` does not build; the extension is needed here.
  if (!existsSync(join(DIST, 'manifest.json'))) await build({ root: ROOT, logLevel: 'warn' })
  const code = await storeBundle()
  const browser = await launch(process.env.BENCH_PROFILE ? { userDataDir: process.env.BENCH_PROFILE } : {})
  try {
    await browser.loadExtension()
    const page = await browser.openPage('src/options/index.html')
    await page.evaluate(code)
    const ingest = await page.evaluate(
      async ({ events, batch }) => {
        const { openDb, ingestReports } = (globalThis as any).reboundBench
        const shapes = [
          { status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', action: 'failed' },
          { status: '4.2.2', replyCode: '452', reason: 'mailboxfull', hard: false, verdict: 'retry', action: 'failed' },
          { status: '5.7.26', replyCode: '550', reason: 'authfailure', hard: false, verdict: 'fix-sending', action: 'failed' },
          { status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', action: 'failed' },
        ]
        const items = Array.from({ length: events }, (_, i) => {
          const address = `contact${i}@company${i % 997}.example`
          const date = new Date(Date.UTC(2026, 8, 1) + (i % 80) * 86_400_000).toISOString()
          return {
            report: {
              kind: 'bounce',
              recipients: [{ address, diagnostic: `550 rejected <${address}>`, remoteMta: `mx${i % 997}.example`, date, ...shapes[i % 4] }],
              original: { messageId: `<o${i}@sales.example>`, subject: `Intro call ${i % 40}`, to: [address], date },
              notice: { messageId: `<n${i}@mx>`, subject: 'Undeliverable', from: 'MAILER-DAEMON', date },
              decoder: 'rfc3464',
            },
            source: { origin: 'import', account: '', id: `bench-${i}` },
          }
        })
        const db = openDb()
        await db.open()
        const t0 = performance.now()
        let stored = 0
        for (let i = 0; i < items.length; i += batch) stored += (await ingestReports(db, items.slice(i, i + batch))).events
        const ms = performance.now() - t0
        const contacts = await db.contacts.count()
        db.close()
        return { ms, stored, contacts }
      },
      { events: EVENTS, batch: BATCH },
    )
    if (ingest.stored !== EVENTS) throw new Error(`stored ${ingest.stored} events, expected ${EVENTS}`)
    await page.close()

    const paints: number[] = []
    const starts: number[] = []
    for (let i = 0; i < OPENINGS; i++) {
      const popup = await browser.openPage('src/popup/index.html')
      await popup.setViewportSize({ width: 400, height: 580 })
      const ms = await popup.waitForFunction(() => performance.getEntriesByName('rebound:first-list-paint')[0]?.startTime, undefined, { timeout: 30_000 })
      paints.push((await ms.jsonValue()) as number)
      starts.push(await popup.evaluate(() => performance.getEntriesByName('rebound:script-start')[0]?.startTime ?? NaN))
      const rows = await popup.locator('.row').count()
      if (!rows || rows > 40) throw new Error(`popup drew ${rows} rows`)
      await popup.close()
      // Let the previous opening's work settle (its full-list read, the worker's badge count), as
      // between two real openings.
      await new Promise((r) => setTimeout(r, 1500))
    }
    const eventsPerSecond = Math.round(EVENTS / (ingest.ms / 1000))
    const firstPaintMs = Math.round(median(paints))
    console.log(`popup bench (Chromium, built extension, ${ingest.contacts} contacts)`)
    console.log(`  store ingest in the extension: ${EVENTS} events in ${Math.round(ingest.ms)} ms = ${eventsPerSecond} events/s (goal ≥ 5000)`)
    console.log(`  popup first list paint: median ${firstPaintMs} ms over ${OPENINGS} openings [${paints.map(Math.round).join(', ')}] (goal ≤ 150)`)
    console.log(`    of which loading the page and its scripts: median ${Math.round(median(starts))} ms; store reads and render: ${Math.round(median(paints.map((p, i) => p - starts[i])))} ms`)
    return { eventsPerSecond, firstPaintMs }
  } finally {
    await browser.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPopup()
