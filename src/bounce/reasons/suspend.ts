/** suspend: the mailbox exists but is disabled or suspended (Yahoo "mailbox disabled", Gmail "account disabled"). */
import type { ReasonRule } from './rule'

export const suspend: ReasonRule = {
  reason: 'suspend',
  phrases: [
    ' is currently suspended', ' temporary locked', 'archived recipient', 'boite du destinataire archivee',
    'email account has been disabled', 'invalid/inactive user', 'is a deactivated mailbox',
    'mailaddress is administratively disabled', 'mailbox currently suspended', 'mailbox disabled',
    'mailbox is frozen', 'mailbox unavailable or access denied', 'recipient rejected: temporarily inactive',
    'recipient suspend the service', 'this account has been disabled or discontinued',
    'this account has been temporarily suspended', 'this address no longer accepts mail',
    'this mailbox is disabled', 'user or domain is disabled', 'user suspended', 'vdelivermail: account is locked',
    'account disabled', 'account has been disabled', 'account is disabled', 'account suspended',
    'account has been suspended', 'the email account that you tried to reach is disabled',
    'le compte du destinataire est bloque', 'account that you tried to reach is inactive', 'recipient account is blocked',
  ],
  patterns: [/user [^ ]{1,255} temporary locked/, /account [^ ]{1,255} is disabled/],
}
