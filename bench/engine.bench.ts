/**
 * Engine speed (issue 2 goals: ≥ 3,000 messages/s on one core; engine time ≤ 2× postal-mime alone).
 * The Sisimai corpus (every message, mbox files split) is parsed again and again for at least 5 s,
 * by postal-mime alone (same options as the engine) and by the whole engine, in alternating rounds;
 * once with Node's Blob and once with the in-memory Blob the scan CLI uses (postal-mime's Blob
 * round-trips dominate in Node). Prints messages/s, MB/s, peak heap (sampled), peak RSS, the ratio.
 * Run alone: npx tsx bench/engine.bench.ts [--seconds 5]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../src/bounce/index'
import { splitMbox } from '../src/bounce/mbox'
import { parseMime } from '../src/bounce/mime/parsed-message'
import { useMemoryBlob } from '../src/bounce/mime/memory-blob'

const CORPUS = join(import.meta.dirname, '../test/fixtures/sisimai')
const MB = 2 ** 20

export interface EngineRun { label: string; messages: number; seconds: number; perSecond: number; mbPerSecond: number; peakHeapMb: number; peakRssMb: number }

interface Tally { count: number; volume: number; ms: number; peakHeap: number }

/** One pass over every message, timed, with the heap sampled at its end. */
async function round(messages: Uint8Array[], bytes: number, tally: Tally, parse: (m: Uint8Array) => Promise<unknown>): Promise<void> {
  const t = performance.now()
  for (const m of messages) await parse(m)
  tally.ms += performance.now() - t
  tally.count += messages.length
  tally.volume += bytes
  tally.peakHeap = Math.max(tally.peakHeap, process.memoryUsage().heapUsed)
}

function result(label: string, t: Tally): EngineRun {
  const s = t.ms / 1000
  return {
    label, messages: t.count, seconds: s, perSecond: t.count / s, mbPerSecond: t.volume / MB / s,
    peakHeapMb: t.peakHeap / MB, peakRssMb: process.resourceUsage().maxRSS / 1024,
  }
}

interface Pair { mime: EngineRun; engine: EngineRun; ratio: number }

export async function benchEngine(seconds = 5): Promise<{ native: Pair; memory: Pair }> {
  const messages = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()
    .flatMap((f) => splitMbox(new Uint8Array(readFileSync(join(CORPUS, f)))))
  const size = messages.reduce((n, m) => n + m.length, 0)
  console.log(`engine bench: ${messages.length} corpus messages, ${(size / MB).toFixed(2)} MB per round, ≥ ${seconds} s each`)
  // Rounds alternate (postal-mime, engine, postal-mime, ...) so a busy machine slows both alike.
  // Twice: with Node's own Blob, then with the in-memory Blob the scan CLI installs (src/bounce/mime/memory-blob.ts).
  const measure = async (blob: string) => {
    const mimeParse = (m: Uint8Array) => parseMime(m)
    for (const m of messages) await parseBounce(m) // warm-up: JIT, regex compilation
    for (const m of messages) await mimeParse(m)
    const a: Tally = { count: 0, volume: 0, ms: 0, peakHeap: 0 }
    const b: Tally = { count: 0, volume: 0, ms: 0, peakHeap: 0 }
    while (a.ms < seconds * 1000 || b.ms < seconds * 1000) {
      await round(messages, size, a, mimeParse)
      await round(messages, size, b, parseBounce)
    }
    const mime = result(`postal-mime alone, ${blob}`, a)
    const engine = result(`engine, ${blob}`, b)
    for (const r of [mime, engine]) {
      console.log(`  ${r.label.padEnd(30)} ${r.perSecond.toFixed(0).padStart(6)} msg/s  ${r.mbPerSecond.toFixed(1).padStart(5)} MB/s  ` +
        `${r.messages} msgs in ${r.seconds.toFixed(1)} s  peak heap ${r.peakHeapMb.toFixed(0)} MB  peak RSS ${r.peakRssMb.toFixed(0)} MB`)
    }
    const ratio = mime.perSecond / engine.perSecond
    console.log(`  ${''.padEnd(30)} engine time / postal-mime time: ${ratio.toFixed(2)}× (goal ≤ 2×); ` +
      `${engine.perSecond >= 3000 ? 'meets' : 'misses'} the 3,000 msg/s goal`)
    return { mime, engine, ratio }
  }
  const native = await measure("Node's Blob")
  const restore = useMemoryBlob()
  const memory = await measure('in-memory Blob (CLI)')
  restore()
  console.log(`  (peak RSS is the whole process's: every run shares it)`)
  return { native, memory }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--seconds')
  await benchEngine(i > 0 ? Number(process.argv[i + 1]) : 5)
}
