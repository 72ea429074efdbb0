/** policyviolation: a policy of the receiving organisation refused the message (headers, lists, attachments). */
import type { ReasonRule } from './rule'

export const policyViolation: ReasonRule = {
  reason: 'policyviolation',
  phrases: [
    'an illegal attachment on your message', 'because the recipient is not accepting mail with ', // AOL
    'by non-member to a members-only list', 'closed mailing list', 'denied by policy', 'email not accepted for policy reasons',
    'email rejected due to security policies', // Mimecast
    'header are not accepted', 'header error', 'local policy violation', 'message bounced due to organizational settings',
    'message given low priority', 'message not accepted for policy reasons', 'message rejected due to local policy',
    'messages with multiple addresses', 'rejected for policy reasons', 'protocol violation',
    'the email address used to send your message is not subscribed to this group', 'rejected by organization policy',
    'this message was blocked because its content presents a potential', 'we do not accept messages containing images or other attachments',
    'you\'re using a mass mailer', 'client host rejected: #',
    // bounce_email's status table: Hotmail "550 OU-002 … for policy reasons"; German "unzulässiger / unerlaubter
    // Anhang" (an attachment the receiver's policy forbids).
    'for policy reasons', 'unzulässiger anhang', 'unerlaubter anhang', 'unzulässigen anhang', 'unerlaubten anhang', // bounce_email get_code 98 'unzulässige anlage',
    // The BMH-style rule lists' policy refusals.
    'blocked by policy', 'forbidden for policy reasons', 'not delivered for policy reasons', 'blocked by filter rules',
    'words in the message is blocked', 'does not comply with required standards',
    // Filtering gateways' documented policy refusals: Mimecast "Rejected by header based Anti-Spoofing
    // policy" / "Anti-Spoofing policy - Inbound not allowed" (Mimecast SMTP error codes, DOC-1369); GMX and
    // Web.de "554-Reject due to policy restrictions" (postmaster.gmx.net error messages); Symantec
    // Email Security.cloud "501 Connection rejected by policy [7.7]" (Broadcom's Email Security.cloud error
    // codes); Barracuda "550 permanent failure for one or more recipients (x:blocked)", its policy or
    // score verdict per recipient (Barracuda Email Security Gateway docs).
    'anti-spoofing policy', 'reject due to policy restrictions', 'rejected due to policy restrictions',
    'connection rejected by policy', 'rejecting spoofed message', 'spoofed message', 'spoofing detected',
    // Content a receiver's policy forbids, in its users' languages (es, fr, it, de, pt).
    'contenido no permitido', 'contenu non autorisé', 'contenuto non consentito', 'contenuto non permesso',
    'unzulässiger inhalt', 'conteúdo não permitido',
    // CiviCRM's Spam type "does not conform to our e-?mail policy".
    'does not conform to our e-mail policy', 'does not conform to our email policy',
    // go-sisimai why-policyviolation.go and rhost/for-cox.go: "the recipient is not accepting mail with
    // <attachments>", Google Groups' captcha limit, Cox "attachment extension is forbidden", "esmtp no data
    // before greeting" (the sender spoke before the banner): the message or the sending host, not the address.
    'is not accepting mail with', 'allowable number of posts without solving a captcha', 'attachment extension is forbidden',
    'no data before greeting',
  ],
  patterns: [/permanent failure for one or more recipients \([^ )]{1,255}:blocked\)/],
}
