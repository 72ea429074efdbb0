/** mesgtoobig: the message is larger than the receiver accepts (X.3.4). */
import type { ReasonRule } from './rule'

export const mesgTooBig: ReasonRule = {
  reason: 'mesgtoobig',
  unless: ['message too large for this recipient', 'recipsizelimit'],
  phrases: [
    'exceeded maximum inbound message size', 'line limit exceeded', 'max message size exceeded',
    'message file too big', 'message length exceeds administrative limit', 'message size exceeds fixed limit',
    'message size exceeds fixed maximum message size', 'message size exceeds maximum value',
    'message too big', 'message too large', 'size limit', 'taille limite du message atteinte',
    'message is too big', 'message is too large', 'message exceeds maximum size',
    'message rejected class=size', // Mail-DeliveryStatus-BounceParser `_std_reason` message_too_large
    // "Message too large" as Zammad's postmaster reply writes it in fr, de, it, es
    // (app/views/mailer/email_oversized/<lang>.txt.erb).
    'message trop volumineux', 'nachricht zu groß', 'messaggio troppo grande', 'mensaje demasiado grande',
  ],
  probe(fact) {
    // 5.2.3 is a per-mailbox limit (exceedlimit), not the system's size limit.
    if (fact.statusReason === 'exceedlimit') return false
    return fact.statusReason === 'mesgtoobig' || fact.says(mesgTooBig)
  },
}
