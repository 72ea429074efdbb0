/** hasmoved: the address used to exist and has moved with no forwarding (X.1.6, Sendmail's "User has moved"). */
import type { ReasonRule } from './rule'

/**
 * The person left and the server refuses their mail for good (issue 9): Exchange / Microsoft 365
 * mail flow rules that "reject the message with the explanation" (Microsoft Learn, mail flow rule
 * actions: RejectMessageReasonText, enhanced status 5.7.1 by default) are how admins answer for
 * departed staff ("Jane Doe no longer works at Client Corp"). Unlike the same words in an
 * auto-reply (kind `autoreply`: the address still takes mail), a permanent rejection means the
 * contact cannot be reached there: `hasmoved`, hard, Remove. A temporary failure stays temporary.
 */
const LEFT_THE_COMPANY = [
  'no longer works at', 'no longer works for', 'no longer works here', 'no longer with the company',
  'no longer with the organization', 'no longer with the organisation', 'has left the company',
  'has left the organization', 'has left the organisation', 'is no longer employed',
  'ne fait plus partie de', 'a quitté la société', "a quitté l'entreprise", "n'est plus en poste", // fr
  'non lavora più', 'non fa più parte', // it
  'nicht mehr im unternehmen', 'hat das unternehmen verlassen', 'nicht mehr bei uns tätig', // de
  'ya no trabaja', 'ya no forma parte', // es
  'já não trabalha', 'não trabalha mais', 'não faz mais parte', // pt
  'werkt niet meer bij', 'is niet meer werkzaam', 'is uit dienst', // nl
]

/**
 * Claimed whatever the code: the words say where the refusal comes from (the recipient's side, never
 * the sender's, though a 4.7.x status would read as a block). A 4xx "no longer works here" is soft
 * (verdict.ts isHard) and retried; a permanent one is Remove.
 */
const leftTheCompany: ReasonRule = { reason: 'hasmoved', phrases: LEFT_THE_COMPANY }

export const hasMoved: ReasonRule = {
  reason: 'hasmoved',
  phrases: [' has been replaced by ', 'user has moved', 'mailbox has moved', 'address has moved'],
  probe: (f) => f.statusReason === 'hasmoved' || f.says(hasMoved) || f.says(leftTheCompany),
}
