/** systemerror: something broke on the receiving system (loops, local errors, misconfiguration). */
import type { ReasonRule } from './rule'

export const systemError: ReasonRule = {
  reason: 'systemerror',
  phrases: [
    'aliasing/forwarding loop broken', 'can\'t create user output file', 'could not load drd for domain',
    'internal error reading data', 'internal server error: operation now in progress', 'interrupted system call',
    'it encountered an error while being processed', 'it would create a mail loop', 'local configuration error',
    'local error in processing', 'loop was found in the mail exchanger', 'loops back to myself',
    'mail system configuration error', 'queue file write error', 'recipient deferred because there is no mdb',
    'remote server is misconfigured', 'server configuration error', 'service currently unavailable',
    'system config error', 'temporary local problem', 'timeout waiting for input', 'transaction failed',
    'internal system error',
    // A recipient server's "500 Internal Server Error" (Gmail's older notice relaying it, github.com/Gilwyad/mailnesia.com
    // issue 13): its own failure, not the sender's bad SMTP that a bare 500 reply would mean.
    'internal server error',
    // go-sisimai rhost/for-google.go: "421 4.7.0 Temporary System Problem. Try again later." (not the sender's security).
    'temporary system problem',
    // The receiving side's TLS fails the sender's DANE (RFC 7672) or MTA-STS (RFC 8461) check: the
    // destination is misconfigured, neither the address nor the sender (recipient-tls.test.ts).
    // RFC 8460 result types, as Exchange Online's outbound DANE NDRs 5.7.321-5.7.325 name them
    // (Microsoft Learn, "How SMTP DANE works"); Postfix's and Exim's DANE deferrals (TLS_README, Exim spec).
    'starttls-not-supported', 'certificate-expired', 'tlsa-invalid', 'dnssec-invalid', 'certificate-host-mismatch',
    'failed dane validation', 'dane validation failed', 'destination mail server must support tls',
    'tlsa lookup error', 'dane error: tlsa lookup', 'server certificate not verified', 'server certificate not trusted',
    'mta-sts policy enforcement failed',
  ],
  patterns: [/unable to connect [^ ]{0,64} ?daemon/],
}
