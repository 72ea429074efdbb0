/**
 * Trend Micro InterScan Messaging Security Suite: the SMTP exchange quoted as "Sent <<< RCPT
 * TO:<address>" / "Received >>> 550 ...", or one sentence "Unable to deliver message to <address>".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, commandIn, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const SENT = /^Sent <<< (RCPT TO|MAIL FROM):\s*<([^>]+)>/
const RECEIVED = /^Received >>> (.*)$/
// "Unable to deliver message to <a@b> (and other recipients in the same domain)."
// As Outlook on the web renders it, the address has no brackets (rendered-parity.test.ts).
const UNABLE = /Unable to deliver message to <?([^<>\s,;]+@[^<>\s,;]+)>?/

export const interscanmss: Dialect = {
  name: 'interscanmss',
  decode(message) {
    const text = noticeText(message)
    if (!/InterScan/.test(message.fromName + text) && !SENT.test(text)) return null
    const recipients: DecodedRecipient[] = []
    let pending: DecodedRecipient | null = null
    for (const raw of lines(text)) {
      const line = raw.trim()
      let m = SENT.exec(line)
      if (m) {
        pending = m[1] === 'RCPT TO' ? { address: addressIn(m[2]), command: commandIn(m[1]) } : null
        if (pending) recipients.push(pending)
        continue
      }
      if ((m = RECEIVED.exec(line)) && pending) {
        // A 2xx answer to RCPT TO accepted that recipient (RFC 5321 §4.2.1): the quoted dialogue
        // shows it on the way to the one refused; it did not fail.
        if (/^2\d\d(?:[ -]|$)/.test(m[1].trim())) {
          recipients.splice(recipients.indexOf(pending), 1)
          pending = null
          continue
        }
        pending.diagnostic = squeeze(m[1])
        pending.replyCode = leadingReplyCode([m[1]])
        pending.status = statusIn(m[1])
        pending = null
        continue
      }
      if ((m = UNABLE.exec(line)) && !recipients.some((r) => r.address === addressIn(m![1]))) {
        // InterScan says this when the next hop refused the recipient: the address is not there.
        recipients.push({ address: addressIn(m[1]), diagnostic: squeeze(line.replace(/^Reason:\s*/, '')), reason: 'userunknown' })
      }
    }
    return recipients.length ? { recipients } : null
  },
}
