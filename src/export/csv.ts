/**
 * CSV export of a contact list: RFC 4180 (fields quoted when they hold a comma, quote, CR or
 * LF; quotes doubled; CRLF line ends), UTF-8 with a BOM so Excel reads accents right.
 *
 * Formula injection: a cell starting with = + - @ (or tab / CR, which Excel strips before
 * evaluating) is prefixed with ' so spreadsheet apps show it as text (OWASP "CSV Injection").
 *
 * Labels: the header and status words are English by default; the popup may pass translated
 * ones (chrome.i18n) through `labels`. Dates are written as YYYY-MM-DD (UTC).
 */
import type { Contact, ContactList } from '../store/types'

export const BOM = '\uFEFF'

export interface CsvLabels {
  header: Record<CsvColumn, string>
  status: Record<ContactList, string>
  /** Plain-language reason; default: the engine's reason key ("userunknown"). */
  reason: (c: Contact) => string
}

export const CSV_COLUMNS = [
  'email', 'status', 'reason', 'code', 'lastBounce', 'bounceCount', 'nextRetry', 'subject', 'domain', 'diagnostic',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export const ENGLISH_LABELS: CsvLabels = {
  header: {
    email: 'email',
    status: 'status',
    reason: 'reason',
    code: 'code',
    lastBounce: 'last bounce date',
    bounceCount: 'bounce count',
    nextRetry: 'next retry date',
    subject: 'subject',
    domain: 'domain',
    diagnostic: 'server message',
  },
  status: { remove: 'remove', retry: 'retry', sending: 'sending issue', pending: 'pending', cleared: 'cleared' },
  reason: (c) => (c.escalated ? `keeps failing (${c.reason})` : c.reason),
}

export function contactsToCsv(contacts: Contact[], labels: Partial<CsvLabels> = {}): string {
  const l = { ...ENGLISH_LABELS, ...labels }
  const rows = [CSV_COLUMNS.map((col) => l.header[col])]
  for (const c of contacts) {
    const values: Record<CsvColumn, string> = {
      email: c.address,
      status: l.status[c.list],
      reason: l.reason(c),
      code: [c.status, c.replyCode].filter(Boolean).join(' '),
      lastBounce: day(c.lastBounceAt),
      bounceCount: String(c.bounceCount),
      nextRetry: day(c.nextRetryAt),
      subject: c.subject,
      domain: c.domain,
      diagnostic: c.diagnostic,
    }
    rows.push(CSV_COLUMNS.map((col) => values[col]))
  }
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

/** One field: neutralised, then quoted if needed. */
export function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function day(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10)
}
