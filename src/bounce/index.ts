/**
 * The engine's one public entry. `parseBounce` reads a raw RFC 5322 message; `parseBounceText`
 * reads what a webmail page shows when the raw source is not available. Neither throws.
 */
import type { ParseError, Report } from './types'
import type { ParsedMessage } from './mime/parsed-message'
import { parseMime, toParsedMessage } from './mime/parsed-message'
import { wrappedNotice, wrappedReport } from './mime/wrapped-report'
import { analyse } from './engine'
import { MTA_RECIPIENT_LINE, NOTICE_BODY, NOTICE_SUBJECT } from './notice-words'
import { rejoinWrapped } from './rewrap'

export type { ParseError, Report, RecipientReport, Reason, Verdict, ReportKind, OriginalMessage } from './types'

/**
 * A notice's structure (headers, the DSN part) is always near its start; what lies beyond this is
 * the returned copy's bulk. Cutting there bounds time and memory on 20 MB messages.
 */
export const MAX_INPUT_BYTES = 1024 * 1024

/**
 * Lines starting with "--" (MIME boundaries) past this many are cut off: postal-mime's time grows
 * with the part count (10,000 parts cost it ~0.5 s here) and no real notice has this many.
 */
export const MAX_BOUNDARY_LINES = 500

/**
 * postal-mime spends a few microseconds per line whatever its length (200,000 one-character lines
 * cost it ~1.5 s here); a notice's structure sits in its first few hundred lines.
 */
export const MAX_LINES = 20_000

/** 16 KB holds at most ~16,000 lines or ~5,000 boundaries: bounded work without counting. */
const SMALL_INPUT = 16 * 1024

const FROM_LINE = [70, 114, 111, 109, 32] // "From "

/** Strings are encoded as UTF-8 (what postal-mime does with them too), after a cut to bound the work. */
function toBytes(raw: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof raw === 'string') return new TextEncoder().encode(raw.length > MAX_INPUT_BYTES ? raw.slice(0, MAX_INPUT_BYTES) : raw)
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw)
}

/** Drops an mbox "From " envelope line, cuts the input to MAX_INPUT_BYTES, MAX_LINES and MAX_BOUNDARY_LINES. */
export function prepareInput(raw: string | Uint8Array | ArrayBuffer): Uint8Array {
  const data = toBytes(raw)
  let start = messageStart(data)
  if (FROM_LINE.every((b, i) => data[start + i] === b)) {
    let i = start + 5
    while (i < data.length && data[i] !== 10 && data[i] !== 13) i++
    if (data[i] === 13 && data[i + 1] === 10) i++
    start = Math.min(i + 1, data.length)
  }
  let end = Math.min(data.length, start + MAX_INPUT_BYTES)
  // Below SMALL_INPUT bytes neither count can reach a cost that matters; skip the scans.
  if (end - start > SMALL_INPUT) end = boundaryCut(data, start, lineCut(data, start, end))
  // Bare-CR line endings are normalised by parseMime (mime/parsed-message.ts).
  return start === 0 && end === data.length ? data : data.subarray(start, end)
}

/**
 * Where the message begins: after a UTF-8 byte-order mark (a file saved by a Windows editor) and after
 * blank lines over its first header field or mbox "From " line (a message kept in a test suite's
 * string, '''\nReturn-Path: …'''). RFC 5322 §2.1: a message starts with its header fields; read from
 * the blank line, it would have none (no sender, no subject) and its header block would be its body.
 */
function messageStart(data: Uint8Array): number {
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0
  let line = bom
  for (let k = bom; k < data.length && k < bom + 4096; k++) {
    const b = data[k]
    if (b === 10 || b === 13) line = k + 1
    else if (b !== 32 && b !== 9) break
  }
  return line > bom && startsField(data, line) ? line : bom
}

/** A header field name and its colon ("Return-Path:"), or an mbox "From " line, at `at`. */
function startsField(data: Uint8Array, at: number): boolean {
  if (FROM_LINE.every((b, i) => data[at + i] === b)) return true
  for (let k = at; k < data.length && k < at + 80; k++) {
    if (data[k] === 58) return k > at
    if (data[k] <= 32 || data[k] > 126) return false
  }
  return false
}

/** Where line MAX_LINES + 1 begins (or `end`); LF or bare CR ends a line. */
function lineCut(data: Uint8Array, start: number, end: number): number {
  let lines = 0
  let i = start
  while (i < end) {
    const lf = data.indexOf(10, i)
    if (lf < 0 || lf >= end) break
    if (++lines >= MAX_LINES) return lf + 1
    i = lf + 1
  }
  if (lines === 0 && data.subarray(start, Math.min(end, start + 65536)).includes(13)) {
    // Bare-CR input: count CRs instead.
    for (let j = data.indexOf(13, start); j >= 0 && j < end; j = data.indexOf(13, j + 1)) if (++lines >= MAX_LINES) return j + 1
  }
  return end
}

/** Where the MAX_BOUNDARY_LINES-th line starting with "--" begins (or `end`). */
function boundaryCut(data: Uint8Array, start: number, end: number): number {
  let count = 0
  for (let i = data.indexOf(45, start); i >= 0 && i < end - 1; i = data.indexOf(45, i + 2)) {
    if (data[i + 1] === 45 && (i === start || data[i - 1] === 10 || data[i - 1] === 13) && ++count > MAX_BOUNDARY_LINES) return i
  }
  return end
}


