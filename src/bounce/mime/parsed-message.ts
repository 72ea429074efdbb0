/**
 * The one view of a notice that every dialect decoder reads. Built once per message from
 * postal-mime's output, so decoders never re-parse MIME and stay cheap.
 */
import PostalMime from 'postal-mime'
import type { Email } from 'postal-mime'
import { isoOfTime } from '../dates'
import { htmlToText } from './html-text'

export interface ParsedMessage {
  /** Every header of the notice itself, lower-case name → values in document order. */
  headers: ReadonlyMap<string, readonly string[]>
  /** First value of a header of the notice, "" when absent. */
  header(name: string): string
  subject: string
  /** Address of the From: header, lower-case; "" when absent. */
  from: string
  /** Display name of the From: header; "" when absent. */
  fromName: string
  /** ISO date of the notice (Date: header), "" when absent or unparseable. */
  date: string
  /** Lower-case top-level media type, e.g. "multipart/report". */
  contentType: string
  /** Lower-case report-type parameter of a multipart/report, "" otherwise. */
  reportType: string
  /** The human-readable body: inline text/plain parts, or the HTML turned into text when there are none. */
  text: string
  /** The body's HTML, when the notice has one (never rendered; for decoders only). */
  html: string
  /** Decoded text of the message/delivery-status part (RFC 3464), "" when absent. */
  deliveryStatus: string
  /** Decoded text of the message/feedback-report part (RFC 5965), "" when absent. */
  feedbackReport: string
  /**
   * The returned original message as text: a text/rfc822-headers part, or the message/rfc822 part
   * (headers and body, first 64 KB), "" when the notice carries none as a MIME part (some MTAs quote it in `text`).
   */
  original: string
  /**
   * Media type (lower-case) and file name of the notice's own attachments, first 32 (nested
   * messages stay one attachment): what a report or an invitation carries (machine-reports.ts).
   */
  attachments: readonly { type: string; name: string }[]
}

const decoder = new TextDecoder('utf-8')

/** How much of a returned message is decoded: its header block is all anyone reads. */
const MAX_ORIGINAL_BYTES = 64 * 1024

function contentAsText(content: ArrayBuffer | Uint8Array | string, max = Infinity): string {
  if (typeof content === 'string') return content.length > max ? content.slice(0, max) : content
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content)
  return decoder.decode(bytes.length > max ? bytes.subarray(0, max) : bytes)
}

const REPORT_TYPE = /;\s*report-type\s*=\s*"?([^";\s]*)/i

/** The report-type parameter of a Content-Type value, lower-case; "" when absent. */
function reportTypeOf(headerValue: string): string {
  const m = REPORT_TYPE.exec(headerValue)
  return m ? m[1].toLowerCase() : ''
}

/** Options that keep postal-mime's work bounded on hostile input (see test/hostile). */
export const MIME_OPTIONS = {
  forceRfc822Attachments: true,
  attachmentEncoding: 'arraybuffer',
  maxNestingDepth: 64,
  maxHeadersSize: 1024 * 1024,
} as const

export async function parseMime(raw: string | Uint8Array | ArrayBuffer): Promise<Email> {
  raw = dropSoftBreakPadding(crToLf(raw))
  const email = await PostalMime.parse(raw, MIME_OPTIONS)
  // A multipart header whose boundary postal-mime cannot use (no boundary in the body, or the
  // parameter on an unfolded line: lhost-messagingserver-03, lhost-apachejames-01) leaves no text
  // at all; the body as plain text still lets the dialects read it.
  if (!email.text && !email.html && email.attachments.length === 0) email.text = rawBody(raw)
  return email
}

/**
 * postal-mime splits lines on LF only: a message with bare CR line endings (old Mac mailers; the
 * corpus README lists them) would read as one header line. Such input has no LF at all in its
 * start; turn every CR into LF (one linear pass, same length).
 */
function crToLf(raw: string | Uint8Array | ArrayBuffer): string | Uint8Array | ArrayBuffer {
  if (typeof raw === 'string') {
    const start = raw.slice(0, 65536)
    return !start.includes('\n') && start.includes('\r') ? raw.replace(/\r/g, '\n') : raw
  }
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw)
  const start = bytes.subarray(0, 65536)
  // LF first: it ends the first line of nearly every message, where a search for CR runs to the end.
  if (start.includes(10) || !start.includes(13)) return raw
  const out = new Uint8Array(bytes)
  for (let i = 0; i < out.length; i++) if (out[i] === 13) out[i] = 10
  return out
}

/**
 * RFC 2045 §6.7 (3): white space at the end of a quoted-printable line "will necessarily have been
 * added by intermediate transport agents" and must be deleted when decoding; postal-mime keeps it, so
 * a soft line break padded so ("filt=  ") came out as a literal "=" and the line's end (Amazon
 * WorkMail's QP delivery-status part lost its recipient; transport-gateways.test.ts). The white space
 * after a line's last "=" goes before parsing: outside quoted-printable it means nothing either.
 */
