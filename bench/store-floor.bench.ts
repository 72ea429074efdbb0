/**
 * How far the store's ingest is from what IndexedDB itself costs in Chromium (issue 3: ≥ 5,000
 * events/s). Each round, in a fresh browser with the built extension, in an extension page:
 * - ingest: popup.bench.ts's 10,000 bounce events through the store's ingestReports, 500 notices
 *   per transaction (the figure popup.bench.ts prints);
 * - floor: the very rows that ingest wrote (events, contacts, the notices' rows; read back from a
 *   first, untimed ingest into another database) added with bare IndexedDB into the store's schema,
 *   one transaction per 500 notices, no read, no logic: what any ingest storing these rows pays;
 * - floor, contacts unindexed: the floor without the contacts' four secondary indexes (flaggedAt,
 *   [list+nextRetryAt], [list+lastBounceAt], [domain+reason]; all four are queried): what they cost;
 * - events by the batch: the floor with each transaction's events in one row (a unique multiEntry
 *   index on their keys, a multiEntry index on their addresses) instead of one row each: what a
 *   schema that stored events like the notices (db.ts v4) would pay.
 * Rounds alternate the three, so the machine's noise falls on all alike; CPU time of the browser's
 * processes (IndexedDB's backend runs in the browser process) is read from /proc. Prints figures;
 * not a timed test. Run alone: npx tsx bench/store-floor.bench.ts (FLOOR_ROUNDS=5 for more rounds than 3)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { browserBundle } from './browser-bundle'
import { popupBenchItems } from './popup-items'
import { DIST, launch } from '../test/e2e/harness'

const EVENTS = 10_000
const BATCH = 500
const ROOT = resolve(import.meta.dirname, '..')
const MODES = ['ingest', 'floor', 'floor, contacts unindexed', 'events by the batch'] as const
type Mode = (typeof MODES)[number]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** CPU ms (user + system) of the processes started for `profile` (its command line names it) and their descendants, by process type. */
function cpuByProcess(profile: string): Record<string, number> {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
      // utime and stime, in clock ticks (100 per second on Linux).
      return [{ pid, ppid: fields[1], ms: (Number(fields[11]) + Number(fields[12])) * 10, cmd }]
    } catch {
      return [] // gone meanwhile
    }
  })
  const ours = new Set(procs.filter((p) => p.cmd.includes(profile)).map((p) => p.pid))
  for (let grew = true; grew;) {
    grew = false
    for (const p of procs) if (!ours.has(p.pid) && ours.has(p.ppid)) (ours.add(p.pid), (grew = true))
  }
  const out: Record<string, number> = {}
  for (const p of procs) {
    if (!ours.has(p.pid)) continue
    const type = /--type=(\S+)/.exec(p.cmd)?.[1] ?? 'browser'
    out[type] = (out[type] ?? 0) + p.ms
  }
  return out
}

interface Round {
  ms: number
  cpu: Record<string, number>
}