export async function parseBounce(raw: string | Uint8Array | ArrayBuffer): Promise<Report | ParseError> {
  try {
    const input = prepareInput(raw)
    if (input.length === 0) return { kind: 'error', error: 'empty input: not a message' }
    const email = await parseMime(input)
    const message = toParsedMessage(email)
    const report = analyse(message)
    // A gateway may have handed on the notice it got as a message/rfc822 part: that notice, read
    // whole, says who failed (its text names what its DSN may not; the gateway's own words name no
    // one, and its "returned copy" is the notice, sent to the reader). A dialect that knows the
    // gateway (x5) keeps its reading; the text fallback's does not. Else a DSN beside its text.
    const inner = report.recipients.length === 0 || report.decoder === 'text' ? await wrappedNotice(message, email) : null
    if (inner) {
      const read = analyse(inner)
      if (read.recipients.length > 0) return { ...read, notice: report.notice }
      // A wrapped auto-reply, complaint or success report (null reverse-path) is no failure, whatever
      // the gateway's words made the text fallback blame.
      if (report.decoder === 'text' && (read.kind === 'autoreply' || read.kind === 'feedback' || read.kind === 'delivered')) return { ...read, notice: report.notice }
    }
    if (report.recipients.length > 0) return report
    const wrapped = await wrappedReport(message)
    return wrapped ? analyse(wrapped) : report
  } catch (e) {
    return { kind: 'error', error: `could not read the message: ${e instanceof Error ? e.message : String(e)}`.slice(0, 500) }
  }
}

/** Largest rendered text looked at; a notice's explanation is at its top. */
const MAX_TEXT = 256 * 1024

/**
 * Outlook on the web (and Exchange's own text parts) write a linked address as "x@y<mailto:x@y>";
 * the message's own text had "x@y" there. The MTA readers (qmail's "<x@y>:", Postfix's "<x@y>: host
 * … said", Exim's indented list, Sendmail's "... while talking to") match the address as the server
 * wrote it, so the link is dropped before any reader sees the page; an address that is no link
 * ("Jane<mailto:x@y>") stays for the Exchange reader. Measured over the table tests' notices and the
 * corpus rendered as Outlook shows them: 150 more views read as the whole message does (Exim's list
 * read by the text fallback took the sender from "MAIL FROM:" and lost the reply; OpenSMTPD, Sendmail
 * V5 read nothing); rendered-parity.test.ts.
 */
const LINKED_ADDRESS = /([^\s<>"()\[\]:;,@]{1,64}@[^\s<>"()\[\]:;,@]{1,255})<mailto:([^<>\s]{1,320})>/gi

export function unlinkAddresses(text: string): string {
  if (!text.includes('<mailto:') && !text.includes('<MAILTO:')) return text
  return text.replace(LINKED_ADDRESS, (whole, shown: string, target: string) => (shown.toLowerCase() === target.toLowerCase() ? shown : whole))
}

/**
 * A page that renders an HTML notice as text may lose the space after the address, which the HTML
 * kept in its own element: "Your message wasn't delivered to x@y.govbecause the address couldn't be
 * found" (github.com/ombegov/policy-v2/issues/138, Gmail's notice pasted from a web page). The words
 * that follow the address in Gmail's and Microsoft 365's sentences (en "because the", it "perché",
 * es "porque no", de "zugestellt, weil"; Microsoft's "couldn't be delivered") are no part of a domain.
 */
const GLUE_WORDS = /\S(?:because the |perché |porque no |zugestellt, weil |couldn't be delivered|could not be delivered)/i
const GLUED_ADDRESS = /(@[^\s@<>"'(),;:]{1,255}?\.[a-z]{2,24}?)(because the |perché |porque no |zugestellt, weil |couldn't be delivered|could not be delivered)/gi

export function unglueAddresses(text: string): string {
  if (!GLUE_WORDS.test(text)) return text
  return text.replace(GLUED_ADDRESS, '$1 $2')
}

/** For a webmail page's rendered text: same report shape, with whatever the text holds. */
export function parseBounceText(text: string, hints: { subject?: string; from?: string } = {}): Report {
  const body = rejoinWrapped(unglueAddresses(unlinkAddresses(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text)))
  const headers = new Map<string, string[]>()
  if (hints.subject) headers.set('subject', [hints.subject])
  if (hints.from) headers.set('from', [hints.from])
  const fromAddress = /[^\s<>"]+@[^\s<>"]+/.exec(hints.from ?? '')?.[0] ?? hints.from ?? ''
  const message: ParsedMessage = {
    headers,
    header: (name) => headers.get(name.toLowerCase())?.[0] ?? '',
    subject: hints.subject ?? '',
    from: fromAddress.toLowerCase(),
    fromName: '',
    date: '',
    contentType: 'text/plain',
    reportType: '',
    text: body,
    html: '',
    deliveryStatus: '',
    feedbackReport: '',
    original: '',
    attachments: [],
  }
  try {
    // Without a sender or subject, a notice still introduces itself in its first lines.
    // Its opening sentence may be wrapped anywhere ("Your message to x could not" / "be delivered").
    const opening = body.slice(0, 2000)
    // So does a paste of an MTA's per-recipient lines alone, which opens with one (MTA_RECIPIENT_LINE).
    const flat = opening.replace(/\s+/g, ' ')
    return analyse(message, !hints.from && !hints.subject && (NOTICE_SUBJECT.test(opening) || NOTICE_BODY.test(opening) || NOTICE_BODY.test(flat) || MTA_RECIPIENT_LINE.test(flat.trimStart())))
  } catch {
    return { kind: 'none', recipients: [], original: null, notice: { messageId: '', subject: message.subject, from: message.from, date: '' }, decoder: '' }
  }
}
