/** notcompliantrfc: the message breaks RFC 5322 (duplicate headers, several From addresses), a sender-side fix. */
import type { ReasonRule } from './rule'

export const notCompliantRfc: ReasonRule = {
  reason: 'notcompliantrfc',
  phrases: [
    'this message is not rfc 5322 compliant', 'https://support.google.com/mail/?p=rfcmessagenoncompliant',
    'messages with multiple addresses in from: header are not accepted', 'messages with multiple addresses in from:',
  ],
}