async function round(code: string, mode: Mode): Promise<Round> {
  const browser = await launch()
  try {
    await browser.loadExtension()
    const page = await browser.openPage('src/options/index.html')
    await page.evaluate(code)
    // The rows are made before the clock starts; only the writing is timed.
    await page.evaluate(
      async ({ items, batch, mode }) => {
        const { openDb, ingestReports } = (globalThis as any).reboundBench
        const g = globalThis as any
        if (mode === 'ingest') {
          g.benchRun = async () => {
            const db = openDb()
            await db.open()
            let stored = 0
            const t0 = performance.now()
            for (let i = 0; i < items.length; i += batch) stored += (await ingestReports(db, items.slice(i, i + batch))).events
            const ms = performance.now() - t0
            db.close()
            if (stored !== items.length) throw new Error(`stored ${stored} events`)
            return ms
          }
          return
        }
        // The rows ingest writes, per transaction: batch b holds notices b*500 … b*500+499.
        const model = openDb('rebound-bench-rows')
        await model.open()
        for (let i = 0; i < items.length; i += batch) await ingestReports(model, items.slice(i, i + batch))
        const per = Array.from({ length: items.length / batch }, () => ({ events: [] as any[], contacts: [] as any[], notices: [] as any[] }))
        const contacts = new Map((await model.contacts.toArray()).map((c: any) => [c.address, c]))
        for (const e of await model.events.toArray()) {
          const b = per[Math.floor(Number(/^mid:n(\d+)@mx\|/.exec(e.key)![1]) / batch)]
          b.events.push(e)
          b.contacts.push(contacts.get(e.address))
        }
        ;(await model.noticeBatches.toArray()).forEach((row: any, b: number) => per[b].notices.push({ keys: row.keys, notices: row.notices }))
        model.close()
        const idb: IDBDatabase = await new Promise((ok) => {
          if (mode === 'floor') {
            const db = openDb()
            db.open().then(() => ok(db.backendDB()))
            return
          }
          // The store's schema (db.ts SCHEMA_V6), less the contacts' secondary indexes or with events in one row per transaction.
          const open = indexedDB.open(`rebound-bench-${mode.replace(/\W+/g, '-')}`)
          open.onupgradeneeded = () => {
            const d = open.result
            const c = d.createObjectStore('contacts', { keyPath: 'address' })
            if (mode === 'events by the batch') {
              c.createIndex('flaggedAt', 'flaggedAt')
              c.createIndex('[list+nextRetryAt]', ['list', 'nextRetryAt'])
              c.createIndex('[list+lastBounceAt]', ['list', 'lastBounceAt'])
              c.createIndex('[domain+reason]', ['domain', 'reason'])
              const e = d.createObjectStore('eventBatches', { keyPath: 'id', autoIncrement: true })
              e.createIndex('keys', 'keys', { unique: true, multiEntry: true })
              e.createIndex('addresses', 'addresses', { multiEntry: true })
            } else d.createObjectStore('events', { keyPath: 'key' }).createIndex('address', 'address')
            d.createObjectStore('noticeBatches', { keyPath: 'id', autoIncrement: true }).createIndex('keys', 'keys', { unique: true, multiEntry: true })
          }
          open.onsuccess = () => ok(open.result)
        })
        const batched = mode === 'events by the batch'
        g.benchRun = async () => {
          const t0 = performance.now()
          for (const b of per) {
            await new Promise<void>((ok, fail) => {
              const tx = idb.transaction([batched ? 'eventBatches' : 'events', 'contacts', 'noticeBatches'], 'readwrite')
              for (const n of b.notices) tx.objectStore('noticeBatches').add(n)
              if (batched) tx.objectStore('eventBatches').add({ keys: b.events.map((e) => e.key), addresses: [...new Set(b.events.map((e) => e.address))], events: b.events })
              else for (const e of b.events) tx.objectStore('events').add(e)
              for (const c of b.contacts) tx.objectStore('contacts').add(c)
              tx.oncomplete = () => ok()
              tx.onerror = () => fail(tx.error)
            })
          }
          return performance.now() - t0
        }
      },
      { items: popupBenchItems(EVENTS), batch: BATCH, mode },
    )
    const before = cpuByProcess(browser.userDataDir)
    const ms = (await page.evaluate('benchRun()')) as number
    const after = cpuByProcess(browser.userDataDir)
    const cpu = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, v]) => (v as number) > 0))
    return { ms, cpu }
  } finally {
    await browser.close()
  }
}

export async function benchStoreFloor(rounds = 3): Promise<Record<Mode, number>> {
  if (!existsSync(join(DIST, 'manifest.json'))) await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST } })
  const code = await browserBundle('reboundBench', { 'src/store/db.ts': ['openDb'], 'src/store/ingest.ts': ['ingestReports'] })
  const runs = Object.fromEntries(MODES.map((m) => [m, [] as Round[]])) as Record<Mode, Round[]>
  for (let r = 0; r < rounds; r++) {
    for (const mode of MODES) {
      const x = await round(code, mode)
      runs[mode].push(x)
      console.log(`  round ${r + 1}, ${mode}: ${Math.round(x.ms)} ms, CPU ${JSON.stringify(x.cpu)}`)
    }
  }
  console.log(`store ingest against IndexedDB's own cost (Chromium, ${EVENTS} events, ${BATCH} notices per transaction, ${rounds} rounds)`)
  const out = {} as Record<Mode, number>
  for (const mode of MODES) {
    const rates = runs[mode].map((x) => Math.round(EVENTS / (x.ms / 1000)))
    const cpu = (type: string) => median(runs[mode].map((x) => x.cpu[type] ?? 0))
    const total = median(runs[mode].map((x) => Object.values(x.cpu).reduce((a, b) => a + b, 0)))
    out[mode] = median(rates)
    console.log(`  ${mode}: median ${median(rates)} events/s [${rates.join(', ')}]; CPU median ${total} ms (browser ${cpu('browser')}, page ${cpu('renderer')})`)
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStoreFloor(Number(process.env.FLOOR_ROUNDS ?? 3))
