/**
 * userunknown: the local part does not exist. Phrases seen from Postfix (local/virtual tables),
 * Sendmail, Exim, qmail ("no mailbox here by that name"), Exchange (RESOLVER.ADR.RecipNotFound),
 * Gmail, Yahoo, and non-English NDRs (Spanish Exchange "Destinatario desconocido", French, Italian).
 * First pass: a 5.1.1-type status wins unless the text says another reason (Sisimai's rule); the
 * phrases count when the server answered RCPT; and the strong words of dead-address.ts count in any
 * permanent failure that names no other cause (issue 9, where we part from Sisimai).
 */
import type { ReasonRule } from './rule'
import { USERUNKNOWN_VETOES } from './vetoes'
import { senderCallout } from './rejected'
import { DEAD_ADDRESS_PATTERNS, DEAD_ADDRESS_PHRASES, deadAddress } from './dead-address'
import { authFailure } from './auth-failure'
import { invalidRecipientVolume } from './blocked'
import { badReputation } from './bad-reputation'
import { hostUnknown } from './host-unknown'
import { noRelaying } from './no-relaying'
import { policyViolation } from './policy-violation'
import { requirePtr } from './require-ptr'
import { spamDetected } from './spam-detected'
import { temporaryWords } from './temporary'
import { tooManyConn } from './too-many-conn'
import { virusDetected } from './virus-detected'

/** Words that mean the address only with RCPT or a 5.1.x status beside them ("mailbox unavailable" is also a policy answer). */
const WEAK_PHRASES: readonly string[] = [
  'user not active', 'mailbox invalid', 'mailbox is inactive', 'mailbox is unavailable', 'mailbox unavailable',
  'recipient is not local', 'recipient not ok', 'invalid mailbox', 'sorry, user unknown',
  'recipient address rejected: access denied', 'recipient address rejected.', 'adresse destinataire invalide', // Exchange Online directory-based edge blocking
  'destination server rejected recipients', 'this address no longer accepts mail', 'address invalid',
  'user missing home directory', 'invalid address', 'requested action not taken: mailbox unavailable',
  'address is invalid', 'bad address', // PHP-Bounce-Handler's 5.1.1 list: refusals of RCPT
  'invalid email address', 'invalid e-mail address', 'invalid alias', // the BMH-style rule lists
  'mailbox not available', // Mail-DeliveryStatus-BounceParser `_std_reason` user_unknown
]

/**
 * RFC 5321's own text for a 550 reply, "Requested action not taken: mailbox unavailable", is what GMX,
 * Web.de and Outlook.com (with 5.5.0) answer for a local part they do not have (PHP-Bounce-Handler maps it to
 * 5.1.1). Read alone in a permanent 550 with no status beyond 5.0.0 or Outlook.com's 5.5.0, it counts without the SMTP step
 * (Gmail's and Amazon's notices do not name it); a status, a named cause or DATA keeps it weak.
 */
const RFC5321_MAILBOX_UNAVAILABLE: ReasonRule = { reason: 'userunknown', phrases: ['requested action not taken: mailbox unavailable'] }

/** Permanent-failure checks the words path adds to the 5.1.1-style vetoes: another cause named beside "unknown". */
const WORDS_VETOES: readonly ReasonRule[] = [
  ...USERUNKNOWN_VETOES, hostUnknown, spamDetected, virusDetected, policyViolation, authFailure, badReputation,
  noRelaying, requirePtr, tooManyConn, temporaryWords,
]

/**
 * A 5.1.1-type status beside words that name the sender's content, reputation or authentication as the cause
 * (GoDaddy's 5.1.1 rate limit is the documented case, vetoes.ts): the ESPs class these as blocks, not invalid
 * recipients (SparkPost 51/52, SFMC 1002/1010, SendGrid's blocks: esp-classes.test.ts). Not a dead address,
 * unless the words also say the address does not exist ("anti-spam recipient verification: user unknown").
 */
const STATUS_CAUSE_VETOES: readonly ReasonRule[] = [spamDetected, virusDetected, badReputation, authFailure]

/** Exchange Online's directory-based edge blocking: no such recipient in the tenant (Microsoft's NDR reference, 5.4.1). */
const MICROSOFT_DIRECTORY = /recipient address rejected: access denied\. as\(\d{1,12}\)/
const microsoftDirectory: ReasonRule = { reason: 'userunknown', phrases: [], patterns: [MICROSOFT_DIRECTORY] }

export const userUnknown: ReasonRule = {
  reason: 'userunknown',
  phrases: [...DEAD_ADDRESS_PHRASES, ...WEAK_PHRASES],
  patterns: [
    ...DEAD_ADDRESS_PATTERNS,
    MICROSOFT_DIRECTORY, // Exchange Online 5.4.1: no such recipient in the tenant (DBEB)
  ],
  probe(fact) {
    // A 5.1.x answer to MAIL FROM is about the sender's address (rejected.ts), not the recipient.
    if (fact.statusReason === 'suspend' || fact.command === 'MAIL') return false
    // A verification of the sender's own address quotes its host's "user unknown" (rejected.ts senderCallout).
    if (fact.says(senderCallout)) return false
    // "too many invalid recipients" is the sender's IP refused for its list (blocked.ts), even at RCPT or with 5.1.1.
    if (fact.says(invalidRecipientVolume)) return false
    if (fact.statusReason === 'userunknown') return !USERUNKNOWN_VETOES.some((other) => fact.says(other)) && (fact.says(deadAddress) || !STATUS_CAUSE_VETOES.some((other) => fact.says(other)))
    if (fact.command === 'RCPT') {
      // "try again later" beside the words (in any of temporary.ts's languages) is not a dead address
      // either when RCPT was refused: the server itself says the refusal may pass.
      if (fact.says(temporaryWords)) return false
      if (fact.says(deadAddress)) return true
      // Weak words ("mailbox unavailable", "invalid address") are also how servers word a policy
      // refusal or a deferral at RCPT: they count only in a permanent failure naming no other cause
      // ("451 4.7.1 Mailbox unavailable, please try again later", "... mailbox unavailable (spam detected)").
      // A 5.7.x status is RFC 3463's "security or policy status": weak words beside it are a policy
      // refusal (Postfix access(5) "554 5.7.1 <x>: Recipient address rejected: Access denied"), not a
      // dead address; Microsoft's 5.4.1 directory answer "Access denied. AS(…)" keeps its own pattern.
      if (fact.status.startsWith('5.7.') && !fact.says(microsoftDirectory)) return false
      return !fact.temporary && fact.says(userUnknown) && !WORDS_VETOES.some((other) => fact.says(other))
    }
    if (!fact.command && fact.replyCode === '550' && (!fact.status || fact.status === '5.0.0' || fact.status === '5.5.0') && fact.says(RFC5321_MAILBOX_UNAVAILABLE)) {
      return !WORDS_VETOES.some((other) => fact.says(other))
    }
    // Evidence over the command (issue 9): a permanent failure whose words say the address does not
    // exist is a dead address even after DATA or with no command named, unless another cause is named.
    return !fact.temporary && fact.says(deadAddress) && !WORDS_VETOES.some((other) => fact.says(other))
  },
}
