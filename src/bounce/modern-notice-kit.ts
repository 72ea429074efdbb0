/**
 * Test-only: the shape of a modern notice (Microsoft 365, Gmail, Yahoo, Postfix, Exim…) as the
 * modern-notices tables write it, the whole message a provider sends for it (HTML only, plain text,
 * or a multipart/report with a delivery-status part), the webmail rendering, and the check of a
 * report against it. Shared by modern-notices.test.ts and modern-notices-b.test.ts.
 */
import { expect } from 'vitest'
import type { Verdict } from './types'

/** `keep`: any failure verdict but `remove` (and never `none`). */
export type Want = 'remove' | 'retry' | 'pending' | 'fix-sending' | 'keep'
export type Layout = 'html' | 'plain' | 'report'

export interface Dsn {
  status: string
  diagnostic: string
  action?: string
}

export interface Modern<Lang extends string = string> {
  provider: string
  lang: Lang
  what: string
  from: string
  subject: string
  /** What the reader sees: the plain text part, or the HTML part as rendered. */
  text: string
  rcpts: string[]
  want: Want
  layout: Layout
  /** For `report`: the machine-readable part, per recipient. */
  dsn?: Dsn
}

export const SENDER = 'sales@acme.example'
export const local = (a: string) => a.slice(0, a.indexOf('@'))
export const domain = (a: string) => a.slice(a.indexOf('@') + 1)

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Paragraphs become <p>, lines <br>, tab-separated cells a table row (Microsoft's NDR tables). */
export function toHtml(text: string): string {
  const blocks = text.split(/\n{2,}/).map((block) => {
    const lines = block.split('\n')
    if (lines.some((l) => l.includes('\t'))) {
      const rows = lines.map((l) => `<tr>${l.split('\t').map((c) => `<td style="padding:2px 8px">${escapeHtml(c)}</td>`).join('')}</tr>`)
      return `<table cellspacing="0" cellpadding="0">${rows.join('')}</table>`
    }
    return `<p style="font-family:Segoe UI,sans-serif">${lines.map(escapeHtml).join('<br>\n')}</p>`
  })
  return `<html><head><meta charset="utf-8"><style>p{margin:0 0 12px}</style></head><body>\n${blocks.join('\n')}\n</body></html>`
}

/** RFC 2047 B-encoding of a subject that is not ASCII. */
export const encodedWord = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`)

export function headers(n: Modern, contentType: string): string[] {
  return [
    `From: ${n.from}`,
    `To: ${SENDER}`,
    `Subject: ${encodedWord(n.subject)}`,
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <ndr-1@mx.example>',
    'MIME-Version: 1.0',
    ...(n.layout === 'report' ? ['Auto-Submitted: auto-replied'] : []),
    `Content-Type: ${contentType}`,
  ]
}

const RETURNED_HEADERS = [
  `From: Sales <${SENDER}>`,
  'Subject: Proposal',
  'Date: Mon, 3 Nov 2025 09:58:00 +0000',
  'Message-ID: <proposal-1@acme.example>',
]

/** The whole message as the provider sends it. */
export function whole(n: Modern): string {
  if (n.layout === 'plain') return [...headers(n, 'text/plain; charset=utf-8'), 'Content-Transfer-Encoding: 8bit', '', n.text].join('\n')
  if (n.layout === 'html') return [...headers(n, 'text/html; charset=utf-8'), 'Content-Transfer-Encoding: 8bit', '', toHtml(n.text)].join('\n')
  const d = n.dsn!
  return [
    ...headers(n, 'multipart/report; report-type=delivery-status; boundary="R"'), '',
    '--R', 'Content-Type: multipart/alternative; boundary="A"', '',
    '--A', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', n.text,
    '--A', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', toHtml(n.text), '--A--', '',
    '--R', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.sender-side.example', '',
    ...n.rcpts.flatMap((r) => [`Final-Recipient: rfc822; ${r}`, `Action: ${d.action ?? 'failed'}`, `Status: ${d.status}`, `Diagnostic-Code: smtp; ${d.diagnostic}`, '']),
    '--R', 'Content-Type: text/rfc822-headers', '', ...RETURNED_HEADERS, '',
    '--R--', '',
  ].join('\n')
}

/**
 * The same text as another webmail renders it: each table cell on its own line, Gmail's heading
 * without its asterisks, links written "text<mailto:…>" (Outlook's plain rendering).
 */
export function asWebmailShowsIt(text: string): string {
  return text
    .replace(/\t/g, '\n')
    .replace(/^\*\* (.{1,80}) \*\*$/m, '$1')
    .replace(/([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[a-z]{2,24})(?=[^A-Za-z0-9.-]|\.(?:\s|$)|$)/gm, '$1<mailto:$1>')
}

const FAILURE_VERDICTS: Verdict[] = ['retry', 'pending', 'fix-sending']

/** Exactly the notice's recipients, each with the verdict it wants. */
export function check(rows: { address: string; verdict: Verdict }[], n: Pick<Modern, 'rcpts' | 'want'>): void {
  expect(rows.map((x) => x.address.toLowerCase()).sort()).toEqual([...n.rcpts].map((a) => a.toLowerCase()).sort())
  for (const x of rows) {
    if (n.want === 'keep') expect(FAILURE_VERDICTS).toContain(x.verdict)
    else expect(x.verdict).toBe(n.want)
  }
}

export const label = (n: Modern) => `${n.provider} ${n.lang}: ${n.what} (${n.layout})`
export const kindOf = (n: Pick<Modern, 'want'>) => (n.want === 'pending' ? 'delay' : 'bounce')
