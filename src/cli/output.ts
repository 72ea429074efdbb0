/** The scan command's output formats: one JSON line per message, or CSV rows per failed recipient. */
import type { RecipientReport } from '../bounce/types'
import { csvRow } from './csv'
import type { Line } from './lines'

const RECIPIENT_FIELDS = ['address', 'action', 'status', 'replyCode', 'reason', 'hard', 'verdict', 'diagnostic', 'remoteMta', 'date'] as const
export const CSV_HEADER = csvRow(['source', ...RECIPIENT_FIELDS, 'originalMessageId', 'originalSubject', 'originalDate'])

export function jsonLine(line: Line): string {
  if ('error' in line) return JSON.stringify({ source: line.source, error: line.error }) + '\n'
  const { report } = line
  const recipients = report.recipients.map((r: RecipientReport) => {
    const out: Record<string, unknown> = {}
    for (const k of RECIPIENT_FIELDS) out[k] = r[k]
    return out
  })
  return JSON.stringify({ source: line.source, kind: report.kind, recipients, original: report.original }) + '\n'
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
