/**
 * CSV export of a contact list: RFC 4180 (fields quoted when they hold the separator, a quote, CR or
 * LF; quotes doubled; CRLF line ends), UTF-8 with a BOM so Excel reads accents right. The separator
 * is ',' or ';' (src/export/separator.ts says which one Excel expects).
 *
 * Formula injection: a cell starting with = + - @ (or tab / CR, which Excel strips before
 * evaluating) is prefixed with ' so spreadsheet apps show it as text (OWASP "CSV Injection").
 *
 * Labels: the header, status words and plain-language reason come from the caller (the popup's
 * chrome.i18n strings, src/ui/csv-labels.ts); the reason code column keeps the engine's stable key
 * ("userunknown") for CRMs and scripts. Dates are written as YYYY-MM-DD (UTC).
 */
import type { Contact, ContactList } from '../store/types'
import type { CsvSeparator } from './separator'

export const BOM = '\uFEFF'

export interface CsvLabels {
  header: Record<CsvColumn, string>
  status: Record<ContactList, string>
  /** Plain-language reason, as the popup shows it. */
  reason: (c: Contact) => string
}

/**
 * Column order. The reason code comes last: the earlier columns keep the positions they had before
 * it existed, so an import mapped by column number still lines up.
 */
export const CSV_COLUMNS = [
  'email', 'status', 'reason', 'code', 'lastBounce', 'bounceCount', 'nextRetry', 'subject', 'domain', 'diagnostic', 'reasonCode',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export function contactsToCsv(contacts: Contact[], labels: CsvLabels, separator: CsvSeparator = ','): string {
  const rows = [CSV_COLUMNS.map((col) => labels.header[col])]
  for (const c of contacts) {
    const values: Record<CsvColumn, string> = {
      email: c.address,
      status: labels.status[c.list],
      reason: labels.reason(c),
      code: [c.status, c.replyCode].filter(Boolean).join(' '),
      lastBounce: day(c.lastBounceAt),
      bounceCount: String(c.bounceCount),
      nextRetry: day(c.nextRetryAt),
      subject: c.subject,
      domain: c.domain,
      diagnostic: c.diagnostic,
      reasonCode: c.reason,
    }
    rows.push(CSV_COLUMNS.map((col) => values[col]))
  }
  return BOM + rows.map((r) => r.map((v) => cell(v, separator)).join(separator)).join('\r\n') + '\r\n'
}

/** One field: neutralised, then quoted if it holds the separator, a quote or a line break. */
export function cell(value: string, separator: CsvSeparator = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function day(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10)
}
