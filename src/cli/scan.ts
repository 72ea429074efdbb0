/**
 * `npm run --silent scan -- [--csv] PATH...`: reads message files, directories and mbox files and
 * prints one JSON line per message ({"source", "kind", "recipients", "original"}, or
 * {"source", "error"}), or with --csv one row per failed recipient. The run goes on past bad input.
 */
import { parseBounce } from '../bounce/index'
import type { RecipientReport, Report } from '../bounce/types'
import { csvRow } from './csv'
import { errorText, expandPaths, messagesOf } from './inputs'
import { useMemoryBlob } from './memory-blob'

const RECIPIENT_FIELDS = ['address', 'action', 'status', 'replyCode', 'reason', 'hard', 'verdict', 'diagnostic', 'remoteMta', 'date'] as const
const CSV_HEADER = ['source', ...RECIPIENT_FIELDS, 'originalMessageId', 'originalSubject', 'originalDate']

type Line = { source: string; report: Report } | { source: string; error: string }

function jsonLine(line: Line): string {
  if ('error' in line) return JSON.stringify({ source: line.source, error: line.error }) + '\n'
  const { report } = line
  const recipients = report.recipients.map((r: RecipientReport) => Object.fromEntries(RECIPIENT_FIELDS.map((k) => [k, r[k]])))
  return JSON.stringify({ source: line.source, kind: report.kind, recipients, original: report.original }) + '\n'
}

function csvLines(line: Line): string {
  // Errors have no row; they still go to stderr so nothing is silently skipped.
  if ('error' in line) {
    process.stderr.write(jsonLine(line))
    return ''
  }
  const o = line.report.original
  return line.report.recipients
    .filter((r) => r.action === 'failed')
    .map((r) => csvRow([line.source, ...RECIPIENT_FIELDS.map((k) => r[k]), o?.messageId ?? '', o?.subject ?? '', o?.date ?? '']))
    .join('')
}

async function* scan(paths: readonly string[]): AsyncGenerator<Line> {
  for await (const input of expandPaths(paths)) {
    if ('error' in input) {
      yield { source: input.path, error: input.error }
      continue
    }
    // The first message waits until we know whether the file holds more than one (then sources get #n).
    let first: Line | null = null
    let n = 0
    try {
      for await (const bytes of messagesOf(input.path)) {
        n++
        const report = await parseBounce(bytes)
        const line: Line = report.kind === 'error'
          ? { source: `${input.path}#${n}`, error: report.error }
          : { source: `${input.path}#${n}`, report }
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
      if (first) yield { ...first, source: input.path }
      else if (n === 0) yield { source: input.path, error: 'empty file: not a message' }
    } catch (e) {
      if (first) yield first
      yield { source: n > 0 ? `${input.path}#${n + 1}` : input.path, error: `could not read: ${errorText(e)}` }
    }
  }
}

export async function main(argv: readonly string[], write: (s: string) => void): Promise<number> {
  const csv = argv.includes('--csv')
  const paths = argv.filter((a) => a !== '--csv' && a !== '--')
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent scan -- [--csv] PATH...\n')
    return 2
  }
  if (csv) write(csvRow(CSV_HEADER))
  for await (const line of scan(paths)) write(csv ? csvLines(line) : jsonLine(line))
  return 0
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/scan.ts')) {
  // Node's Blob costs more than MIME parsing itself; this process uses Blobs for nothing else.
  useMemoryBlob()
  const chunks: string[] = []
  let size = 0
  const write = (s: string) => {
    chunks.push(s)
    size += s.length
    if (size > 64 * 1024) flush()
  }
  const flush = () => {
    if (chunks.length) process.stdout.write(chunks.join(''))
    chunks.length = 0
    size = 0
  }
  main(process.argv.slice(2), write).then((code) => {
    flush()
    process.exitCode = code
  })
}
