/** norelaying: the receiving host refuses to relay for the sender (a wrong MX or a misconfigured smarthost). */
import type { ReasonRule } from './rule'

export const noRelaying: ReasonRule = {
  reason: 'norelaying',
  unless: ['sorry, that domain isn\'t in my list of allowed rcpthosts', 'no relaying allowed: dnsbl'],
  phrases: [
    'as a relay', 'insecure mail relay', 'is not permitted to relay through this server without authentication',
    'mail server requires authentication when attempting to send to a non-local e-mail address', 'no relaying',
    'not a gateway', 'not allowed to relay', 'not local host', 'not permitted to relay', 'not relaying to',
    'relay access denied', 'relay denied', 'relay not permitted', 'relaying denied', 'relaying mail to ',
    'this system is not configured to relay mail', 'email address is not verified', // Amazon SES (Sisimai reads it as relaying)
    'unable to relay', 'we don\'t handle mail for',
    'we do not relay', 'relaying not allowed', 'relay not allowed', // PHP-Bounce-Handler's relaying list
    'unauthorized relay', // "500 Unauthorized relay msg rejected" (Mautic's DsnParser.php, rule: command_reject)
    'relais non autorisé', 'relay non permesso', 'relay nicht erlaubt', 'relaying nicht erlaubt', 'relay no permitido', // fr, it, de, es
    'relais refusé', 'relais interdit', 'inoltro non consentito', 'relay non consentito', 'relaying nicht gestattet',
    'relay nicht gestattet', 'relaying verweigert', 'reenvío no permitido', 'relay no autorizado',
  ],
}
