/**
 * Decides from the outside (sender, subject) whether a message may be a returned-message notice.
 * Pure: used by the Atom poller and by both content scripts.
 */
import { AUTOREPLY_PREFIXES, RECEIPT_PREFIXES, SENDER_LOCAL_PARTS, SENDER_NAMES, SUBJECT_PHRASES } from './tables'

/** Subjects and names longer than this are cut before matching, to bound the work per message. */
const MAX_FIELD = 1_000

function normalize(s: string): string {
  let out = ''
  let space = false
  for (const c of s.slice(0, MAX_FIELD).normalize('NFC').toLowerCase()) {
    const isSpace = c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0'
    if (isSpace) {
      space = out.length > 0
      continue
    }
    if (space) out += ' '
    space = false
    out += c
  }
  return out
}

/** Reply and forward prefixes: "Re: Undeliverable: x" is someone talking about a bounce, not one. */
const REPLY_PREFIXES = ['re:', 'fw:', 'fwd:', 'tr:', 'aw:', 'wg:', 'r:', 'i:', 'rv:', 'sv:', 'vs:']

export function senderIsDaemon(email: string, name = ''): boolean {
  const at = email.lastIndexOf('@')
  const local = normalize(at < 0 ? email : email.slice(0, at))
  if (local && SENDER_LOCAL_PARTS.includes(local)) return true
  const display = normalize(name)
  return display !== '' && SENDER_NAMES.includes(display)
}

export function subjectIsNotice(subject: string): boolean {
  const s = normalize(subject)
  if (REPLY_PREFIXES.some((p) => s.startsWith(p))) return false
  if (AUTOREPLY_PREFIXES.some((p) => s.startsWith(p)) || RECEIPT_PREFIXES.some((p) => s.startsWith(p))) return false
  return SUBJECT_PHRASES.some(({ phrase, at }) => (at === 'start' ? s.startsWith(phrase) : s.includes(phrase)))
}

export interface NoticeCandidate {
  subject: string
  fromEmail: string
  fromName?: string
}

/**
 * Never a notice, whatever its body shows (issue 9): a receipt or recall (RECEIPT_PREFIXES, even
 * from postmaster), or a person's reply, forward or auto-reply, which may quote a notice's words
 * ("Re: Undeliverable: x" — "I got a bounce when I mailed x, can you check?"). The content scripts
 * check this before their body markers.
 */
export function neverNotice(m: NoticeCandidate): boolean {
  const s = normalize(m.subject)
  if (RECEIPT_PREFIXES.some((p) => s.startsWith(p))) return true
  if (senderIsDaemon(m.fromEmail, m.fromName)) return false
  return REPLY_PREFIXES.some((p) => s.startsWith(p)) || AUTOREPLY_PREFIXES.some((p) => s.startsWith(p))
}

/** True when the message should be fetched and read by the engine. */
export function mayBeNotice(m: NoticeCandidate): boolean {
  if (RECEIPT_PREFIXES.some((p) => normalize(m.subject).startsWith(p))) return false
  return senderIsDaemon(m.fromEmail, m.fromName) || subjectIsNotice(m.subject)
}
