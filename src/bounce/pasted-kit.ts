/**
 * The shared shape of the pasted-notice tables (real-wordings.test.ts, real-wordings-c.test.ts): a notice
 * as people paste it, read as the page shows it (with and without its subject and sender, in every line
 * ending) and, unless it exists only on a page, as a whole message whose one text/plain part it is.
 * Test-only.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS } from './test-notice'
import type { Report, Verdict } from './types'

export interface PastedRow {
  what: string
  from: string
  subject: string
  text: string
  /** Failed recipients and the verdict each must get; no other recipient may come out. */
  want: Array<[string, Verdict]>
  /** Read as rendered text only (a page's paste: the layout exists only on a page). */
  pageOnly?: boolean
}

/** The whole message: the notice's text as its one text/plain part. */
export function pastedWhole(row: PastedRow, messageId: string): string {
  return [
    `From: ${row.from}`,
    'To: sales@acme.example',
    `Subject: ${row.subject}`,
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    `Message-ID: <${messageId}@mx.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    row.text,
    '',
  ].join('\n')
}

export function verdicts(report: Report): Array<[string, Verdict]> {
  return report.recipients.map((r) => [r.address.toLowerCase(), r.verdict] as [string, Verdict])
}

/** The rows' tests: each row as a page (three ways) and as a whole message in every line ending. */
export function describePasted(rows: readonly PastedRow[], messageId: string): void {
  describe.each(rows)('$what', (row) => {
    it('is read from the rendered text with its subject and sender', () => {
      expect(verdicts(parseBounceText(row.text, { subject: row.subject, from: row.from }))).toEqual(row.want)
    })
    it('is read from the rendered text alone (no subject, no sender)', () => {
      expect(verdicts(parseBounceText(row.text))).toEqual(row.want)
    })
    it.each(ENDINGS)('is read from the rendered text in %s', (_ending, to) => {
      expect(verdicts(parseBounceText(to(row.text), { subject: row.subject, from: row.from }))).toEqual(row.want)
    })
  })
  describe.each(rows.filter((row) => !row.pageOnly))('$what, as a whole message', (row) => {
    it.each(ENDINGS)('in %s', async (_ending, to) => {
      const report = await parseBounce(to(pastedWhole(row, messageId)))
      expect('recipients' in report ? verdicts(report) : report).toEqual(row.want)
    })
  })
}
