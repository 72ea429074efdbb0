/**
 * Texts that overrule a 5.1.1-style status (Sisimai: a "user unknown" code sent with words about
 * a full mailbox, a block, a moved mailbox, the sender, or a null MX is that other reason).
 */
import { blocked } from './blocked'
import { hasMoved } from './has-moved'
import { mailboxFull } from './mailbox-full'
import { notAccept } from './not-accept'
import { rejected } from './rejected'
import { speeding } from './speeding'
import { matchesRule } from './rule'

export const RULE_VETOES_USERUNKNOWN: readonly ((text: string) => boolean)[] = [
  (t) => matchesRule(blocked, t),
  (t) => matchesRule(mailboxFull, t),
  (t) => matchesRule(hasMoved, t),
  (t) => matchesRule(rejected, t),
  (t) => matchesRule(notAccept, t),
  // GoDaddy sends its rate limit with 5.1.1 ("... has sent to too many recipients this hour. IB607").
  (t) => matchesRule(speeding, t),
]
