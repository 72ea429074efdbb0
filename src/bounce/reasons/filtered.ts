/** filtered: the recipient's filter or settings refused the message after RCPT (X.2.0/X.2.4). */
import type { ReasonRule } from './rule'

export const filtered: ReasonRule = {
  reason: 'filtered',
  phrases: [
    'due to extended inactivity new mail is not currently being accepted', // Yahoo
    'this account is not allowed', 'refused by recipient', 'message rejected by recipient',
    'recipient refuses', 'rejected by the recipient', 'sender is blocked by recipient',
    'blocked by the recipient', 'message filtered', 'filtered by', 'has restricted sms e-mail',
    'does not accept mail from you', 'the recipient has chosen not to receive', 'blocked by user',
    'this message has been blocked', 'we will not accept mail for this user', 'message blocked by recipient',
    'has chosen to block', 'unable to deliver to user', 'does not accept email from your domain',
  ],
}
