/**
 * Small text helpers shared by the provider decoders. Every pattern here is linear: no nested
 * quantifiers, bounded repetitions, so hostile text cannot make them backtrack.
 */

import { splitLines } from '../../split-lines'

/** Longest body we scan; a notice's explanation is always near the top (bounds time per message). */
export const MAX_SCAN = 64 * 1024

/** Most recipients one notice may report; a real notice lists a handful (bounds hostile input). */
export const MAX_RECIPIENTS = 1000

/** Lines of a body, CRLF / CR / LF alike, cut to MAX_SCAN characters. */
export function lines(text: string): string[] {
  return splitLines(text.slice(0, MAX_SCAN))
}

export { squeeze } from '../../spaces'

const ADDRESS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,128}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,16}/

/** First email address in a line, domain lower-cased; "" when none. */
export function findAddress(line: string): string {
  const m = ADDRESS.exec(line.slice(0, 2048))
  if (!m) return ''
  const at = m[0].lastIndexOf('@')
  const local = m[0].slice(0, at).replace(/^\.+|\.+$/g, '')
  const domain = m[0].slice(at + 1).replace(/\.+$/, '').toLowerCase()
  return local && domain.includes('.') ? `${local}@${domain}` : ''
}

/** A line holding an address and nothing else that matters (`  jane@acme.example`, `<jane@…>:`). */
export function isAddressLine(line: string): boolean {
  const t = line.trim().replace(/^<|>:?$/g, '')
  return t.length > 0 && !/\s/.test(t) && findAddress(t) !== ''
}

/** SMTP reply code at the start of a diagnostic ("550 5.1.1 ..." → "550"), "" when none. */
export function findReplyCode(text: string): string {
  const m = /(?:^|[\s'"#(])([245]\d\d)(?=[\s-]|$)/.exec(text.slice(0, 4096))
  return m ? m[1] : ''
}

/** First RFC 3463 enhanced status code in a text ("5.1.10" stays whole), "" when none. */
export function findStatus(text: string): string {
  const m = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/.exec(text.slice(0, 4096))
  return m ? m[1] : ''
}

/** Host name in a text ("... by mx.example.jp. [192.0.2.1]" → "mx.example.jp"), "" when none. */
export function findHost(text: string): string {
  const m = /\b((?:[A-Za-z0-9-]{1,63}\.){1,16}[A-Za-z]{2,24})\.?(?:\s|\[|\(|$)/.exec(text.slice(0, 4096))
  return m ? m[1].toLowerCase() : ''
}

/** Index of the first of several markers in a text, -1 when none occurs. */
export function indexOfAny(text: string, markers: readonly string[]): number {
  let best = -1
  for (const m of markers) {
    const i = text.indexOf(m)
    if (i >= 0 && (best < 0 || i < best)) best = i
  }
  return best
}

/** Whether a text contains any of several phrases, compared lower-case. */
export function containsAny(text: string, phrases: readonly string[]): boolean {
  const t = text.toLowerCase()
  return phrases.some((p) => t.includes(p.toLowerCase()))
}

/** Text before the first marker that starts the returned message (the notice's own part). */
export function cutAt(text: string, markers: readonly string[]): string {
  const i = indexOfAny(text, markers)
  return i < 0 ? text.slice(0, MAX_SCAN) : text.slice(0, i)
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'table', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre', 'td'])
const SKIPPED_TAGS = new Set(['style', 'script', 'head', 'title'])
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/**
 * Visible text of an HTML body, for notices that have no text/plain part (the current Gmail ones).
 * One pass with indexOf, no regular expression over the markup: linear on hostile HTML too.
 */
export function htmlText(html: string): string {
  const src = html.slice(0, MAX_SCAN * 4)
  let out = ''
  let i = 0
  while (i < src.length) {
    const lt = src.indexOf('<', i)
    out += src.slice(i, lt < 0 ? src.length : lt)
    if (lt < 0) break
    const gt = src.indexOf('>', lt)
    if (gt < 0) break
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]{0,9})/.exec(src.slice(lt + 1, lt + 12))?.[1]?.toLowerCase() ?? ''
    i = gt + 1
    if (SKIPPED_TAGS.has(name) && src[lt + 1] !== '/') {
      const end = src.toLowerCase().indexOf(`</${name}`, i)
      i = end < 0 ? src.length : end
    } else if (BLOCK_TAGS.has(name)) out += '\n'
  }
  const decoded = out.replace(/&(#?[a-z0-9]{1,8});/gi, (m, e: string) => {
    const lower = e.toLowerCase()
    if (ENTITIES[lower]) return ENTITIES[lower]
    if (/^#\d{1,7}$/.test(lower)) return String.fromCodePoint(Math.min(Number(lower.slice(1)), 0x10ffff))
    if (/^#x[0-9a-f]{1,6}$/.test(lower)) return String.fromCodePoint(Math.min(parseInt(lower.slice(2), 16), 0x10ffff))
    return m
  })
  return decoded.replace(/[ \t]+/g, ' ').replace(/ ?\n[\s]*\n\s*/g, '\n\n').replace(/\n /g, '\n').trim()
}

/** The notice's text: its plain-text part, or its HTML's visible text when there is none. */
export function bodyText(message: { text: string; html: string }): string {
  // /\S/ is `trim() !== ''` (same white space and line terminators) without copying the text.
  return /\S/.test(message.text) ? message.text : htmlText(message.html)
}
