/** exceedlimit: a per-mailbox limit other than storage, e.g. the message is over that mailbox's size limit (X.2.3). */
import type { ReasonRule } from './rule'

export const exceedLimit: ReasonRule = {
  reason: 'exceedlimit',
  phrases: [
    'message too large for this recipient', 'recipsizelimit', 'quota exceeded. message size exceeds',
    // Google's SMTP error reference, 4.2.1 / 5.2.1 "The user you are trying to contact is receiving mail
    // at a rate that prevents additional messages from being delivered": the recipient's own inbound
    // limit, whatever host relayed the notice (a Workspace domain's notice may name no Google host),
    // so it is retried; never the sender's speed (speeding) nor a disabled mailbox (X.2.1).
    'receiving mail at a rate that prevents additional messages from being delivered',
    // p5-sisimai HEAD Reason/ExceedLimit.pm: "message header size exceeds limit" (the message's headers: the sender's).
    'message header size exceeds limit',
  ],
}
