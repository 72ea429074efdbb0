/** virusdetected: a virus scanner on the receiving side found malware. */
import type { ReasonRule } from './rule'

export const virusDetected: ReasonRule = {
  reason: 'virusdetected',
  phrases: [
    'it has a potentially executable attachment', 'message contains a virus', 'message was infected with virus',
    'the message was rejected because it contains prohibited virus or spam content', 'virus detected',
    'virus found', 'your message was infected with a virus', 'infected with a virus',
    // ClamAV's signature families as gateways quote them ("Message contained unsafe content
    // (Heuristics.Phishing.Email.SpoofedDomain)", ClamAV's heuristic detections) and ASSP's
    // "Mail appears infected with <name> -- disinfect and resend" (its documented replies).
    'unsafe content', 'heuristics.phishing', 'appears infected with',
    // amavisd-new's notice to the sender: "VIRUS ALERT / Our content checker found / virus: …".
    'virus alert', 'content checker found virus',
    // CiviCRM's Spam type "anti-?virus gateway has detected".
    'anti-virus gateway has detected', 'antivirus gateway has detected', 'detected a virus',
    // Italian certified mail (PEC): the recipient's provider's "avviso di mancata consegna per virus" ("è stato
    // rilevato un virus"), the notice the PEC technical rules (DM 2 November 2005) name for infected messages.
    'mancata consegna per virus', 'rilevato un virus',
  ],
}
