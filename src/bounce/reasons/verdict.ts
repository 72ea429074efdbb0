/**
 * Reason → what a salesperson should do, as one table. "remove": the address is dead;
 * "retry": a temporary problem on the recipient's side; "fix-sending": the sender's own setup or
 * reputation, not the contact's fault; "none": not a failure. Delays are "pending" whatever the reason.
 */
import type { Action, Reason, Verdict } from '../types'
import { matchesRule } from './rule'
import { isTemporaryCode, temporaryWords } from './temporary'
import { normaliseText } from './classify'
import { DNS_NO_MAIL_HOST } from './host-unknown'

const table: Record<Reason, { verdict: Verdict; why: string }> = {
  userunknown: { verdict: 'remove', why: 'the mailbox does not exist' },
  hostunknown: { verdict: 'remove', why: 'the domain does not exist or has no mail server' },
  hasmoved: { verdict: 'remove', why: 'the person left; no forwarding address' },
  notaccept: { verdict: 'remove', why: 'the domain accepts no mail (null MX); soft cases are retried below' },
  mailboxfull: { verdict: 'retry', why: 'the recipient can make room' },
  exceedlimit: { verdict: 'fix-sending', why: 'over the recipient\'s message size limit: send a smaller message; the recipient\'s own receiving rate is retried (verdictOf)' },
  suspend: { verdict: 'remove', why: 'a mailbox its provider disabled or closed for good; a temporary suspension is soft and retried (isHard)' },
  filtered: { verdict: 'retry', why: 'the recipient side refused after accepting the address; often temporary' },
  expired: { verdict: 'retry', why: 'the recipient server could not be reached in time' },
  toomanyconn: { verdict: 'retry', why: 'the recipient server was busy' },
  systemerror: { verdict: 'retry', why: 'the recipient server failed' },
  systemfull: { verdict: 'retry', why: 'the recipient server is out of space' },
  networkerror: { verdict: 'retry', why: 'DNS or network trouble on the way' },
  mailererror: { verdict: 'retry', why: 'the recipient host\'s local delivery program failed' },
  onhold: { verdict: 'retry', why: 'a failure without a reason; do not drop a contact on that alone' },
  undefined: { verdict: 'retry', why: 'a failure without a reason; do not drop a contact on that alone' },
  mesgtoobig: { verdict: 'fix-sending', why: 'send a smaller message' },
  blocked: { verdict: 'fix-sending', why: 'the sending IP or host is refused' },
  badreputation: { verdict: 'fix-sending', why: 'the sending IP or domain has a poor reputation' },
  authfailure: { verdict: 'fix-sending', why: 'SPF / DKIM / DMARC of the sending domain failed' },
  requireptr: { verdict: 'fix-sending', why: 'the sending host lacks reverse DNS' },
  spamdetected: { verdict: 'fix-sending', why: 'the content looked like spam' },
  policyviolation: { verdict: 'fix-sending', why: 'the content or sender broke the receiver\'s policy' },
  contenterror: { verdict: 'fix-sending', why: 'the message\'s format or attachment was refused' },
  notcompliantrfc: { verdict: 'fix-sending', why: 'the message is malformed (RFC 5322)' },
  securityerror: { verdict: 'fix-sending', why: 'authentication or TLS of the sending side was refused' },
  norelaying: { verdict: 'retry', why: 'the recipient domain\'s MX does not take its mail (moved or misconfigured); Amazon SES\'s unverified sender is fixed (verdictOf)' },
  speeding: { verdict: 'fix-sending', why: 'the sender is over a rate limit' },
  virusdetected: { verdict: 'fix-sending', why: 'the message carried something flagged as malware' },
  rejected: { verdict: 'fix-sending', why: 'the sender address was refused' },
  syntaxerror: { verdict: 'fix-sending', why: 'the sending software spoke bad SMTP' },
  delivered: { verdict: 'none', why: 'not a failure' },
  feedback: { verdict: 'none', why: 'a complaint report, not a failure' },
  vacation: { verdict: 'none', why: 'an auto-reply, not a failure' },
}

/**
 * exceedlimit is mostly a message over one mailbox's size limit (RFC 3463 X.2.3 "Message length
 * exceeds administrative limit"): the same message fails again, a smaller one goes through, so it
 * is the sender's to fix, as mesgtoobig. Google's "is receiving mail at a rate that prevents
 * additional messages" (its SMTP error reference, 4.2.1/5.2.1) is the recipient's own limit: retried.
 */
const RECEIVING_RATE = /receiving mail at a rate/i

