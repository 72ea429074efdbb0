/**
 * OpenSMTPD's notices (plain text, or the first part of its MIME report): smtpd/bounce.c writes
 * the frame, one "address: error" line per recipient; the errors come from smtpd/mta.c.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

// smtpd/bounce.c
const MARKER = 'This is the MAILER-DAEMON, please DO NOT REPLY to this'
const START = ['for the following list of recipients:', 'for the following\n    list of recipients:', 'list of recipients:']
const END = ['Below is a copy of the original message:', 'Please note that this is only a temporary failure report.']

/** smtpd/mta.c and the scheduler's own texts, which carry no reply code. */
const OWN_REASONS: [RegExp, Reason][] = [
  [/^Envelope expired$/, 'expired'],
  [/^Domain does not exist$|^Domain not found$|^Address not found$/, 'hostunknown'],
  [/^No MX found for domain$|^No valid route to (?:remote )?MX$|^Destination seem to reject all mails$/, 'notaccept'],
  [/^Network error on destination MXs$|^Unable to connect to remote host$/, 'networkerror'],
  [/^Loop detected$/, 'systemerror'],
]

export const opensmtpd: Dialect = {
  name: 'opensmtpd',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(MARKER)) return null
    const delayed = text.includes('A message is delayed for more than')
    const region = cutAt(after(text, START), END)
    const recipients: DecodedRecipient[] = []
    for (const line of lines(region)) {
      // bounce.c: "%s: %s\n" with the recipient at the start of the line, unindented.
      const m = /^([^\s:]+@[^\s:]+): (.*)$/.exec(line)
      if (!m) continue
      const diagnostic = squeeze(m[2])
      const own = OWN_REASONS.find(([re]) => re.test(diagnostic))
      // "Envelope expired" means the scheduler dropped the message, yet some versions still frame
      // it as a delay ("delayed for more than 0 seconds", "Action: delayed, Status: 4.4.7",
      // lhost-opensmtpd-06): it is a final failure.
      const gaveUp = own?.[1] === 'expired'
      // A domain with no MX will not grow one by retrying; report it as the failure it is, with
      // the code qmail uses for the same case (5.4.4, "unable to route").
      const noRoute = own?.[1] === 'notaccept'
      recipients.push({
        address: addressIn(m[1]),
        action: delayed && !gaveUp && !noRoute ? 'delayed' : 'failed',
        status: statusIn(diagnostic) || (gaveUp ? '5.4.7' : noRoute ? '5.4.4' : ''),
        replyCode: leadingReplyCode([diagnostic]),
        diagnostic,
        ...(own ? { reason: own[1] } : {}),
      })
    }
    if (!recipients.length) return null
    return { recipients, original: message.original ? undefined : originalFrom(after(text, [END[0]])) }
  },
}