function dropSoftBreakPadding(raw: string | Uint8Array | ArrayBuffer): string | Uint8Array | ArrayBuffer {
  if (typeof raw === 'string') return /=[ \t]+\r?$/m.test(raw) ? raw.replace(/=[ \t]+(?=\r?$)/gm, '=') : raw
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw)
  const cuts: number[] = [] // [start, end) runs of padding to drop
  for (let i = bytes.indexOf(61); i >= 0; i = bytes.indexOf(61, i + 1)) {
    let j = i + 1
    while (bytes[j] === 32 || bytes[j] === 9) j++
    if (j > i + 1 && (bytes[j] === 10 || bytes[j] === 13 || j === bytes.length)) cuts.push(i + 1, j)
  }
  if (!cuts.length) return raw
  const out = new Uint8Array(bytes.length - cuts.reduce((n, c, k) => (k & 1 ? n + c : n - c), 0))
  let from = 0
  let at = 0
  for (let k = 0; k < cuts.length; k += 2) {
    out.set(bytes.subarray(from, cuts[k]), at)
    at += cuts[k] - from
    from = cuts[k + 1]
  }
  out.set(bytes.subarray(from), at)
  return out
}

/** The part of a raw message after its header block, as text, at most 1 MB. */
function rawBody(raw: string | Uint8Array | ArrayBuffer): string {
  const head = typeof raw === 'string' ? raw.slice(0, 1024 * 1024 * 2) : new TextDecoder('utf-8').decode(
    (raw instanceof Uint8Array ? raw : new Uint8Array(raw)).subarray(0, 1024 * 1024 * 2))
  const m = /\r\n\r\n|\n\n|\r\r/.exec(head)
  return m ? head.slice(m.index + m[0].length, m.index + m[0].length + 1024 * 1024) : ''
}

/**
 * White space at a line's end says nothing in a notice, and relays and archives add it (RFC 2045
 * §6.7 (3); RFC 5321 §4.5.2 counts on no padding): the readers' line patterns ("(reason: 550 …)$",
 * a recipient alone on its line, Notes' "Failure Reasons" heading) see each line without it
 * (transport-gateways.test.ts: every corpus notice with padded lines reads as the notice itself).
 */
function trimLineEnds(text: string): string {
  // Only the lines that end in white space are cut; the rest of the text is kept in whole runs. Each
  // line end (LF, or the CR of CR LF, or the text's end: what the one-character pattern
  // /[ \t](?=\r?\n|$)/ looked ahead for) is found with indexOf and its run of blanks walked back once:
  // linear, and a test per line rather than per space (a pattern like /[ \t]+$/gm rescans a long run
  // of spaces from each of its positions). Callgrind: 4.8 M fewer instructions per round of the corpus's
  // 591 texts than the lookahead pattern /[ \t](?=\r?\n|$)/g at each blank.
  const out: string[] = []
  let from = 0
  for (let lf = text.indexOf('\n'); ; lf = text.indexOf('\n', lf + 1)) {
    const end = lf < 0 ? text.length : lf > 0 && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf
    const last = end - 1
    if (last >= from && isBlank(text.charCodeAt(last))) {
      let k = last
      while (k > from && isBlank(text.charCodeAt(k - 1))) k--
      out.push(text.slice(from, k))
      from = last + 1
    }
    if (lf < 0) break
  }
  return out.length ? out.join('') + text.slice(from) : text
}

/** A space or a tab: the white space a relay pads a line's end with. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/** RFC 3464 §2.2's per-message fields (Reporting-MTA is required), at a line's start. */
const PER_MESSAGE_FIELD = /^(?:original-envelope-id|reporting-mta|dsn-gateway|received-from-mta|arrival-date|x-[\w-]+)[ \t]*:/i
const FIELD_LINE = /^[A-Za-z][\w-]{0,60}[ \t]*:|^[ \t]+\S|^$/

/**
 * A delivery report whose delivery-status part was labelled text/plain (RFC 1894-era gateways and
 * old Exchange; some relays relabel message/* parts they do not know) reaches us inside the text:
 * its field blocks, from the per-message fields over "Reporting-MTA:" down to the last field line,
 * are the delivery status, and the text is the rest (transport-gateways.test.ts: the corpus's
 * reports so relabelled read as they were). Only in a multipart/report that says it reports
 * delivery status and has no such part, and only when the block names a recipient and its action.
 */
