/**
 * CSV export of a contact list: RFC 4180 (fields quoted when they hold the separator, a quote, CR or
 * LF; quotes doubled; CRLF line ends), UTF-8 with a BOM so Excel reads accents right. The separator
 * is ',' or ';' (src/export/separator.ts says which one Excel expects).
 *
 * Formula injection (OWASP "CSV Injection"): the file may be opened with the other separator (an
 * English browser on a French Windows: a ',' file read by a ';' Excel), so every cell holding
 * , ; tab CR or LF is quoted whatever the separator, and a formula start (see FORMULA) at the start
 * of the cell or right after one of those characters is prefixed with ' so spreadsheet apps show it
 * as text. Characters a spreadsheet may skip before the formula (spaces, NUL and other controls,
 * zero-width and bidi marks) are looked through.
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
  /** The accounts the contact's notices were read from, as the popup names them. */
  accounts: (c: Contact) => string
}

/**
 * Column order. New columns go last (the reason code, then the account): the earlier columns keep
 * the positions they had before, so an import mapped by column number still lines up.
 */
export const CSV_COLUMNS = [
  'email', 'status', 'reason', 'code', 'lastBounce', 'bounceCount', 'nextRetry', 'subject', 'domain', 'diagnostic', 'reasonCode', 'account',
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
      account: labels.accounts(c),
    }
    rows.push(CSV_COLUMNS.map((col) => values[col]))
  }
  return BOM + rows.map((r) => r.map((v) => cell(v, separator)).join(separator)).join('\r\n') + '\r\n'
}

/**
 * Looked through before a formula start: C0 controls but tab/LF/CR (NUL…), spaces, soft hyphen,
 * zero-width and bidi marks (U+200B–U+200F, U+202A–U+202E, U+2060–U+206F), the BOM, the
 * ideographic space, and quotes (a reader that splits inside quotes sees `"=…`).
 */
const SKIPPED = /[\x00-\x08\x0b\x0c\x0e-\x20"\xa0\xad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/
/** What starts a formula: = + - @, and their full-width forms (Excel reads ＝1+1 as a formula). */
const FORMULA = /[=+\-@\uff1d\uff0b\uff0d\uff20]/
/** What ends a cell in some reader: either separator, tab, CR, LF. Tab and CR also start formulas (Excel strips them). */
const BREAK = /[,;\t\r\n]/

/** One field: neutralised, then quoted if it holds either separator, a tab, a quote or a line break. */
export function cell(value: string, separator: CsvSeparator = ','): string {
  const safe = neutralise(value)
  return BREAK.test(safe) || safe.includes('"') || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Puts ' before the cell when it starts with a formula (past skipped characters, or with a tab or
 * CR), and before each formula start that follows a run of breaks. One pass, no regular expression over
 * the whole value: a long run of breaks costs its length once.
 */
function neutralise(value: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < value.length; ) {
    if (!BREAK.test(value[i])) {
      i++
      continue
    }
    let end = i
    while (end < value.length && BREAK.test(value[end])) end++
    const at = formulaAt(value, end)
    if (at >= 0) {
      out += `${value.slice(from, at)}'`
      from = at
    }
    i = end
  }
  out += value.slice(from)
  return formulaAt(out, 0) >= 0 || /^[\t\r]/.test(out) ? `'${out}` : out
}

/** Where the formula start that `at` leads to is (past skipped characters), or -1. */
function formulaAt(s: string, at: number): number {
  let i = at
  while (i < s.length && SKIPPED.test(s[i])) i++
  return i < s.length && FORMULA.test(s[i]) ? i : -1
}

function day(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10)
}
