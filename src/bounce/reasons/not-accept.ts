/** notaccept: the receiving domain accepts no mail at all (null MX, RFC 7505; X.3.2). */
import type { ReasonRule } from './rule'

export const notAccept: ReasonRule = {
  reason: 'notaccept',
  phrases: [
    'does not accept mail', 'host does not accept mail', 'mail receiving disabled',
    'no mx record found for domain=', 'no route for current request', 'null mx', 'accepts no mail',
    'an mx or srv record indicated no smtp service', 'this domain does not accept email',
    // AOL's outbound relay when the recipient domain's MX lookup fails (corpus lhost-aol-06).
    'x-outbound-mail-relay; name service error for name=',
  ],
}
