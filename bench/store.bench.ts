/**
 * Store ingest throughput in Node with fake-indexeddb (issue 3 goal: ≥ 5,000 events/s).
 * 10,000 bounce events: one recipient per notice, 7,000 distinct addresses (so 3,000 events
 * update a contact that already exists), a mix of hard / soft / sender-side / delayed, ingested
 * the way the importer does it (ingestReports, 500 notices per transaction). A second figure
 * ingests 1,000 notices one by one, as the service worker does.
 * Run alone: npx tsx bench/store.bench.ts (bench/index.ts calls benchStore())
 */
import 'fake-indexeddb/auto'
import { openDb } from '../src/store/db'
import { ingestReport, ingestReports, type IngestItem } from '../src/store/ingest'
import { countLists } from '../src/store/contacts'
import type { RecipientReport, Report } from '../src/bounce/types'

const EVENTS = 10_000
const ADDRESSES = 7_000
const BATCH = 500

const SHAPES: Partial<RecipientReport>[] = [
  { status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', action: 'failed' },
  { status: '4.2.2', replyCode: '452', reason: 'mailboxfull', hard: false, verdict: 'retry', action: 'failed' },
  { status: '5.7.26', replyCode: '550', reason: 'authfailure', hard: false, verdict: 'fix-sending', action: 'failed' },
  { status: '4.4.7', replyCode: '', reason: 'expired', hard: false, verdict: 'pending', action: 'delayed' },
]

function item(i: number, prefix: string): IngestItem {
  const k = i % ADDRESSES
  const address = `contact${k}@domain${k % 613}.example`
  const day = new Date(Date.UTC(2026, 8, 1) + (i % 90) * 86_400_000).toISOString()
  const recipient = {
    address, diagnostic: `smtp; 550 rejected <${address}> (${i})`, remoteMta: `mx${k % 613}.example`, date: day,
    ...SHAPES[i % SHAPES.length],
  } as RecipientReport
  const report: Report = {
    kind: recipient.action === 'delayed' ? 'delay' : 'bounce',
    recipients: [recipient],
    original: { messageId: `<o${i}@sales.example>`, subject: `Prospecting email ${i % 50}`, to: [address], date: day },
    notice: { messageId: `<${prefix}${i}@mx>`, subject: 'Undeliverable', from: 'MAILER-DAEMON', date: day },
    decoder: 'rfc3464',
  }
  return { report, source: { origin: 'import', account: '', id: `${prefix}${i}` } }
}

export async function benchStore(): Promise<{ eventsPerSecond: number; singlePerSecond: number }> {
  const db = openDb(`bench-store-${Date.now()}`)
  await db.open()
  const items = Array.from({ length: EVENTS }, (_, i) => item(i, 'b'))
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  let stored = 0
  for (let i = 0; i < items.length; i += BATCH) stored += (await ingestReports(db, items.slice(i, i + BATCH))).events
  const batchMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  // CPU time as well: on a shared, loaded machine wall time mostly measures the neighbours.
  const cpuMs = (cpu.user + cpu.system) / 1000
  const counts = await countLists(db)
  if (stored !== EVENTS) throw new Error(`stored ${stored} events, expected ${EVENTS}`)

  const singles = Array.from({ length: 1_000 }, (_, i) => item(i, 's'))
  const t1 = performance.now()
  for (const { report, source } of singles) await ingestReport(db, report, source)
  const singleMs = performance.now() - t1
  await db.delete()

  const eventsPerSecond = Math.round((EVENTS / batchMs) * 1000)
  const singlePerSecond = Math.round((singles.length / singleMs) * 1000)
  console.log(
    `store ingest (Node, fake-indexeddb): ${EVENTS} events in ${batchMs.toFixed(0)} ms = ${eventsPerSecond} events/s ` +
      `(goal ≥ 5000: ${eventsPerSecond >= 5000 ? 'met' : 'NOT met'}); CPU time ${cpuMs.toFixed(0)} ms = ` +
      `${Math.round((EVENTS / cpuMs) * 1000)} events per CPU-second; contacts ${JSON.stringify(counts)}`,
  )
  console.log(`store ingest, one notice per transaction: ${singlePerSecond} notices/s`)
  return { eventsPerSecond, singlePerSecond }
}

// Same convention as the other benches: bench/index.ts imports and calls benchStore().
if (import.meta.url === `file://${process.argv[1]}`) await benchStore()
