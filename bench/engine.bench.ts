/**
 * Engine speed (issue 2 goals: ≥ 3,000 messages/s on one core; engine time ≤ 2× postal-mime alone).
 * The Sisimai corpus (every message, mbox files split) is parsed again and again for at least 5 s,
 * first by postal-mime alone (same options as the engine), then by the whole engine. Prints
 * messages/s, MB/s, peak heap (sampled) and peak RSS for each, and the ratio.
 * Run alone: npx tsx bench/engine.bench.ts [--seconds 5]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../src/bounce/index'
import { splitMbox } from '../src/bounce/mbox'
import { parseMime } from '../src/bounce/mime/parsed-message'

const CORPUS = join(import.meta.dirname, '../test/fixtures/sisimai')
const MB = 2 ** 20

export interface EngineRun { label: string; messages: number; seconds: number; perSecond: number; mbPerSecond: number; peakHeapMb: number; peakRssMb: number }

async function run(label: string, messages: Uint8Array[], seconds: number, parse: (m: Uint8Array) => Promise<unknown>): Promise<EngineRun> {
  const bytes = messages.reduce((n, m) => n + m.length, 0)
  for (const m of messages) await parse(m) // warm-up: JIT, regex compilation
  let count = 0
  let volume = 0
  let peakHeap = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < seconds * 1000) {
    for (const m of messages) await parse(m)
    count += messages.length
    volume += bytes
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
    elapsed = performance.now() - start
  }
  const s = elapsed / 1000
  return {
    label, messages: count, seconds: s, perSecond: count / s, mbPerSecond: volume / MB / s,
    peakHeapMb: peakHeap / MB, peakRssMb: process.resourceUsage().maxRSS / 1024,
  }
}

export async function benchEngine(seconds = 5): Promise<{ mime: EngineRun; engine: EngineRun; ratio: number }> {
  const messages = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()
    .flatMap((f) => splitMbox(new Uint8Array(readFileSync(join(CORPUS, f)))))
  const size = messages.reduce((n, m) => n + m.length, 0)
  console.log(`engine bench: ${messages.length} corpus messages, ${(size / MB).toFixed(2)} MB per round, ≥ ${seconds} s each`)
  const mime = await run('postal-mime alone', messages, seconds, (m) => parseMime(m))
  const engine = await run('engine (parseBounce)', messages, seconds, (m) => parseBounce(m))
  const ratio = mime.perSecond / engine.perSecond
  for (const r of [mime, engine]) {
    console.log(`  ${r.label.padEnd(22)} ${r.perSecond.toFixed(0).padStart(6)} msg/s  ${r.mbPerSecond.toFixed(1).padStart(5)} MB/s  ` +
      `${r.messages} msgs in ${r.seconds.toFixed(1)} s  peak heap ${r.peakHeapMb.toFixed(0)} MB  peak RSS ${r.peakRssMb.toFixed(0)} MB`)
  }
  console.log(`  engine time / postal-mime time: ${ratio.toFixed(2)}× (goal ≤ 2×); engine ${engine.perSecond >= 3000 ? 'meets' : 'misses'} the 3,000 msg/s goal`)
  return { mime, engine, ratio }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--seconds')
  await benchEngine(i > 0 ? Number(process.argv[i + 1]) : 5)
}
