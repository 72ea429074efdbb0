/** notcompliantrfc: the message breaks RFC 5322 (duplicate headers, bare LF, ...), a sender-side fix. */
import type { ReasonRule } from './rule'

export const notCompliantRfc: ReasonRule = {
  reason: 'notcompliantrfc',
  phrases: [
    'not rfc 5322 compliant', 'not rfc5322 compliant', 'not rfc 2822 compliant', 'not rfc2822 compliant',
    'this message is not rfc', 'duplicate header', 'multiple from headers', 'multiple addresses in from',
    'message contains invalid header', 'bare lf', 'bare linefeed', 'improperly formatted message',
    'messages with multiple addresses in from',
  ],
}
