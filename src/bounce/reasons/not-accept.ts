/** notaccept: the receiving domain accepts no mail at all (null MX, RFC 7505; X.3.2). */
import type { ReasonRule } from './rule'

export const notAccept: ReasonRule = {
  reason: 'notaccept',
  phrases: [
    'null mx', 'does not accept mail', 'not accepting mail', 'does not accept any mail', 'accepts no mail',
    'no mail accepted', 'mail is not accepted', 'domain does not accept mail', 'host does not receive any mail',
  ],
}
