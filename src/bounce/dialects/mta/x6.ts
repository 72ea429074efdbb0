/**
 * An unidentified MTA's "There was an error sending your mail" notice (Sisimai's "X6";
 * lhost-x6-*): one sentence per failed recipient, the server's answer in square brackets.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const MARKER = 'We had trouble delivering your message. Full details follow:'
// "The following recipients returned permanent errors: a@b. Reason: SMTP Server <host> refused
// to accept your message (DATA), with the following error message: [554 ...]"
const PERMANENT = /^The following recipients returned permanent errors: (\S+@\S+?)\.? Reason: (.*)$/
// "SMTP Server <host> rejected recipient <a@b> (Error following RCPT command). It responded as follows: [550 ...]"
const REJECTED = /^SMTP Server <([^>]*)> rejected recipient <?([^<>\s]+@[^<>\s]+?)>? \(Error following (\w+) command\)\. (.*)$/

export const x6: Dialect = {
  name: 'x6',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(MARKER)) return null
    const recipients: DecodedRecipient[] = []
    for (const line of lines(text)) {
      let address = ''
      let host = ''
      let command = ''
      let rest = ''
      const p = PERMANENT.exec(line)
      const r = p ? null : REJECTED.exec(line)
      if (p) {
        address = p[1]
        rest = p[2]
        host = /SMTP Server <([^>]*)>/.exec(rest)?.[1] ?? ''
        command = /\((HELO|EHLO|MAIL|RCPT|DATA)\)/.exec(rest)?.[1] ?? ''
      } else if (r) {
        ;[, host, address, command, rest] = r
      } else continue
      const answer = /\[([^\]]*)\]\s*$/.exec(rest)?.[1] ?? rest
      recipients.push({
        address: addressIn(address),
        status: statusIn(answer),
        replyCode: leadingReplyCode([answer]),
        diagnostic: squeeze(answer),
        remoteMta: host.toLowerCase(),
        command: command.toUpperCase(),
      })
    }
    return recipients.length ? { recipients } : null
  },
}
