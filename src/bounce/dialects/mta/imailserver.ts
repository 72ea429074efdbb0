/**
 * Ipswitch IMail Server ("X-Mailer: <SMTP32 v8.22>", "Undeliverable Mail"): one "reason: address"
 * line per recipient, or "undeliverable to address" followed by the server's reply, then
 * "Original message follows.".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const END = ['Original message follows.']
const RESPONSE_MARKERS = ['Body of message generated response:', 'RCPT TO generated following response:', 'MAIL FROM generated following response:', 'DATA generated following response:']

/** IMail's own prefixes and what they mean (as seen in its notices, lhost-imailserver-*). */
const PREFIXES: [RegExp, Reason | undefined][] = [
  [/^Unknown user: (\S+@\S+)/, 'userunknown'],
  [/^Invalid final delivery userid: (\S+@\S+)/, 'userunknown'],
  [/^User mailbox exceeds allowed size: (\S+@\S+)/, 'mailboxfull'],
  [/^Delivery failed \d+ attempts: (\S+@\S+)/, 'expired'],
  [/^Requested action not taken: mailbox unavailable: (\S+@\S+)/, undefined],
  [/^undeliverable to (\S+@\S+)/, undefined],
]

export const imailserver: Dialect = {
  name: 'imailserver',
  decode(message) {
    const mailer = message.header('x-mailer')
    if (!/<(?:SMTP32|IMail) v/.test(mailer) && message.subject !== 'Undeliverable Mail') return null
    const text = noticeText(message)
    const body = cutAt(text, END)
    const recipients: DecodedRecipient[] = []
    for (const line of lines(body)) {
      const hit = PREFIXES.map(([re, reason]) => [re.exec(line.trim()), reason] as const).find(([m]) => m)
      if (!hit) continue
      const [m, reason] = hit
      // "Body of message generated response:" introduces the remote server's own reply; so do "RCPT TO
      // generated following response:" and "MAIL FROM …" (the step that failed).
      const response = squeeze(after(body, RESPONSE_MARKERS))
      const diagnostic = response || squeeze(line)
      // After "Delivery failed N attempts" a permanent reply from the remote says why (flufl.bounce's
      // smtp32.py reads the address from that line; the cause is the reply under it): not a timeout.
      const permanentReply = /^5\d\d\b/.test(response)
      recipients.push({
        address: addressIn(m![1]),
        status: statusIn(response),
        replyCode: leadingReplyCode([response]),
        diagnostic,
        ...(reason && !(reason === 'expired' && permanentReply) ? { reason } : {}),
      })
    }
    if (!recipients.length) return null
    return { recipients, original: message.original ? undefined : originalFrom(after(text, END)) }
  },
}
