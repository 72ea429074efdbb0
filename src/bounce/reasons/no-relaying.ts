/** norelaying: the receiving host refuses to relay for the sender (usually a wrong MX or a misconfigured smarthost). */
import type { ReasonRule } from './rule'

export const noRelaying: ReasonRule = {
  reason: 'norelaying',
  phrases: [
    'relaying denied', 'relay denied', 'relay access denied', 'relaying not permitted', 'relay not permitted',
    'we do not relay', 'not allowed to relay', 'unable to relay', 'relaying mail to', 'is not permitted to relay',
    'no relaying allowed', 'relay not allowed', 'cannot relay', 'relaying prohibited', 'relay prohibited',
    'not permitted to relay', 'that domain isn\'t in my list of allowed rcpthosts', // qmail
    'sorry, that domain isn\'t in my list of allowed rcpthosts', 'relay is prohibited',
    'mail server requires authentication before relaying',
  ],
}
