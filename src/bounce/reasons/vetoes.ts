/**
 * Rules whose words overrule a 5.1.1-style status (Sisimai: a "user unknown" code sent with words
 * about a full mailbox, a block, a moved mailbox, the sender, or a null MX is that other reason).
 */
import type { ReasonRule } from './rule'
import { blocked } from './blocked'
import { hasMoved } from './has-moved'
import { mailboxFull } from './mailbox-full'
import { notAccept } from './not-accept'
import { senderCallout, senderRefused } from './rejected'
import { speeding } from './speeding'

export const USERUNKNOWN_VETOES: readonly ReasonRule[] = [
  // senderRefused: the sender's address named as refused (a bare "Address rejected" with 5.1.1 is the recipient's).
  blocked, mailboxFull, hasMoved, senderRefused, senderCallout, notAccept,
  // GoDaddy sends its rate limit with 5.1.1 ("... has sent to too many recipients this hour. IB607").
  speeding,
]
