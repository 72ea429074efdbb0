/**
 * A Sieve "reject" (RFC 5429): the recipient's own mail filter refused the message and its server sent
 * a disposition notification ("automatic-action/MDN-sent-automatically; deleted") with a text part that
 * gives the filter's reason, written by whoever wrote the rule.
 * - Dovecot Pigeonhole (src/lib-sieve/sieve-actions.c sieve_action_do_reject_mail), also Dovecot's LDA
 *   rejection: "Your message to <x@y> was automatically rejected:" over the reason.
 * - Cyrus IMAP's lmtpd (lmtp_sieve.c send_rejection): "Your message was automatically rejected by Sieve,
 *   a mail filtering language." / "The following reason was given:" over the reason; the recipient is
 *   the returned message's.
 * The reason decides (a filter's "This address is no longer in use" is a dead address, "Quota exceeded"
 * a full mailbox); a reason that names no cause is the recipient's own filter, retried.
 */
import type { Dialect } from '../../dialect'
import { copyRecipient } from '../../original'
import { addressIn, lines, noticeText, squeeze } from './lib/text'

const PIGEONHOLE = /Your message to <([^<>\s]{1,64}@[^<>\s]{1,255})> was automatically rejected:/
const CYRUS = /Your message was automatically rejected by Sieve, a mail\s{1,4}filtering language\./
const CYRUS_REASON = 'The following reason was given:'
/** How many lines of the rule's reason are read. */
const REASON_LINES = 6

/** The reason's lines under the announcement, up to a blank line after them or a MIME boundary. */
function reasonAfter(text: string, at: number): string {
  const out: string[] = []
  for (const raw of lines(text.slice(at))) {
    const line = raw.trim()
    if (line.startsWith('--')) break
    if (!line) {
      if (out.length) break
      continue
    }
    out.push(line)
    if (out.length >= REASON_LINES) break
  }
  return squeeze(out.join(' '))
}

export const sieveReject: Dialect = {
  name: 'sieve-reject',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes('automatically rejected')) return null
    const p = PIGEONHOLE.exec(text)
    if (p) {
      const reason = reasonAfter(text, p.index + p[0].length)
      return { recipients: [{ address: addressIn(p[1]), diagnostic: squeeze(`${p[0]} ${reason}`) }] }
    }
    const c = CYRUS.exec(text)
    if (!c) return null
    const address = copyRecipient(message)
    if (!address) return null
    const at = text.indexOf(CYRUS_REASON, c.index)
    const reason = at < 0 ? '' : reasonAfter(text, at + CYRUS_REASON.length)
    return { recipients: [{ address, diagnostic: squeeze(`${c[0]} ${reason}`) }] }
  },
}