function statusInText(text: string): [string, string] {
  const lines = text.split('\n')
  const at = lines.findIndex((l) => /^reporting-mta[ \t]*:/i.test(l))
  if (at < 0) return [text, '']
  let start = at
  while (start > 0 && PER_MESSAGE_FIELD.test(lines[start - 1])) start--
  // Part headers right above it: a body postal-mime could not split (a boundary the header does not
  // name, rhost-google-02) is the raw MIME text, which the dialects read as it is.
  if (lines.slice(Math.max(0, start - 4), start).some((l) => /^content-(?:type|description)[ \t]*:/i.test(l))) return [text, '']
  let end = at + 1
  while (end < lines.length && FIELD_LINE.test(lines[end])) end++
  const block = lines.slice(start, end).join('\n')
  if (!/^(?:final|original)-recipient[ \t]*:/im.test(block) || !/^action[ \t]*:/im.test(block)) return [text, '']
  return [[...lines.slice(0, start), ...lines.slice(end)].join('\n'), block.replace(/\n+$/, '')]
}

/**
 * A tag a mail gateway puts before the subject it relays: an external-sender or spam tag (Exchange
 * mail flow rules' "Prepend the subject of the message with", Proofpoint and Mimecast "[EXTERNAL]",
 * "[SUSPICIOUS MESSAGE]", SpamAssassin's rewrite_header "*****SPAM*****", "[SPAM]"). The readers that
 * know a notice by its subject's start ("Postfix SMTP server: errors from", Hotmail's "complaint about
 * message from") see the notice's own subject (transport-gateways.test.ts).
 */
const GATEWAY_TAG = /^\s*(?:\[(?:ext|external|external sender|external email|external mail|extern|externe?|esterno|externo|spam|possible spam|suspected spam|spam\?|suspicious|suspicious message|caution|warning|phish alert)\]|\((?:ext|external)\)|\*{2,} ?spam ?\*{2,}|external:)[ \t]*/i

function withoutGatewayTag(subject: string): string {
  let out = subject
  for (let i = 0; i < 3 && GATEWAY_TAG.test(out); i++) out = out.replace(GATEWAY_TAG, '')
  return out
}

/** `ParsedMessage.header`: one shared method rather than a closure made per message. */
function firstHeader(this: ParsedMessage, name: string): string {
  return this.headers.get(name.toLowerCase())?.[0] ?? ''
}

export function toParsedMessage(email: Email): ParsedMessage {
  const headers = new Map<string, string[]>()
  for (const h of email.headers) {
    const list = headers.get(h.key)
    if (list) list.push(h.value)
    else headers.set(h.key, [h.value])
  }
  const rawType = headers.get('content-type')?.[0] ?? ''
  const semi = rawType.indexOf(';')
  const contentType = ((semi < 0 ? rawType : rawType.slice(0, semi)) || 'text/plain').trim().toLowerCase()

  let deliveryStatus = ''
  let feedbackReport = ''
  let original = ''
  let strayText = ''
  for (const a of email.attachments) {
    switch (a.mimeType) {
      case 'message/delivery-status':
      case 'message/global-delivery-status':
      case 'message/xdelivery-status': // XWall's mislabelled part (Mail-DeliveryStatus-BounceParser p_xdelivery_status)
        deliveryStatus += (deliveryStatus ? '\n' : '') + contentAsText(a.content)
        break
      case 'message/feedback-report':
        feedbackReport += contentAsText(a.content)
        break
      case 'text/rfc822-headers':
      case 'message/rfc822':
      case 'message/global':
      case 'message/global-headers':
        // Only the returned message's headers are read (original.ts); its body can be megabytes.
        if (!original) original = contentAsText(a.content, MAX_ORIGINAL_BYTES)
        break
      default:
        // "Content-Type: text/plain" with its charset on an unfolded next line reaches us as a
        // type like "text/plain   charset=iso-2022-jp" (lhost-x1-02): it is still the notice's text.
        if (/^text\/plain\s/.test(a.mimeType) && !a.filename) strayText += contentAsText(a.content) + '\n'
    }
  }

  let text = trimLineEnds(strayText + (email.text ?? ''))
  const reportType = contentType === 'multipart/report' ? reportTypeOf(rawType) : ''
  if (!deliveryStatus && reportType === 'delivery-status') [text, deliveryStatus] = statusInText(text)
  const attachments = email.attachments.slice(0, 32).map((a) => ({ type: a.mimeType.toLowerCase(), name: a.filename ?? '' }))
  const from = email.from && 'address' in email.from ? email.from : undefined
  const parsedDate = email.date ? Date.parse(email.date) : NaN
  return {
    headers,
    header: firstHeader,
    subject: withoutGatewayTag(email.subject ?? ''),
    from: (from?.address ?? '').toLowerCase(),
    fromName: from?.name ?? '',
    date: Number.isNaN(parsedDate) ? '' : isoOfTime(parsedDate),
    contentType,
    reportType,
    text: text || htmlToText(email.html ?? ''),
    html: email.html ?? '',
    deliveryStatus: trimLineEnds(deliveryStatus),
    feedbackReport,
    original,
    attachments,
  }
}
