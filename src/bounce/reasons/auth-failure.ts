/** authfailure: SPF, DKIM or DMARC failed for the sender's domain (X.7.20-X.7.26). Gmail, Microsoft, Yahoo texts. */
import type { ReasonRule } from './rule'

export const authFailure: ReasonRule = {
  reason: 'authfailure',
  phrases: [
    '//spf.pobox.com', 'bad spf records for', 'dmarc policy', 'please inspect your spf settings',
    // Mimecast "550 SPF Sender Invalid - envelope rejected", "DMARC Sender Invalid", "DKIM Sender Invalid" (Mimecast SMTP error codes, DOC-1369).
    'spf sender invalid', 'dmarc sender invalid', 'dkim sender invalid',
    'sender policy framework (spf) fail', 'sender policy framework violation', 'spf (sender policy framework) domain authentication fail',
    'spf check: fail', 'spf: fail', 'spf check failed', 'spf validation failed', 'spf=fail', 'dmarc=fail',
    'dkim signature', 'does not pass dmarc', 'authentication checks did not pass', 'unauthenticated email from',
    'is not designated as a permitted sender', 'did not pass spf', 'dkim check failed', 'failed dmarc', 'dmarc check failed',
    'does not have authentication information or fails to pass',
    'sender id (pra) not permitted', 'does not pass the sender policy framework', // the BMH-style rule lists
    // go-sisimai rhost/for-google.go and for-yahooinc.go: Gmail's "Gmail requires all (bulk email) senders to
    // authenticate (their email) with SPF" (421 4.7.27 / 550 5.7.27, Google's sender guidelines: the sender's SPF,
    // not RFC 7505's null MX) and Yahoo's "Yahoo requires all senders to authenticate with either SPF or DKIM".
    'senders to authenticate with', 'senders to authenticate their email with', 'requires all senders to authenticate',
    // SPF failed, as receivers word it beside a code that says something else: Gmail's 4.7.27 / 5.7.27 "SPF
    // authentication didn't pass for this message" (its 2024 sender guidelines' error list; 5.7.27 alone reads as
    // a null MX), "The sender does not pass SPF checks", "fails SPF", "SPF hardfail". HubSpot's "Policy" class and
    // Postmark's DMARCPolicy put these on the sender (esp-classes.test.ts).
    "spf authentication didn't pass", 'spf authentication did not pass', 'spf authentication failed', 'does not pass spf',
    "doesn't pass spf", 'fails spf', 'failed spf', 'spf failed', 'spf hardfail', 'spf hard fail',
  ],
  patterns: [/is not allowed to send mail\.[^ ]{0,4} ?spf/, /domain [^ ]{1,255} fails dmarc/],
}
