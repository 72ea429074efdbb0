/**
 * Test-only helpers: a notice written as LF text, and the same notice with CRLF and CR line endings
 * (real mail has all three: test/fixtures/sisimai, Sisimai's set-of-emails maildir/dos and /mac).
 */

import { parseBounce, parseBounceText } from './index'
import type { ParseError, Report, Verdict } from './types'

export interface TestNotice {
  name: string
  from: string
  subject: string
  body: string
  /** Extra header lines ("Name: value"). */
  headers?: string[]
}

/** A notice's header lines before its Content-Type (shared by the single-part and multipart builders). */
export function noticeHeaders(n: Omit<TestNotice, 'name' | 'body'>): string[] {
  return [
    `From: ${n.from}`,
    'To: sales@acme.example',
    `Subject: ${n.subject}`,
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <notice-1@mx.example>',
    'MIME-Version: 1.0',
    ...(n.headers ?? []),
  ]
}

/** A message's header lines down to the blank line, for tests that write the body themselves. */
export function messageHead(from: string, subject: string, contentType: string, extra: string[] = []): string[] {
  return [
    `From: ${from}`,
    'To: sales@sender.example',
    `Subject: ${subject}`,
    'Date: Wed, 5 Nov 2025 08:30:00 +0000',
    'Message-ID: <notice-2@mx.sender.example>',
    'MIME-Version: 1.0',
    ...extra,
    `Content-Type: ${contentType}`,
    '',
  ]
}

/** One part of a multipart notice. */
export interface NoticePart {
  type: string
  description?: string
  body: string
}

/** A multipart notice: mixed, a delivery-status report, or a disposition (MDN) report. */
export function multipartNotice(n: Omit<TestNotice, 'name' | 'body'>, parts: readonly NoticePart[], kind: 'mixed' | 'report' | 'report-mdn' = 'mixed'): string {
  const type =
    kind === 'report' ? 'multipart/report; report-type=delivery-status' : kind === 'report-mdn' ? 'multipart/report; report-type=disposition-notification' : 'multipart/mixed'
  const lines = [...noticeHeaders(n), `Content-Type: ${type}; boundary="=_notice"`, '', 'This is a MIME-encapsulated message.', '']
  for (const p of parts) {
    lines.push('--=_notice', `Content-Type: ${p.type}`)
    if (p.description) lines.push(`Content-Description: ${p.description}`)
    lines.push('', p.body)
  }
  lines.push('--=_notice--', '')
  return lines.join('\n')
}

/** A message given as one text/plain body, or as whole MIME parts (each with its own headers) under `type`. */
export interface PartsMessage {
  from: string
  subject: string
  /** Extra header lines. */
  headers?: string[]
  body?: string
  type?: string
  parts?: string[]
}

