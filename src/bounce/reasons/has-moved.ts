/** hasmoved: the address used to exist and has moved with no forwarding (X.1.6, Sendmail's "User has moved"). */
import type { ReasonRule } from './rule'

export const hasMoved: ReasonRule = {
  reason: 'hasmoved',
  phrases: [' has been replaced by ', 'user has moved', 'mailbox has moved', 'address has moved'],
}
