/**
 * Symantec MessageLabs (mailer-daemon@messagelabs.com): "This is the mail delivery agent at
 * messagelabs.com." then the addresses, each followed by "Reason: ..." with the next hop's answer.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { completeFromStatus } from './lib/delivery-status'
import { addressIn, after, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

// Rebranded later as Symantec Email Security.cloud (lhost-messagelabs-03).
const MARKER = /This is the mail delivery agent at (?:messagelabs\.com|Symantec Email Security\.cloud)\./
const LIST = 'I was unable to deliver your message to the following addresses:'

/** MessageLabs relays these answers for recipients its customers' servers do not know. */
const ANSWERS: [RegExp, Reason][] = [
  [/No such user|^542 \S+ Rejected$/, 'userunknown'],
  [/Please turn on SMTP Authentication in your mail client/i, 'securityerror'],
]

export const messagelabs: Dialect = {
  name: 'messagelabs',
  decode(message) {
    const text = noticeText(message)
    if (!MARKER.test(text) || !text.includes(LIST)) return null
    const recipients: DecodedRecipient[] = []
    for (const raw of lines(after(text, [LIST]))) {
      const line = raw.trim()
      if (/^\S+@\S+$/.test(line)) { recipients.push({ address: addressIn(line) }); continue }
      const reason = /^Reason: (.*)$/.exec(line)
      const last = recipients[recipients.length - 1]
      if (reason && last && !last.diagnostic) {
        const answer = squeeze(reason[1])
        const known = ANSWERS.find(([re]) => re.test(answer))
        Object.assign(last, {
          diagnostic: answer, status: statusIn(answer), replyCode: leadingReplyCode([answer]), ...(known ? { reason: known[1] } : {}),
        })
      }
      if (/^The message subject was:/.test(line)) break
    }
    completeFromStatus(recipients, message.deliveryStatus)
    return recipients.length ? { recipients } : null
  },
}
