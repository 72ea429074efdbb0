/** hasmoved: the address used to exist and has moved with no forwarding (X.1.6). */
import type { ReasonRule } from './rule'

export const hasMoved: ReasonRule = {
  reason: 'hasmoved',
  phrases: [' has been replaced by ', 'address has moved', 'mailbox has moved', 'no longer at this address', 'user has moved', 'moved permanently'],
}
