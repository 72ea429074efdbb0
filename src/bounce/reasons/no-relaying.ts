/**
 * norelaying: the host the mail reached does not take mail for the recipient's domain and will not
 * relay it. Seen in a bounce, that host is the recipient domain's MX: a decommissioned server still
 * in DNS, a backup MX not set up, a domain that left its host (Word to the Wise, "Relaying Denied",
 * 2017; Microsoft 5.7.54 "Unable to relay recipient in non-accepted domain"). qmail-smtpd(8) says
 * the same with "that domain isn't in my list of allowed rcpthosts" (its rcpthosts control).
 */
import type { ReasonRule } from './rule'

export const noRelaying: ReasonRule = {
  reason: 'norelaying',
  unless: ['no relaying allowed: dnsbl'],
  phrases: [
    'as a relay', 'insecure mail relay', 'is not permitted to relay through this server without authentication',
    'mail server requires authentication when attempting to send to a non-local e-mail address', 'no relaying',
    'not a gateway', 'not allowed to relay', 'not local host', 'not permitted to relay', 'not relaying to',
    'relay access denied', 'relay denied', 'relay not permitted', 'relaying denied', 'relaying mail to ',
    'this system is not configured to relay mail', 'email address is not verified', // Amazon SES (Sisimai reads it as relaying)
    'unable to relay', 'we don\'t handle mail for', 'isn\'t in my list of allowed rcpthosts', 'not in my list of allowed rcpthosts',
    'we do not relay', 'relaying not allowed', 'relay not allowed', // PHP-Bounce-Handler's relaying list
    'unauthorized relay', // "500 Unauthorized relay msg rejected" (Mautic's DsnParser.php, rule: command_reject)
    'relais non autorisé', 'relay non permesso', 'relay nicht erlaubt', 'relaying nicht erlaubt', 'relay no permitido', // fr, it, de, es
    'relais refusé', 'relais interdit', 'inoltro non consentito', 'relay non consentito', 'relaying nicht gestattet',
    'relay nicht gestattet', 'relaying verweigert', 'reenvío no permitido', 'relay no autorizado',
  ],
}
