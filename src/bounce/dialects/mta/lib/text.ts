/**
 * Small text helpers shared by the MTA dialect decoders. Every regular expression here is linear:
 * no nested or adjacent overlapping quantifiers, because notices are attacker-controlled text.
 */
import type { ParsedMessage } from '../../../mime/parsed-message'
import { splitLines } from '../../../split-lines'

/** A notice's own explanation is at its top; the rest is the returned copy. Decoders read this much. */
export const MAX_NOTICE_TEXT = 256 * 1024

const noticeTexts = new WeakMap<ParsedMessage, string>()

/** The notice's text with LF line endings, at most MAX_NOTICE_TEXT chars; computed once per message. */
export function noticeText(message: ParsedMessage): string {
  let text = noticeTexts.get(message)
  if (text === undefined) {
    const head = message.text.length > MAX_NOTICE_TEXT ? message.text.slice(0, MAX_NOTICE_TEXT) : message.text
    text = head.includes('\r') ? head.replace(/\r\n?/g, '\n') : head
    noticeTexts.set(message, text)
  }
  return text
}

/** A line longer than this is no server reply; cutting it bounds every per-line pattern's cost. */
export const MAX_LINE = 2048

/** Splits on LF, CRLF and CR alike (the corpus has all three); each line at most MAX_LINE chars. */
export function lines(text: string): string[] {
  const out = splitLines(text)
  for (let i = 0; i < out.length; i++) if (out[i].length > MAX_LINE) out[i] = out[i].slice(0, MAX_LINE)
  return out
}

/** The text before the first of the markers that occurs (whole text when none does). */
export function cutAt(text: string, markers: readonly string[]): string {
  let end = text.length
  for (const m of markers) {
    const i = text.indexOf(m)
    if (i >= 0 && i < end) end = i
  }
  return text.slice(0, end)
}

/** The text after the first of the markers that occurs ("" when none does). */
export function after(text: string, markers: readonly string[]): string {
  let best = -1
  let len = 0
  for (const m of markers) {
    const i = text.indexOf(m)
    if (i >= 0 && (best < 0 || i < best)) { best = i; len = m.length }
  }
  return best < 0 ? '' : text.slice(best + len)
}

export { squeeze } from '../../../spaces'

const STATUS = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/

/** First RFC 3463 enhanced status code in the text, "" when none. */
export function statusIn(s: string): string {
  return STATUS.exec(s)?.[1] ?? ''
}

const REPLY = /(?:^|[\s:(\[<"'#=])([245][0-5]\d)(?=[\s\-)\]>,;:"']|$)/

/** First SMTP reply code (2xx, 4xx, 5xx) standing as a word, "" when none. */
export function replyCodeIn(s: string): string {
  return REPLY.exec(s)?.[1] ?? ''
}

const ADDRESS = /([^\s<>"'(),;:\[\]@]+@[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)+)/

const LEADING_REPLY = /^([245][0-5]\d)(?:[\s\-]|$)/

/**
 * The reply code a server's answer starts with, looked for at the start of each line or right
 * after the "host name [1.2.3.4]: " / "reason: " prefixes MTAs put before the answer.
 */
export function leadingReplyCode(textLines: readonly string[]): string {
  for (const raw of textLines) {
    const line = raw.trim()
    for (const prefix of [']: ', 'reason: ', '>: ', '>... ']) {
      const i = line.indexOf(prefix)
      const m = LEADING_REPLY.exec(i >= 0 ? line.slice(i + prefix.length) : line)
      if (m) return m[1]
    }
    const m = LEADING_REPLY.exec(line)
    if (m) return m[1]
  }
  return ''
}

/** First e-mail address in the text, domain lower-cased; "" when none. */
export function addressIn(s: string): string {
  const m = ADDRESS.exec(s)
  if (!m) return ''
  let a = m[1].replace(/^mailto:/i, '').replace(/\.+$/, '')
  const at = a.lastIndexOf('@')
  return a.slice(0, at) + '@' + a.slice(at + 1).toLowerCase()
}

/** True when the whole (trimmed) string is one address, optionally in angle brackets. */
export function isAddress(s: string): boolean {
  const t = s.trim().replace(/^<|>$/g, '')
  return t.length > 2 && addressIn(t) === t.replace(/@.*$/, (d) => d.toLowerCase())
}

const HOST_CHAR = /[A-Za-z0-9.\-]/

/**
 * Host name in the usual "host name [1.2.3.4]" / "name[1.2.3.4]" shapes, lower-case. Found from
 * each bracketed address backwards (at most 255 characters), so the cost stays linear.
 */
export function hostIn(s: string): string {
  const brackets = /\[[0-9A-Fa-f.:]{2,45}\]/g
  for (let m = brackets.exec(s); m; m = brackets.exec(s)) {
    let end = m.index
    if (s[end - 1] === ' ') end--
    let start = end
    while (start > 0 && end - start < 255 && HOST_CHAR.test(s[start - 1])) start--
    const name = s.slice(start, end).replace(/^[.\-]+|[.\-]+$/g, '')
    if (/[A-Za-z0-9]/.test(name)) return name.toLowerCase()
  }
  return ''
}

/** SMTP command named in an error text: "after RCPT TO", "in reply to MAIL FROM", ... */
export function commandIn(s: string): string {
  const m = /\b(HELO|EHLO|MAIL\s+FROM|RCPT\s+TO|DATA|STARTTLS|AUTH)\b/i.exec(s)
  if (m) return m[1].split(/\s/)[0].toUpperCase()
  if (/initial connection|greeting|connect(?:ion)? to/i.test(s)) return 'CONN'
  if (/end of data|after DATA|message body/i.test(s)) return 'DATA'
  return ''
}
