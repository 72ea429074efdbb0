/**
 * Small text helpers shared by the provider decoders. Every pattern here is linear: no nested
 * quantifiers, bounded repetitions, so hostile text cannot make them backtrack.
 */

/** Longest body we scan; a notice's explanation is always near the top (bounds time per message). */
export const MAX_SCAN = 64 * 1024

/** Lines of a body, CRLF / CR / LF alike, cut to MAX_SCAN characters. */
export function lines(text: string): string[] {
  return text.slice(0, MAX_SCAN).split(/\r\n|\r|\n/)
}

/** Whitespace collapsed and trimmed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

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
