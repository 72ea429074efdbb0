/**
 * The Gmail search for notices: the live watcher's senders and subjects (src/sites/notices/
 * tables.ts), in every folder but the trash (spam included: filters sometimes put bounces there).
 * https://support.google.com/mail/answer/7190 (search operators)
 */
import { SENDER_LOCAL_PARTS, SUBJECT_PHRASES } from '../../sites/notices/tables'

export function noticeQuery(): string {
  const quote = (s: string) => (/[\s"]/.test(s) ? `"${s.replace(/"/g, '')}"` : s)
  const senders = SENDER_LOCAL_PARTS.map((l) => `from:${quote(l)}`)
  const subjects = [...new Set(SUBJECT_PHRASES.map((p) => p.phrase))].map((p) => `subject:${quote(p)}`)
  return `{${[...senders, ...subjects].join(' ')}} -in:trash`
}
