/** Finding SMTP reply codes ("550") and RFC 3463 enhanced status codes ("5.1.1") in server text. */

const STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/
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

/** Normalises a Status: field value ("5.1.1 (user unknown)", "5.01.001") to "5.1.1"; "" when not a code. */
export function normaliseStatus(value: string): string {
  return findStatus(value)
}

/** Collapses whitespace and trims; bounded so hostile diagnostics stay cheap downstream. */
export function collapse(text: string, max = 2048): string {
  const t = text.length > max * 2 ? text.slice(0, max * 2) : text
  const out = t.replace(/\s+/g, ' ').trim()
  return out.length > max ? out.slice(0, max) : out
}
