/**
 * `npm run --silent scan -- [--csv] [--jobs N] PATH...`: reads message files, directories and mbox files and
 * prints one JSON line per message ({"source", "kind", "recipients", "original"}, or
 * {"source", "error"}), or with --csv one row per failed recipient. The run goes on past bad input
 * and ends with status 1 when some input could not be read (usage and flags: src/cli/args.ts).
 *
 * `npm run scan` runs a prebuilt bundle of this file (src/cli/run.mjs), not tsx. From the command
 * line, more than a batch of files is spread over worker threads (src/cli/workers.ts) when the
 * machine has more than 2 cores or --jobs asks for it.
 */
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { parseArgs, USAGE } from './args'
import { expandPaths, type Input } from './inputs'
import { scanInputs } from './lines'
import { useMemoryBlob } from '../bounce/mime/memory-blob'
import { CSV_HEADER, render } from './output'
import { BATCH_FILES, runInWorkers, serveBatches, type Sink } from './workers'

export type Output = Sink

export interface Options {
  /** Worker threads to spread the files over; 0 or 1 parses in this thread. */
  workers?: number
  /** The module a worker runs (this file, or the bundle built from it). */
  workerScript?: URL
}

export async function main(argv: readonly string[], out: Output, options: Options = {}): Promise<number> {
  const args = parseArgs(argv)
  if (args.kind === 'help') {
    out.write(USAGE)
    return 0
  }
  if (args.kind === 'usage-error') {
    out.warn(`scan: ${args.message}\n${USAGE}`)
    return 2
  }
  if (args.csv) out.write(CSV_HEADER)
  const inputs = expandPaths(args.paths)
  // Workers pay for themselves only past one batch: a few files are read in this thread.
  const first: Input[] = []
  let more = true
  while (first.length <= BATCH_FILES) {
    const next = await inputs.next()
    if (next.done) {
      more = false
      break
    }
    first.push(next.value)
  }
  const count = Math.min(args.jobs ?? options.workers ?? 0, 16)
  if (more && count > 1 && options.workerScript) {
    const workers = Array.from({ length: count }, () => new Worker(options.workerScript!, { workerData: { reboundScanWorker: true } }))
    const outcome = await runInWorkers(first, inputs, args.csv, out, workers)
    return outcome === 'closed' ? 0 : outcome > 0 ? 1 : 0
  }
  let unreadable = 0
  for await (const line of scanInputs(more ? (async function* () { yield* first; yield* inputs })() : first)) {
    if (out.closed()) return 0
    const { text, warning } = render(line, args.csv)
    if (warning) {
      unreadable++
      out.warn(warning)
    }
    out.write(text)
  }
  return unreadable > 0 ? 1 : 0
}

/** Standard output in large writes; an EPIPE (the reader went away, e.g. `| head`) ends the run quietly. */
function stdio(): Output & { flush(): void } {
  let pending = ''
  let closed = false
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
    closed = true
  })
  const flush = () => {
    if (pending && !closed) process.stdout.write(pending)
    pending = ''
  }
  return {
    write(s) {
      pending += s
      if (pending.length > 256 * 1024) flush()
    },
    warn(s) {
      process.stderr.write(s)
    },
    closed: () => closed,
    flush,
  }
}

/**
 * Parsing threads when --jobs is not given. On 2 cores the second is already busy with V8's compile
 * and GC threads and the file reads (measured: ~1.4 s of their CPU per 3.3 s of parsing on the
 * corpus ×10), so a second parsing thread only competes with them; with more cores it has room.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores > 2 ? Math.min(cores, 8) : 1
}

export function runFromCommandLine(): void {
  // Node's Blob costs more than MIME parsing itself; this process uses Blobs for nothing else.
  useMemoryBlob()
  const io = stdio()
  main(process.argv.slice(2), io, { workers: defaultJobs(), workerScript: new URL(import.meta.url) }).then((code) => {
    io.flush()
    process.exitCode = code
  })
}

if (!isMainThread && (workerData as { reboundScanWorker?: boolean } | null)?.reboundScanWorker && parentPort) {
  useMemoryBlob()
  serveBatches(parentPort)
} else if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/scan.ts')) {
  runFromCommandLine()
}
