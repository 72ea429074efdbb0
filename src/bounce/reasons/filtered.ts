/**
 * filtered: the recipient side refused the message after accepting the address: a per-user
 * filter or, per Sisimai, a "user unknown" answered after DATA (content filters reply that way).
 */
import type { ReasonRule } from './rule'
import { userUnknown } from './user-unknown'
import { spamDetected } from './spam-detected'
import { hostUnknown } from './host-unknown'
import { senderCallout, senderRefused } from './rejected'
import { invalidRecipientVolume } from './blocked'

/**
 * The recipient's own restriction on who may write to it, at whatever SMTP step: Google's 5.7.1 "the
 * recipient is only accepting mail from specific email addresses" (its SMTP error reference); Exchange
 * Online 5.7.124 (a group's allowed-senders list), 5.7.133 / 5.7.134 / 5.7.135 / 5.7.136 (a group,
 * mailbox, public folder or mail user that takes mail only from its organisation's authenticated senders:
 * RESOLVER.RST.SenderNotAuthenticatedFor<Group|Mailbox|PublicFolder|MailUser>, Microsoft's "Fix email
 * delivery issues for error code 5.7.133 … 5.7.136 in Exchange Online" pages) and 5.7.129
 * (the recipient's delivery restrictions), which Microsoft's NDR reference says only the recipient's
 * admin can change; RFC 3463 X.7.1 "per-recipient filtering" worded as the recipient refused (Postfix
 * access(5) REJECT on the recipient: "554 5.7.1 <x>: Recipient address rejected: Access denied").
 * The sender's setup is fine: the recipient's side (a 5.1.x status or Microsoft's 5.4.1 directory
 * answer is claimed first as a dead address, user-unknown.ts).
 */
const recipientRestriction: ReasonRule = {
  reason: 'filtered',
  phrases: [
    'is only accepting mail from specific email addresses', 'sendernotauthenticatedfor',
    'restrictedtorecipientspermission', 'delivery restriction check failed', 'only accepts messages from people in its organization',
    'recipient not allowed', 'recipient address rejected: access denied', 'only accepts messages from people in their organization',
    // Exchange Online 5.7.124 "SenderNotAllowed; Sender not in allowed senders list": the group's list, its owner's to edit.
    'sendernotallowed', 'not on the allowed senders list', 'not in the allowed senders list', 'not in allowed-senders list',
    // The rest of the family (recipient-restriction.test.ts): Exchange's RESOLVER.RST.AuthRequired / NotAuthorized
    // ("delivery to this address is restricted", NDR reference 5.7.1), Microsoft 365 groups' 5.7.193
    // UnifiedGroupAgent ("the sender isn't a group member or external senders aren't permitted"), and the
    // same restriction in a server's own words.
    'resolver.rst.authrequired', 'resolver.rst.notauthorized', 'delivery to this address is restricted',
    "external senders aren't permitted", 'external senders are not permitted', 'not accepting messages from external senders',
    'not accepting mail from external senders', 'only accepts mail from members', 'only accepts messages from members',
  ],
}

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
    // The recipient's named restriction first: its words ("not authorized to send to this recipient") would
    // otherwise read as a refusal of the sender below.
    if (fact.says(recipientRestriction)) return true
    if (fact.says(senderRefused) || fact.says(senderCallout)) return false
    // Nor "too many invalid recipients": the sender's IP refused for its list (blocked.ts), not this recipient's filter.
    if (fact.says(invalidRecipientVolume)) return false
    // "Mail domain mentioned in email address is unknown" (go-sisimai why-hostunknown.go) is the domain's.
    const unknown = fact.says(userUnknown) && !fact.says(hostUnknown)
    if (fact.statusReason === 'filtered') return unknown || fact.says(filtered)
    if (fact.command === 'RCPT' || fact.command === 'MAIL') return false
    return fact.says(filtered) || unknown
  },
}
