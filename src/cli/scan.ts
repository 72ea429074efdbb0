/**
 * `npm run --silent scan -- [--csv] PATH...`: reads message files, directories and mbox files and
 * prints one JSON line per message ({"source", "kind", "recipients", "original"}, or
 * {"source", "error"}), or with --csv one row per failed recipient. The run goes on past bad input
 * and ends with status 1 when some input could not be read (usage: src/cli/args.ts).
 *
 * Files are read ahead by a bounded pool (READ_AHEAD files in flight, each into a reused buffer)
 * while the engine parses the current one, so the process is never idle waiting for a read.
 * `npm run scan` runs a prebuilt bundle of this file (src/cli/run.mjs), not tsx.
 */
import { parseBounce } from '../bounce/index'
import type { RecipientReport, Report } from '../bounce/types'
import { parseArgs, USAGE } from './args'
import { csvRow } from './csv'
import { errorText, expandPaths, HEAD_BUFFER_BYTES, messagesOf, messagesOfHead, readHead } from './inputs'
import { useMemoryBlob } from './memory-blob'

const RECIPIENT_FIELDS = ['address', 'action', 'status', 'replyCode', 'reason', 'hard', 'verdict', 'diagnostic', 'remoteMta', 'date'] as const
const CSV_HEADER = ['source', ...RECIPIENT_FIELDS, 'originalMessageId', 'originalSubject', 'originalDate']

/** Files read ahead of the one being parsed: enough to keep the thread pool's 4 threads busy. */
const READ_AHEAD = 8

/** `unreadable`: the input itself could not be had (missing path, permission, read error). */
type Line = { source: string; report: Report } | { source: string; error: string; unreadable?: true }

function jsonLine(line: Line): string {
  if ('error' in line) return JSON.stringify({ source: line.source, error: line.error }) + '\n'
  const { report } = line
  const recipients = report.recipients.map((r: RecipientReport) => {
    const out: Record<string, unknown> = {}
    for (const k of RECIPIENT_FIELDS) out[k] = r[k]
    return out
  })
  return JSON.stringify({ source: line.source, kind: report.kind, recipients, original: report.original }) + '\n'
}

function csvLines(line: Line): string {
  if ('error' in line) return '' // errors have no row; unreadable inputs are named on stderr
  const o = line.report.original
  let rows = ''
  for (const r of line.report.recipients) {
    if (r.action === 'failed') rows += csvRow([line.source, ...RECIPIENT_FIELDS.map((k) => r[k]), o?.messageId ?? '', o?.subject ?? '', o?.date ?? ''])
  }
  return rows
}

/** One file's lines: a file holding one message is named by its path, messages of an mbox get #n. */
async function* linesOf(path: string, messages: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
  // The first message waits until we know whether the file holds more than one.
  let first: Line | null = null
  let n = 0
  try {
    for await (const bytes of messages) {
      n++
      const report = await parseBounce(bytes)
      const line: Line = report.kind === 'error'
        ? { source: `${path}#${n}`, error: report.error }
        : { source: `${path}#${n}`, report }
      if (n === 1) {
        first = line
        continue
      }
      if (first) {
        yield first
        first = null
      }
      yield line
    }
    if (first) yield { ...first, source: path }
    else if (n === 0) yield { source: path, error: 'empty file: not a message' }
  } catch (e) {
    if (first) yield first
    yield { source: n > 0 ? `${path}#${n + 1}` : path, error: `could not read: ${errorText(e)}`, unreadable: true }
  }
}

type Loaded = { path: string; error: string } | { path: string; buffer: Uint8Array; head: Uint8Array } | { path: string; buffer: Uint8Array; failure: unknown }

async function* scan(paths: readonly string[]): AsyncGenerator<Line> {
  const free: Uint8Array[] = []
  const ahead: Promise<Loaded>[] = []
  const inputs = expandPaths(paths)
  let more = true
  const fill = async () => {
    while (more && ahead.length < READ_AHEAD) {
      const next = await inputs.next()
      if (next.done) {
        more = false
        break
      }
      const input = next.value
      if ('error' in input) {
        ahead.push(Promise.resolve(input))
        continue
      }
      const buffer = free.pop() ?? new Uint8Array(HEAD_BUFFER_BYTES)
      ahead.push(readHead(input.path, buffer).then((head) => ({ path: input.path, buffer, head }), (failure) => ({ path: input.path, buffer, failure })))
    }
  }
  await fill()
  while (ahead.length > 0) {
    const loaded = await ahead.shift()!
    await fill()
    if ('error' in loaded) {
      yield { source: loaded.path, error: loaded.error, unreadable: true }
      continue
    }
    if ('failure' in loaded) yield* linesOf(loaded.path, (async function* () { throw loaded.failure })())
    else yield* linesOf(loaded.path, messagesOfHead(loaded.head, loaded.buffer.length) ?? messagesOf(loaded.path))
    free.push(loaded.buffer) // parsed: nothing refers to the buffer any more
  }
}

export interface Output {
  /** Standard output. */
  write(s: string): void
  /** Standard error. */
  warn(s: string): void
  /** True once the reader of standard output has gone (e.g. `| head`): the scan stops quietly. */
  closed(): boolean
}

export async function main(argv: readonly string[], out: Output): Promise<number> {
  const args = parseArgs(argv)
  if (args.kind === 'help') {
    out.write(USAGE)
    return 0
  }
  if (args.kind === 'usage-error') {
    out.warn(`scan: ${args.message}\n${USAGE}`)
    return 2
  }
  if (args.csv) out.write(csvRow(CSV_HEADER))
  let unreadable = 0
  for await (const line of scan(args.paths)) {
    if (out.closed()) return 0
    if ('unreadable' in line) {
      unreadable++
      out.warn(`scan: ${line.source}: ${line.error}\n`)
    }
    out.write(args.csv ? csvLines(line) : jsonLine(line))
  }
  return unreadable > 0 ? 1 : 0
}

/** Standard output in large writes; an EPIPE (the reader went away) ends the run quietly. */
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

export function runFromCommandLine(): void {
  // Node's Blob costs more than MIME parsing itself; this process uses Blobs for nothing else.
  useMemoryBlob()
  const io = stdio()
  main(process.argv.slice(2), io).then((code) => {
    io.flush()
    process.exitCode = code
  })
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/scan.ts')) runFromCommandLine()
