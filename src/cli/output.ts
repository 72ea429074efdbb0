/** The scan command's output formats: one JSON line per message, or CSV rows per failed recipient. */
import type { RecipientReport } from '../bounce/types'
import { csvRow } from './csv'
import type { Line } from './lines'

const RECIPIENT_FIELDS = ['address', 'action', 'status', 'replyCode', 'reason', 'hard', 'verdict', 'diagnostic', 'remoteMta', 'date'] as const
export const CSV_HEADER = csvRow(['source', ...RECIPIENT_FIELDS, 'originalMessageId', 'originalSubject', 'originalDate'])

function fields(r: RecipientReport): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of RECIPIENT_FIELDS) out[k] = r[k]
  return out
}

/** A recipient the message says was not delivered (now, or yet): the brief's "one report per failed recipient". */
const failedOrDelayed = (r: RecipientReport) => r.action === 'failed' || r.action === 'delayed'

/**
 * `recipients` holds the failed and delayed recipients only; a DSN's delivered, relayed or expanded
 * recipients and a complaint's subject are listed apart, under `others`, when there are any (a
 * script counting `recipients` must not count a success or a complaint as a bounce).
 */
export function jsonLine(line: Line): string {
  if ('error' in line) return JSON.stringify({ source: line.source, error: line.error }) + '\n'
  const { report } = line
  const others = report.recipients.filter((r) => !failedOrDelayed(r)).map(fields)
  const out: Record<string, unknown> = { source: line.source, kind: report.kind, recipients: report.recipients.filter(failedOrDelayed).map(fields), original: report.original }
  if (others.length) out.others = others
  return JSON.stringify(out) + '\n'
}

export function csvLines(line: Line): string {
  if ('error' in line) return '' // errors have no row; unreadable inputs are named on stderr
  const o = line.report.original
  let rows = ''
  for (const r of line.report.recipients) {
    if (r.action === 'failed') rows += csvRow([line.source, ...RECIPIENT_FIELDS.map((k) => r[k]), o?.messageId ?? '', o?.subject ?? '', o?.date ?? ''])
  }
  return rows
}

/** A Line as text in the chosen format, and what stderr should say about it ("" when nothing). */
export function render(line: Line, csv: boolean): { text: string; warning: string } {
  return {
    text: csv ? csvLines(line) : jsonLine(line),
    warning: 'unreadable' in line ? `scan: ${line.source}: ${line.error}\n` : '',
  }
}
