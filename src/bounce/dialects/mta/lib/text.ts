/**
 * Small text helpers shared by the MTA dialect decoders. Every regular expression here is linear:
 * no nested or adjacent overlapping quantifiers, because notices are attacker-controlled text.
 */

/** Splits on LF, CRLF and CR alike (the corpus has all three). */
export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
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

/** Collapses runs of whitespace and trims. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

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

/** Host name in the usual "host name [1.2.3.4]" / "name[1.2.3.4]" shapes, lower-case. */
export function hostIn(s: string): string {
  const m = /([A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9])\s?\[[0-9A-Fa-f.:]+\]/.exec(s)
  return m ? m[1].toLowerCase() : ''
}

/** SMTP command named in an error text: "after RCPT TO", "in reply to MAIL FROM", ... */
export function commandIn(s: string): string {
  const m = /\b(HELO|EHLO|MAIL\s+FROM|RCPT\s+TO|DATA|STARTTLS|AUTH)\b/i.exec(s)
  if (m) return m[1].split(/\s/)[0].toUpperCase()
  if (/initial connection|greeting|connect(?:ion)? to/i.test(s)) return 'CONN'
  if (/end of data|after DATA|message body/i.test(s)) return 'DATA'
  return ''
}
