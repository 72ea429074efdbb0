/**
 * The engine's one public entry. `parseBounce` reads a raw RFC 5322 message; `parseBounceText`
 * reads what a webmail page shows when the raw source is not available. Neither throws.
 */
import type { ParseError, Report } from './types'
import type { ParsedMessage } from './mime/parsed-message'
import { parseMime, toParsedMessage } from './mime/parsed-message'
import { analyse } from './engine'

export type { ParseError, Report, RecipientReport, Reason, Verdict, ReportKind, OriginalMessage } from './types'

/**
 * A notice's structure (headers, the DSN part) is always near its start; what lies beyond this is
 * the returned copy's bulk. Cutting there bounds time and memory on 20 MB messages.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024

const FROM_LINE = [70, 114, 111, 109, 32] // "From "

function toBytes(raw: string | Uint8Array | ArrayBuffer): Uint8Array | string {
  if (typeof raw === 'string') return raw
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw)
}

/** Drops an mbox "From " envelope line and cuts the input to MAX_INPUT_BYTES. */
export function prepareInput(raw: string | Uint8Array | ArrayBuffer): Uint8Array | string {
  const data = toBytes(raw)
  if (typeof data === 'string') {
    let s = data.length > MAX_INPUT_BYTES ? data.slice(0, MAX_INPUT_BYTES) : data
    if (s.startsWith('From ')) s = s.slice(s.search(/\r\n|\r|\n/) + 1 || s.length)
    if (s.includes('\r') && !s.slice(0, 65536).includes('\n')) s = s.replace(/\r/g, '\r\n')
    return s
  }
  let start = 0
  if (FROM_LINE.every((b, i) => data[i] === b)) {
    let i = 5
    while (i < data.length && data[i] !== 10 && data[i] !== 13) i++
    if (data[i] === 13 && data[i + 1] === 10) i++
    start = Math.min(i + 1, data.length)
  }
  const end = Math.min(data.length, start + MAX_INPUT_BYTES)
  return crToCrlf(start === 0 && end === data.length ? data : data.subarray(start, end))
}

/** Old Mac files end lines with CR alone, which postal-mime does not split on; make them CRLF. */
function crToCrlf(data: Uint8Array): Uint8Array {
  const probe = data.subarray(0, 64 * 1024)
  if (probe.indexOf(13) < 0 || probe.indexOf(10) >= 0) return data
  let crs = 0
  for (let i = 0; i < data.length; i++) if (data[i] === 13) crs++
  const out = new Uint8Array(data.length + crs)
  let j = 0
  for (let i = 0; i < data.length; i++) {
    out[j++] = data[i]
    if (data[i] === 13) out[j++] = 10
  }
  return out
}

export async function parseBounce(raw: string | Uint8Array | ArrayBuffer): Promise<Report | ParseError> {
  try {
    const input = prepareInput(raw)
    if (input.length === 0) return { kind: 'error', error: 'empty input: not a message' }
    const email = await parseMime(input)
    return analyse(toParsedMessage(email))
  } catch (e) {
    return { kind: 'error', error: `could not read the message: ${e instanceof Error ? e.message : String(e)}`.slice(0, 500) }
  }
}

/** Largest rendered text looked at; a notice's explanation is at its top. */
const MAX_TEXT = 256 * 1024

/** For a webmail page's rendered text: same report shape, with whatever the text holds. */
export function parseBounceText(text: string, hints: { subject?: string; from?: string } = {}): Report {
  const body = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text
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
  }
  try {
    return analyse(message)
  } catch {
    return { kind: 'none', recipients: [], original: null, notice: { messageId: '', subject: message.subject, from: message.from, date: '' }, decoder: '' }
  }
}
