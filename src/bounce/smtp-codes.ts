/** Finding SMTP reply codes ("550") and RFC 3463 enhanced status codes ("5.1.1") in server text. */

import { squeeze } from './spaces'

/**
 * A status stands alone: not the tail or head of a longer dotted number (issue 9, class 4: "policy
 * (3.2.1.1)" held no 2.1.1, and a version "1.5.1.1" or an IP "10.4.4.1" holds no status either).
 */
const STATUS = /(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/
const REPLY = /(?:^|[^\d.])([245]\d\d)(?=[\s\-])/
/** Codes are looked for near the start of a reply; this bounds the work on hostile text. */
const SCAN = 512

export function findStatus(text: string): string {
  const m = STATUS.exec(text.length > SCAN ? text.slice(0, SCAN) : text)
  if (!m) return ''
  if (Number(m[2]) > 7) return ''
  return `${m[1]}.${Number(m[2])}.${Number(m[3])}`
}

export function findReplyCode(text: string): string {
  const m = REPLY.exec(text.length > SCAN ? text.slice(0, SCAN) : text)
  return m ? m[1] : ''
}

const FAILURE_REPLY = /(?:^|[^\d.])([45]\d\d)(?=[\s\-])/

/**
 * The reply code that goes with a failure: the first 4xx/5xx one. A positive code before it is
 * another step's, e.g. a greeting banner quoted ahead of the refusal ("220-laposte 421 4.2.1
 * Service refuse...", test/fixtures/sisimai/rhost-franceptt-11.eml); "" when there is none.
 */
export function findFailureReplyCode(text: string): string {
  const m = FAILURE_REPLY.exec(text.length > SCAN ? text.slice(0, SCAN) : text)
  return m ? m[1] : ''
}

/** Normalises a Status: field value ("5.1.1 (user unknown)", "5.01.001") to "5.1.1"; "" when not a code. */
export function normaliseStatus(value: string): string {
  return findStatus(value)
}

/** Collapses whitespace and trims; bounded so hostile diagnostics stay cheap downstream. */
export function collapse(text: string, max = 2048): string {
  const t = text.length > max * 2 ? text.slice(0, max * 2) : text
  const out = squeeze(t)
  return out.length > max ? out.slice(0, max) : out
}

/**
 * Which enhanced code to believe when the Status: field and the server's own text disagree
 * (after Sisimai's smtp/status Prefer): the one whose class agrees with the reply code; a specific
 * code over an "X.0.0" or "X.Y.0"; the server's over the reporting MTA's ambiguous ones
 * (4.4.7 "expired", 4.7.0, 5.3.x, X.5.x).
 */
export function preferStatus(field: string, inText: string, replyCode: string): string {
  if (!field) return inText
  if (!inText || field === inText) return field
  if (replyCode && field[0] !== inText[0]) {
    if (replyCode[0] === field[0]) return field
    if (replyCode[0] === inText[0]) return inText
  }
  const fieldZero = field.endsWith('.0.0')
  const textZero = inText.endsWith('.0.0')
  if (fieldZero) return textZero ? field : inText
  if ((field.endsWith('.0') || field.includes('.0.')) && !(inText.endsWith('.0') || inText.includes('.0.'))) return inText
  if (textZero) return field
  if (field === '4.4.7' || field === '4.7.0' || field.startsWith('5.3.') || /^\d\.5\.[1245]$/.test(field)) return inText
  if (field === '5.1.1') return inText.startsWith('5.5.') || inText.endsWith('.0') || inText.includes('.0.') ? field : inText
  if (field === '5.1.3' && inText.startsWith('5.7.')) return inText
  return field
}

/**
 * A multi-line SMTP reply repeats its code on every line ("550-5.7.1 Messages with multiple
 * 550-5.7.1 addresses..."); phrases only match once those repeats are gone.
 */
export function joinReplyLines(text: string): string {
  const first = /\b([245]\d\d)[- ]([245]\.\d{1,3}\.\d{1,3})\s/.exec(text.slice(0, 512))
  if (!first) return text
  const head = text.slice(0, first.index + first[0].length)
  const tail = text.slice(head.length).split(`${first[1]}-${first[2]} `).join('').split(`${first[1]} ${first[2]} `).join('')
  return head + tail
}
