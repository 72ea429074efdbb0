/**
 * Reads a notice's evidence from its raw bytes as Gmail delivered them ("Show original", the
 * Atom watcher's raw source, a Takeout .mbox entry, the Gmail API's raw): the top header block
 * Gmail wrote above the sender's own (shared/GMAIL-FORMATS.md) and the returned original's header
 * block. Bounded: only the first MAX_BYTES are looked at; pure, no MIME library (headers are ASCII).
 */
import { authServId, readAuthResults } from './auth-results'
import { addressIn, readFields, valuesOf } from './headers'
import type { NoticeEvidence } from './types'
import { QUOTE_MARKERS } from '../bounce/original'

/** A notice's own headers and its returned copy's sit near its start (engine README); the rest is bulk. */
const MAX_BYTES = 64 * 1024

/** Gmail's authserv-id (RFC 8601 §2.5): only its topmost field is Gmail's own verdict. */
export const GMAIL_AUTHSERV_ID = 'mx.google.com'

/** Where a returned original's (or its headers') part starts: its Content-Type line. */
const ORIGINAL_PART = /^content-type:[ \t]*(?:message\/(?:rfc822|global|global-headers)|text\/rfc822-headers)\b/im

/** One decoder for every notice: making one costs more than decoding a notice's headers. */
const LATIN1 = new TextDecoder('latin1')

function latin1(bytes: Uint8Array): string {
  return LATIN1.decode(bytes.length > MAX_BYTES ? bytes.subarray(0, MAX_BYTES) : bytes)
}

function blockEnd(text: string, from: number): number {
  const m = /\r?\n\r?\n/.exec(text.slice(from, from + 256 * 1024))
  return m ? from + m.index + m[0].length : -1
}

export function readEvidence(raw: Uint8Array | string): NoticeEvidence {
  const text = typeof raw === 'string' ? raw.slice(0, MAX_BYTES) : latin1(raw)
  const top = readFields(text)
  const firstAuth = valuesOf(top, 'authentication-results')[0]
  const gmailAuth = firstAuth !== undefined && authServId(firstAuth) === GMAIL_AUTHSERV_ID ? readAuthResults(firstAuth) : null
  const labelsValue = valuesOf(top, 'x-gmail-labels')[0]
  return {
    gmailAuth,
    from: addressIn(valuesOf(top, 'from')[0] ?? ''),
    returnPath: addressIn(valuesOf(top, 'return-path')[0] ?? ''),
    deliveredTo: addressIn(valuesOf(top, 'delivered-to')[0] ?? ''),
    labels: labelsValue === undefined ? null : labelsValue.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean).slice(0, 100),
    original: readOriginal(text),
    rendered: false,
  }
}

/**
 * Where the returned original's header block starts, -1 if the notice carries none: its MIME part,
 * else a copy quoted in the body after an MTA's marker line (Exim's "------ This is a copy of the
 * message, including all the headers. ------", Postfix, qmail...: the engine's QUOTE_MARKERS).
 */
export function originalStart(text: string): number {
  const afterTop = blockEnd(text, 0)
  if (afterTop < 0) return -1
  const body = text.slice(afterTop)
  const m = ORIGINAL_PART.exec(body)
  if (m) return blockEnd(text, afterTop + m.index)
  const q = QUOTE_MARKERS.exec(body)
  if (!q) return -1
  const nl = body.indexOf('\n', q.index + q[0].length)
  // The copy starts on the next line, after blank lines if any.
  return nl < 0 ? -1 : afterTop + nl + 1 + (/^(?:[ \t]*\r?\n)*/.exec(body.slice(nl + 1))?.[0].length ?? 0)
}

/** The returned original's From, Message-ID and Received chain. */
function readOriginal(text: string): NoticeEvidence['original'] {
  const start = originalStart(text)
  if (start < 0) return null
  const fields = readFields(text.slice(start))
  if (fields.length === 0) return null
  return {
    from: addressIn(valuesOf(fields, 'from')[0] ?? ''),
    messageId: (valuesOf(fields, 'message-id')[0] ?? '').replace(/\s+/g, '').slice(0, 998).toLowerCase(),
    received: valuesOf(fields, 'received').slice(0, 50).map((r) => r.slice(0, 1000)),
  }
}

/** A page's rendered text carries no headers: only who the page says sent it. */
export function renderedEvidence(from: string): NoticeEvidence {
  return { gmailAuth: null, from: addressIn(from) || addressIn(`<${from.trim()}>`), returnPath: '', deliveredTo: '', labels: null, original: null, rendered: true }
}
