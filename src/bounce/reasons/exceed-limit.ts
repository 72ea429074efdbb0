/** exceedlimit: a per-mailbox limit other than storage, e.g. the message is over that mailbox's size limit (X.2.3). */
import type { ReasonRule } from './rule'

export const exceedLimit: ReasonRule = {
  reason: 'exceedlimit',
  phrases: ['message too large for this recipient', 'recipsizelimit', 'quota exceeded. message size exceeds'],
}
