/**
 * filtered: the recipient side refused the message after accepting the address: a per-user
 * filter or, per Sisimai, a "user unknown" answered after DATA (content filters reply that way).
 */
import type { ReasonRule } from './rule'
import { userUnknown } from './user-unknown'
import { spamDetected } from './spam-detected'
import { senderCallout, senderRefused } from './rejected'

const allowListOnly: ReasonRule = { reason: 'filtered', phrases: ['is only accepting mail from specific email addresses'] }

export const filtered: ReasonRule = {
  reason: 'filtered',
  phrases: [
    'account is protected by', 'bounced address', // SendGrid: an address that bounced before
    'has restricted sms e-mail', // AT&T
    'is not accepting any mail', 'message filtered', 'message rejected due to user rules',
    'not found recipient account', 'recipient id refuse to receive mail', // Willcom
    'recipient is only accepting mail from specific email addresses', // AOL
    'refused due to recipient preferences', // Facebook
    'user refuses to receive this mail', 'user reject', 'you have been blocked by the recipient',
  ],
  probe(fact) {
    // A refusal that names spam is the sender's content (spam-detected.ts), whatever else it says (issue 9).
    if (fact.statusReason === 'suspend' || fact.says(spamDetected)) return false
    // Nor is a refusal of the sender's own address ("Sender address rejected: User unknown in local
    // recipient table", Postfix reject_unlisted_sender): the sender's setup, not the recipient's filter.
    if (fact.says(senderRefused) || fact.says(senderCallout)) return false
    const unknown = fact.says(userUnknown)
    if (fact.statusReason === 'filtered') return unknown || fact.says(filtered)
    // A recipient that takes mail only from the senders it listed (Google's SMTP error reference, 5.7.1
    // "the recipient is only accepting mail from specific email addresses") refuses at whatever step.
    if (fact.says(allowListOnly)) return true
    if (fact.command === 'RCPT' || fact.command === 'MAIL') return false
    return fact.says(filtered) || unknown
  },
}
