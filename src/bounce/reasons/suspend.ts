/** suspend: the mailbox exists but is disabled or suspended (Yahoo "mailbox disabled", Gmail "account disabled"). */
import type { ReasonRule } from './rule'

export const suspend: ReasonRule = {
  reason: 'suspend',
  phrases: [
    'mailbox disabled', 'account disabled', 'account has been disabled', 'mailbox has been disabled',
    'account is disabled', 'is disabled', 'account suspended', 'account has been suspended',
    'mailbox suspended', 'mailbox is frozen', 'account is frozen', 'boite du destinataire archivee',
    'is inactive', 'account inactive', 'account is not active', 'mailbox is not active',
    'recipient suspended', 'this account has been disabled', 'temporarily disabled', 'has been deactivated',
    'account expired', 'user suspended', 'mailbox unavailable or access denied',
    'the email account that you tried to reach is disabled', 'is no longer active', 'is not active',
    'delivery error: dd mailbox disabled', 'invalid/inactive user',
  ],
}
