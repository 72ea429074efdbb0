/** exceedlimit: a per-mailbox limit other than storage (message length over the mailbox's limit, X.2.3). */
import type { ReasonRule } from './rule'

export const exceedLimit: ReasonRule = {
  reason: 'exceedlimit',
  phrases: ['message too large for this recipient', 'message size exceeds fixed maximum message size', 'exceeds the per-user limit'],
}
