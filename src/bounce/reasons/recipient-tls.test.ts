/**
 * The RECEIVING side's TLS is broken (issue 9, class 6: judge each rule by its verdict). A sending
 * server that validates the destination with DANE (RFC 7672) or MTA-STS (RFC 8461) refuses to hand
 * it the message when the destination's TLSA records do not match its certificate, its DNSSEC answers
 * are bogus, its certificate is expired or names another host, or it offers no STARTTLS. The address
 * is not dead and the user's own setup is not at fault: the recipient's mail system is misconfigured,
 * and the operators of danefail.org tell senders to ask the recipient's side to fix it. So the verdict
 * is Retry (`systemerror`: escalated if it keeps failing), not Sending issues (`securityerror`).
 * Evidence:
 * - Microsoft Learn, "How SMTP DNS-based Authentication of Named Entities (DANE) works" (Exchange
 *   Online outbound DANE): NDR codes 5.7.321 starttls-not-supported ("Destination mail server must
 *   support TLS to receive mail"), 5.7.322 certificate-expired ("Destination mail server's certificate
 *   is expired"), 5.7.323 tlsa-invalid ("The domain failed DANE validation"), 5.7.324 dnssec-invalid
 *   ("Destination domain returned invalid DNSSEC records"), 5.7.325 certificate-host-mismatch ("Remote
 *   certificate MUST have a common name or subject alternative name matching the hostname (DANE)"):
 *   the result types of the IANA STARTTLS Validation Result registry (RFC 8460).
 * - Postfix TLS_README / postfix-tls(5): with `smtp_tls_security_level = dane` a TLSA lookup that fails
 *   defers with "TLSA lookup error for host:25", a certificate that does not match with "Server
 *   certificate not verified" (dsn 4.7.5); after the queue lifetime the message bounces with that text.
 * - Exim's spec (DANE): a failed TLSA lookup defers with "DANE error: tlsa lookup FAIL/DEFER".
 * Not this family, and still Sending issues: a receiving server that requires TLS or authentication
 * from the sender ("530 5.7.0 Must issue a STARTTLS command first", Microsoft's "451 5.7.3 STARTTLS is
 * required to send mail", "5.7.57 Client was not authenticated").
 */
import { describe, expect, it } from 'vitest'
import type { Reason, Verdict } from '../types'
import { ENDINGS, outlookNdrText, postfixDsnLines, readNotice, type ReadableNotice } from '../test-notice'

const RCPT = 'lena@prospect.example'
const RETRY: [Reason, Verdict] = ['systemerror', 'retry']
const SENDER: [Reason, Verdict] = ['securityerror', 'fix-sending']

type Notice = ReadableNotice

const dsn = (status: string, diagnostic: string, type = 'smtp'): Notice => ({
  kind: 'whole',
  raw: postfixDsnLines(RCPT, status, diagnostic).join('\n').replace('Diagnostic-Code: smtp;', `Diagnostic-Code: ${type};`),
})
const outlook = (reply: string, heading = 'Delivery has failed to these recipients or groups:'): Notice => ({
  kind: 'text',
  text: outlookNdrText(RCPT, reply).replace('Delivery has failed to these recipients or groups:', heading),
  subject: 'Undeliverable: Proposal',
  from: 'postmaster@sender.onmicrosoft.com',
})

/** Exchange Online writes its own NDR for an outbound DANE failure: the code and result type in its reply line. */
const MS_DANE: [string, string][] = [
  ['5.7.321', 'starttls-not-supported: Destination mail server must support TLS to receive mail'],
  ['5.7.322', "certificate-expired: Destination mail server's certificate is expired"],
  ['5.7.323', 'tlsa-invalid: The domain failed DANE validation'],
  ['5.7.324', 'dnssec-invalid: Destination domain returned invalid DNSSEC records'],
  ['5.7.325', 'certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)'],
]

const rows: [string, Notice, [Reason, Verdict]][] = [
  ...MS_DANE.flatMap(([code, words]): [string, Notice, [Reason, Verdict]][] => [
    [`Exchange Online ${code} as Outlook shows it`, outlook(`550 ${code} ${words}`), RETRY],
    [`Exchange Online ${code}, French page`, outlook(`550 ${code} ${words}`, 'La remise a échoué pour ces destinataires ou groupes :'), RETRY],
    [`Exchange Online ${code}, whole DSN`, dsn(code.replace(/^5\.7\.\d+$/, '5.7.5'), `550 ${code} ${words}`), RETRY],
  ]),
  ['Exchange Online 5.7.323, German page', outlook('550 5.7.323 tlsa-invalid: The domain failed DANE validation', 'Fehler bei der Zustellung an folgende Empfänger oder Gruppen:'), RETRY],
  ['Postfix DANE: TLSA lookup error, bounced after the queue lifetime', dsn('4.7.5', 'TLSA lookup error for mx.prospect.example:25', 'X-Postfix'), RETRY],
  ['Postfix DANE: Server certificate not verified', dsn('4.7.5', 'Server certificate not verified', 'X-Postfix'), RETRY],
  ['Postfix MTA-STS (secure level): Server certificate not trusted', dsn('4.7.5', 'Server certificate not trusted', 'X-Postfix'), RETRY],
  ['Exim DANE: tlsa lookup FAIL', dsn('4.0.0', 'DANE error: tlsa lookup FAIL', 'X-Exim'), RETRY],
  ['a relay names the RFC 8460 result type', dsn('5.7.5', '554 5.7.5 DANE validation failed for mx.prospect.example: tlsa-invalid'), RETRY],
  ['an MTA-STS policy in enforce mode refuses the certificate', dsn('4.7.5', '454 4.7.5 MTA-STS policy enforcement failed: certificate-host-mismatch for mx.prospect.example'), RETRY],
  // The receiving server asks something of the SENDER: still the sender's to fix.
  ['the receiver requires STARTTLS from the sender', dsn('5.7.0', '530 5.7.0 Must issue a STARTTLS command first'), SENDER],
  ['Microsoft: STARTTLS is required to send mail', outlook('451 5.7.3 STARTTLS is required to send mail [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]'), SENDER],
  ['Microsoft 5.7.57: client not authenticated', dsn('5.7.57', '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful'), SENDER],
]

async function read(n: Notice, to: (s: string) => string) {
  const report = await readNotice(n, to)
  return 'recipients' in report ? report.recipients.map((r) => [r.address, r.reason, r.verdict]) : report
}

describe("a failure of the receiving side's TLS (DANE, MTA-STS) is retried, not the sender's to fix", () => {
  it.each(rows.flatMap(([name, n, want]) => ENDINGS.map(([ending, to]) => [`${name} (${ending})`, n, to, want] as const)))('%s', async (_name, n, to, [reason, verdict]) => {
    expect(await read(n, to)).toEqual([[RCPT, reason, verdict]])
  })
})
