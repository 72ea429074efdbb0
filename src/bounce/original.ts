/**
 * The bounced message's own headers (Message-ID, Subject, To, Date): from a text/rfc822-headers or
 * message/rfc822 part, else from a copy quoted in the notice's body. Rebound ties a bounce to the
 * prospecting email that caused it with these.
 */
import { decodeWords } from 'postal-mime'
import type { OriginalMessage } from './types'
import type { ParsedMessage } from './mime/parsed-message'
import { cleanAddress } from './address'
import { isoDate } from './dates'
import { readFields } from './fields'
import { squeeze } from './spaces'

/**
 * Reads "Name: value" header lines (unfolded) up to the first blank line; lower-case names
 * (the engine's one field reader, ./fields.ts). `only`: the names to keep.
 */
export function readHeaderBlock(text: string, only?: ReadonlySet<string>): Map<string, string> {
  return readFields(text, { only })
}

function decoded(value: string): string {
  if (!value.includes('=?')) return squeeze(value)
  try {
    return squeeze(decodeWords(value))
  } catch {
    return value.trim()
  }
}

function addresses(value: string): string[] {
  const out: string[] = []
  for (const part of value.slice(0, 8192).split(',')) {
    const a = cleanAddress(part)
    if (a && !out.includes(a)) out.push(a)
    if (out.length >= 100) break
  }
  return out
}

/** The fields originalFromHeaders reads: what readHeaderBlock needs to keep for it. */
export const ORIGINAL_FIELDS: ReadonlySet<string> = new Set(['message-id', 'subject', 'to', 'date'])

export function originalFromHeaders(headers: Map<string, string>): OriginalMessage | null {
  const messageId = (headers.get('message-id') ?? '').replace(/\s+/g, '').slice(0, 998)
  const subject = decoded(headers.get('subject') ?? '').slice(0, 998)
  const to = addresses(headers.get('to') ?? '')
  const date = isoDate(headers.get('date') ?? '')
  if (!messageId && !subject && !to.length && !date) return null
  return { messageId, subject, to, date }
}

/** Markers MTAs put before a returned copy inlined in the body (Postfix, Exim, qmail, Sendmail, Exchange). */
export const QUOTE_MARKERS = /^(?:-{2,80}.{0,80}(?:original message|returned message|this is a copy|copy of the message|copy of your message|headers? of (?:the )?(?:original|returned)|message headers? follows?|undelivered message|unsent message follows|message text follows|mensaje original|message d'origine|messaggio originale|ursprüngliche nachricht|oorspronkelijk bericht|mensagem original)|original message headers:|the original message headers? (?:are|is|was|were))/im

/** A returned copy quoted in the notice's text, from its first header line on; "" when there is none. */
function quotedCopy(message: ParsedMessage): string {
  const text = message.text.slice(0, 256 * 1024)
  const marker = QUOTE_MARKERS.exec(text)
  if (!marker) return ''
  const after = text.slice(marker.index + marker[0].length)
  const nl = after.search(/\r?\n|\r/)
  return nl >= 0 ? after.slice(nl + 1).replace(/^[ \t]*\r?\n/, '') : after
}

export function extractOriginal(message: ParsedMessage): OriginalMessage | null {
  if (message.original) {
    const found = originalFromHeaders(readHeaderBlock(message.original, ORIGINAL_FIELDS))
    if (found) return found
  }
  const quoted = quotedCopy(message)
  return quoted ? originalFromHeaders(readHeaderBlock(quoted, ORIGINAL_FIELDS)) : null
}

const COPY_RECIPIENT_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'received'])
/** "… by mx.example.com … for <x@y>; date": the envelope recipient, as the receiving host wrote it (RFC 5321 4.4). */
const RECEIVED_FOR = /\bfor\s+<?([^\s<>;@]{1,128}@[^\s<>;@]{1,254}?)>?\s*;/i

/**
 * The one address the returned copy was sent to, or "": the envelope recipient in the copy's newest
 * Received line, else its To when that names one address and there is no Cc (a Bcc cannot be
 * seen, but a copy sent to several people never gives an answer here).
 */
export function copyRecipient(message: ParsedMessage): string {
  for (const block of [message.original, quotedCopy(message)]) {
    const fields = block ? readFields(block, { only: COPY_RECIPIENT_FIELDS }) : null
    if (!fields?.size) continue
    const envelope = RECEIVED_FOR.exec(fields.get('received') ?? '')
    const to = addresses(fields.get('to') ?? '')
    const found = envelope ? cleanAddress(envelope[1]) : to.length === 1 && !fields.get('cc') ? to[0] : ''
    return found && isAddressee(message, found) ? '' : found
  }
  return ''
}

/**
 * The notice's own addressee: a copy sent to the reader is no returned copy of the reader's message
 * (a gateway that hands on a notice or an auto-reply it got for the reader, with its own "could not
 * be delivered"; a quarantine note over the held message): its recipient is the reader, never a
 * failed contact (transport-gateways.test.ts).
 */
function isAddressee(message: ParsedMessage, address: string): boolean {
  const lower = address.toLowerCase()
  return addresses(message.header('to')).some((a) => a.toLowerCase() === lower)
}