/**
 * Amazon SES answers "Email address is not verified" for the sender's own identity in its sandbox
 * (SES developer guide, "Verified identities"); Sisimai reads it as norelaying. The sender's to fix. So is
 * Exchange Online's "550 5.7.64 TenantAttribution; Relay Access Denied" (Microsoft's NDR reference: the sender's
 * own on-premises server relaying through Microsoft 365 without a matching connector).
 */
const SENDER_NOT_VERIFIED = /email address is not verified|tenantattribution/i

/**
 * A gateway that holds the message for an administrator's review (Mimecast "held for review",
 * Proofpoint quarantine) did not refuse it: the outcome is not known yet, so it is pending, as a delay.
 * Only when no cause was found (onhold / undefined): a gateway that refused the message names why.
 */
const HELD = new RegExp([
  String.raw`held for (?:review|moderation|approval)|quarantined (?:by|pending|awaiting|for review)|(?:message|mail|e-mail|email) (?:has been |was |is )?(?:held|quarantined)\b`,
  // fr, de, it, es, pt: "mis en quarantaine / retenu pour examen", "in Quarantäne verschoben / zur Überprüfung
  // zurückgehalten", "messo in quarantena / trattenuto per revisione", "puesto en cuarentena / retenido para revisión".
  String.raw`mis en quarantaine|retenu pour (?:examen|vérification|modération)|in quarantäne (?:verschoben|gestellt)|zur (?:überprüfung|prüfung) zurückgehalten`,
  String.raw`mess[oa] in quarantena|trattenut[oa] per (?:revisione|moderazione)|puesto en cuarentena|retenido para (?:revisión|moderación)|colocada em quarentena|retida para revisão`,
].join('|'), 'i')

export function verdictOf(reason: Reason, action: Action, hard: boolean, diagnostic = ''): Verdict {
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'none'
  if (action === 'delayed') return 'pending'
  if (reason === 'exceedlimit' && RECEIVING_RATE.test(diagnostic)) return 'retry'
  if (reason === 'norelaying' && SENDER_NOT_VERIFIED.test(diagnostic)) return 'fix-sending'
  if ((reason === 'onhold' || reason === 'undefined') && HELD.test(diagnostic)) return 'pending'
  const v = table[reason].verdict
  if (v === 'remove' && !hard) return 'retry'
  return v
}

export function whyOf(reason: Reason): string {
  return table[reason].why
}

/**
 * Hard = the address is dead: Sisimai's rule (userunknown, hostunknown, hasmoved; notaccept with a
 * permanent code), plus a mailbox disabled or suspended in a permanent failure (issue 9: Yahoo's
 * "This mailbox is disabled (554.30)", Gmail's 5.2.1 "account ... is disabled" are not coming back;
 * Sisimai calls them soft). A suspension with a 4xx code or words such as "temporarily" stays soft.
 */
export function isHard(reason: Reason, status: string, replyCode: string, diagnostic = ''): boolean {
  // A dead address the server itself calls temporary ("451 4.1.1 User unknown, please try again
  // later", "No such user here (temporarily)") is not dead yet: retried. A bare 4xx "user unknown"
  // in a final notice stays hard (the sender's server got it on every try until it gave up; Sisimai too).
  if (reason === 'userunknown') return !matchesRule(temporaryWords, normaliseText(diagnostic))
  // Postfix answers "450 4.1.2 <x>: Recipient address rejected: Domain not found" for NXDOMAIN (its
  // default unknown_address_reject_code is 450) and for a DNS lookup that failed for now (DNS_RETRY,
  // always 450): smtpd_check.c, reject_unknown_mailhost. A 4.x.x domain failure is not proof: retried.
  if (reason === 'hostunknown') return DNS_NO_MAIL_HOST.test(diagnostic) || (!isTemporaryCode(status, replyCode) && !matchesRule(temporaryWords, normaliseText(diagnostic)))
  // "450 4.7.1 … no longer works here": the person left, but the server only defers; retried until it says so for good.
  if (reason === 'hasmoved') return !isTemporaryCode(status, replyCode) && !matchesRule(temporaryWords, normaliseText(diagnostic))
  // notaccept is permanent unless a code says temporary (a null MX is never going to change).
  if (reason === 'notaccept') return DNS_NO_MAIL_HOST.test(diagnostic) || !isTemporaryCode(status, replyCode)
  if (reason === 'suspend') return !isTemporaryCode(status, replyCode) && !matchesRule(temporaryWords, normaliseText(diagnostic))
  return false
}