/** The raw message; `messageId` and `date` name it for tests that store what it gives. */
export function partsMessage(r: PartsMessage, messageId = 'n-1@client.example', date = 'Mon, 3 Nov 2025 10:00:00 +0000'): string {
  const head = [`From: ${r.from}`, 'To: Sam Sales <sales@acme.example>', `Subject: ${r.subject}`, `Date: ${date}`, `Message-ID: <${messageId}>`, 'MIME-Version: 1.0', ...(r.headers ?? [])]
  if (r.parts) {
    const body = r.parts.map((p) => `--BOUNDARY\n${p}\n`).join('') + '--BOUNDARY--\n'
    return [...head, `Content-Type: ${r.type ?? 'multipart/mixed'}; boundary="BOUNDARY"`, '', 'This is a MIME-encapsulated message.', '', body].join('\n')
  }
  return [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', r.body ?? ''].join('\n')
}

export function rawNotice(n: TestNotice): string {
  return [
    ...noticeHeaders(n),
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    n.body,
  ].join('\n')
}

/**
 * A Postfix-style DSN (multipart/report) as lines: bounce(8)'s text and a delivery-status part for
 * one recipient; `command` adds Postfix's "(in reply to ... command)".
 */
export function postfixDsnLines(rcpt: string, status: string, diagnostic: string, o: { action?: string; command?: string } = {}): string[] {
  const tail = o.command ? ` (in reply to ${o.command} command)` : ''
  return [
    'From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)',
    'To: sales@sender.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 2 Jun 2025 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'This is the mail system at host mail.sender.example.',
    '',
    `<${rcpt}>: host mx.prospect.example[192.0.2.10] said: ${diagnostic}${tail}`,
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.sender.example',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    `Action: ${o.action ?? 'failed'}`,
    `Status: ${status}`,
    'Remote-MTA: dns; mx.prospect.example',
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--B--',
    '',
  ]
}

/** Exim's plain-text notice ("The following address(es) failed:") as lines; `after` names the SMTP step. */
export function eximNoticeLines(rcpt: string, after: string, reply: string): string[] {
  return [
    'From: Mail Delivery System <Mailer-Daemon@mail.sender.example>',
    'To: sales@sender.example',
    'Subject: Mail delivery failed: returning message to sender',
    'Date: Mon, 2 Jun 2025 10:00:00 +0000',
    'X-Failed-Recipients: ' + rcpt,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `  ${rcpt}`,
    '    host mx.prospect.example [192.0.2.10]',
    `    SMTP error from remote mail server after ${after}:`,
    `    ${reply}`,
    '',
  ]
}

export const ENDINGS: ReadonlyArray<readonly [string, (lf: string) => string]> = [
  ['LF', (s) => s],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
  ['CR', (s) => s.replace(/\n/g, '\r')],
]

/** Every notice in every line ending: [label, raw message, notice]. */
export function inAllEndings<T extends TestNotice>(notices: readonly T[]): [string, string, T][] {
  return notices.flatMap((n) => ENDINGS.map(([ending, to]) => [`${n.name} (${ending})`, to(rawNotice(n)), n] as [string, string, T]))
}

/** A notice as a webmail page shows it, with the verdict each failed recipient must get. */
export interface RenderedNotice {
  name: string
  subject: string
  from: string
  text: string
  /** Failed recipients and their verdicts, exactly. */
  want: Record<string, Verdict>
}

/**
 * Outlook's plain-text re-wrap (a reply, a forward, a copied selection): a line over 76 columns is
 * broken before the word that would pass it, the rest at the margin (the line's own indentation
 * stays on its first piece only).
 */
export function rewrapped(text: string): string {
  return text.split('\n').map((line) => {
    if (line.length <= 76) return line
    const out: string[] = []
    const indent = /^\s*/.exec(line)![0]
    let cur = indent
    for (const word of line.slice(indent.length).split(' ')) {
      if (cur.trim() && `${cur} ${word}`.length > 76) { out.push(cur); cur = word } else cur = cur.trim() ? `${cur} ${word}` : cur + word
    }
    return [...out, cur].join('\n')
  }).join('\n')
}

/** Exchange's / Microsoft 365's NDR as Outlook renders it (text only): the remote's reply under the recipient. */
export function outlookNdrText(rcpt: string, reply: string, tail: string[] = []): string {
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    rcpt,
    "Your message couldn't be delivered. The recipient's email server returned the error below.",
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
    '',
    rcpt,
    'mx.prospect.example',
    `Remote Server returned '${reply}'`,
    '',
    ...tail,
  ].join('\n')
}

/** A notice as a table test reads it: a whole raw message, or a page's rendered text with its subject and sender. */
export type ReadableNotice = { kind: 'whole'; raw: string } | { kind: 'text'; text: string; subject: string; from: string }

/** The report for `n`, its raw message or its text first passed through `to` (a line ending, ENDINGS). */
export async function readNotice(n: ReadableNotice, to: (s: string) => string = (s) => s): Promise<Report | ParseError> {
  return n.kind === 'whole' ? parseBounce(to(n.raw)) : parseBounceText(to(n.text), { subject: n.subject, from: n.from })
}
