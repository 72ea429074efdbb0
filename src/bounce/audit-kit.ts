/**
 * Test-only: what the peer-audit tables share (peer-audit.test.ts, peer-audit-b.test.ts). Each row is
 * a notice written here from an item of another project's code, with the verdict every failed
 * recipient must get; plain notices are read a second time as a webmail page shows them.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS, messageHead } from './test-notice'
import type { Verdict } from './types'

export const R = 'lee@prospect.example'

export interface AuditRow {
  /** Peer file and the pattern (or class) the notice was written from. */
  src: string
  item: string
  raw: string
  /** Failed recipients (verdict other than none) and their verdicts; {} for a non-bounce. */
  expect: Record<string, Verdict>
  why: string
}

interface Page { from: string; subject: string; body: string }

export const COPY_HEADERS = ['From: sales@sender.example', `To: ${R}`, 'Subject: Proposal', 'Message-ID: <p-audit@sender.example>', '']

export interface DsnOpts {
  text?: string
  subject?: string
  from?: string
  dsType?: string
  extra?: string[]
}

/** A multipart/report DSN: a human part, the delivery-status fields as given, the returned headers. */
export function dsn(fields: string, o: DsnOpts = {}): string {
  return [
    ...messageHead(o.from ?? 'Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>', o.subject ?? 'Delivery Status Notification (Failure)', 'multipart/report; report-type=delivery-status; boundary="AUD"', o.extra),
    '--AUD',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.text ?? 'Your message could not be delivered to one or more recipients.',
    '',
    '--AUD',
    `Content-Type: ${o.dsType ?? 'message/delivery-status'}`,
    '',
    fields,
    '',
    '--AUD',
    'Content-Type: text/rfc822-headers',
    '',
    ...COPY_HEADERS,
    '--AUD--',
    '',
  ].join('\n')
}

/** A server's answer as the Diagnostic-Code of a DSN with a bare 5.0.0 status and no SMTP step named. */
export function said(reply: string, rcpt = R, status = '5.0.0'): string {
  return dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${reply}`, { text: `Delivery to the following recipient failed permanently:\n\n     ${rcpt}` })
}

/** A table's plain notices; those with no extra header are kept to be read again as a webmail page shows them. */
export class PlainNotices {
  readonly rendered = new Map<string, Page>()

  plain = (from: string, subject: string, body: string, extra: string[] = []): string => {
    const raw = [...messageHead(from, subject, 'text/plain; charset=utf-8', extra), body, ''].join('\n')
    if (extra.length === 0) this.rendered.set(raw, { from, subject, body })
    return raw
  }

  /** The answer in a plain notice: "Remote host said:" under the address, no SMTP step named (EmailEngine's layout). */
  remote = (reply: string, rcpt = R): string =>
    this.plain('Mail Delivery System <postmaster@smtp.sender.example>', 'Delivery failure', `Your message could not be delivered to the following address: <${rcpt}>\n\nSubject: Proposal\n\nRemote host said: ${reply}\n`)

  /** Postfix's bounce(8) text, the recipient's line as given (connect errors, DNS errors, expansions). */
  postfixLine = (line: string): string =>
    this.plain('MAILER-DAEMON@mx.sender.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender', `This is the mail system at host mx.sender.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n${line}\n`)
}

function failedOf(recipients: readonly { address: string; verdict: Verdict }[]): Record<string, Verdict> {
  return Object.fromEntries(recipients.filter((x) => x.verdict !== 'none').map((x) => [x.address.toLowerCase(), x.verdict]))
}

/**
 * The table's tests: every row read whole (line endings in turn), then every plain row as a webmail
 * page shows it (`pageEnding` shifts which line ending each page gets).
 */
export function auditTests(title: string, rows: readonly AuditRow[], notices: PlainNotices, pageEnding = 0): void {
  describe(`${title}, written as our own notices`, () => {
    it.each(rows.map((r, i) => [i, r.src, r.item, r] as const))('%i %s: %s', async (i, _src, _item, r) => {
      const [, to] = ENDINGS[i % ENDINGS.length]
      const report = await parseBounce(to(r.raw))
      if (report.kind === 'error') throw new Error(report.error)
      const detail = report.recipients.map((x) => `${x.address} ${x.reason} ${x.status} ${x.diagnostic}`).join(' | ')
      expect(failedOf(report.recipients), `${r.why} (${report.kind}, ${report.decoder}): ${detail}`).toEqual(r.expect)
      if (Object.keys(r.expect).length === 0) expect(report.kind).not.toBe('bounce')
    })
  })

  /** The same plain notices as rendered text (a webmail page: body text, subject and sender, no headers). */
  describe(`${title}: the plain notices read as rendered text`, () => {
    const plainRows = rows.filter((r) => notices.rendered.has(r.raw))
    it.each(plainRows.map((r, i) => [i, r.src, r.item, r] as const))('%i %s: %s', (i, _src, _item, r) => {
      const [, to] = ENDINGS[(i + pageEnding) % ENDINGS.length]
      const page = notices.rendered.get(r.raw)!
      const report = parseBounceText(to(page.body), { subject: page.subject, from: page.from })
      const detail = report.recipients.map((x) => `${x.address} ${x.reason} ${x.status} ${x.diagnostic}`).join(' | ')
      expect(failedOf(report.recipients), `${r.why} (${report.kind}, ${report.decoder}): ${detail}`).toEqual(r.expect)
    })
  })
}
