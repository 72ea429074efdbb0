/**
 * Audit of the verdicts other workers flagged as doubtful, each decided from public documentation
 * (RFC 5321, RFC 3463 and IANA's enhanced status code registry, RFC 7505, Postfix's postconf(5) and
 * smtpd_check.c, Exim's specification, qmail-smtpd(8), Microsoft's Exchange Online NDR reference,
 * Google's SMTP error reference, Yahoo's SMTP error codes, bounce-category documentation of ESPs).
 * Every notice here was written for this test. Layouts: a Postfix DSN (multipart/report), an Exim
 * plain-text notice, and rendered text read with parseBounceText; LF, CRLF and CR line endings.
 * Columns: what the notice says, the notice, then the expected verdict, hardness and (where the
 * evidence names one) reason.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from '../index'
import type { Reason, Verdict } from '../types'
import { eximNoticeLines, postfixDsnLines } from '../test-notice'

type Ending = 'lf' | 'crlf' | 'cr'
type Notice = { kind: 'message'; raw: string } | { kind: 'text'; text: string; subject: string; from: string }
type Expect = { verdict: Verdict; hard: boolean; reason?: Reason }

const RCPT = 'kim@prospect.example'

function join(lines: string[], ending: Ending = 'lf'): string {
  return lines.join(ending === 'crlf' ? '\r\n' : ending === 'cr' ? '\r' : '\n')
}

/** A Postfix-style DSN (test-notice.ts); `command` adds Postfix's "(in reply to ... command)". */
function dsn(status: string, diagnostic: string, o: { command?: string; action?: string; ending?: Ending } = {}): Notice {
  return { kind: 'message', raw: join(postfixDsnLines(RCPT, status, diagnostic, o), o.ending) }
}

/** Exim's plain-text notice (test-notice.ts); `after` names the SMTP step, `reply` is the server's answer. */
function exim(after: string, reply: string, ending: Ending = 'lf'): Notice {
  return { kind: 'message', raw: join(eximNoticeLines(RCPT, after, reply), ending) }
}

/** qmail-send's own notice (QSBMF), `said` the remote host's answer. */
function qmail(said: string, ending: Ending = 'lf'): Notice {
  return {
    kind: 'message',
    raw: join([
      'From: MAILER-DAEMON@mail.sender.example',
      'To: sales@sender.example',
      'Subject: failure notice',
      'Date: Mon, 2 Jun 2025 10:00:00 +0000',
      '',
      'Hi. This is the qmail-send program at mail.sender.example.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      `<${RCPT}>:`,
      '192.0.2.10 does not like recipient.',
      `Remote host said: ${said}`,
      'Giving up on 192.0.2.10.',
      '',
      '--- Below this line is a copy of the message.',
      '',
    ], ending),
  }
}

const text = (body: string, subject = 'Undeliverable: Proposal', from = 'postmaster@outlook.com'): Notice => ({ kind: 'text', text: body, subject, from })
const gmail = (response: string) =>
  text(
    `Message not delivered\n\nThere was a problem delivering your message to ${RCPT}. See the technical details below.\n\nThe response from the remote server was:\n${response}\n`,
    'Delivery Status Notification (Failure)',
    'mailer-daemon@googlemail.com',
  )
const exchange = (sentence: string, reported: string) =>
  text(`Delivery has failed to these recipients or groups:\n\n${RCPT}\n${sentence}\n\nDiagnostic information for administrators:\n\nGenerating server: mail.sender.example\n\n${RCPT}\nRemote Server returned '${reported}'\n`)

const RETRY: Expect = { verdict: 'retry', hard: false }
const FIX: Expect = { verdict: 'fix-sending', hard: false }
const PENDING: Expect = { verdict: 'pending', hard: false }
const DEAD: Expect = { verdict: 'remove', hard: true, reason: 'userunknown' }
const NO_DOMAIN: Expect = { verdict: 'remove', hard: true, reason: 'hostunknown' }

type Row = [what: string, notice: Notice, expected: Expect]

const rows: Row[] = [
  // 1. RFC 5321 §4.2.2/§3.8: "421 <domain> Service not available, closing transmission channel" is the
  // reply a server gives when it must shut the channel (busy, shutting down); the client retries
  // (§4.5.4.1). RFC 3463 X.3.2 "System not accepting network messages" is the host's state, not the
  // sender's. Not a block of the sender: retried.
  ['421 4.3.2 service not available, Postfix DSN', dsn('4.3.2', '421 4.3.2 Service not available, closing transmission channel'), { ...RETRY, reason: 'notaccept' }],
  ['421 service not available, no status, CRLF', dsn('', '421 mx.prospect.example Service not available, closing transmission channel', { command: 'RCPT TO', ending: 'crlf' }), RETRY],
  ['421 service not available, Gmail rendered', gmail('421 4.3.2 Service not available, closing transmission channel'), RETRY],
  ['421 service not available while still queued', dsn('4.3.2', '421 4.3.2 Service not available, closing transmission channel', { action: 'delayed' }), PENDING],
  // Guard: a 421 that names a block list is still the sender's (Spamhaus).
  ['421 blocked using Spamhaus stays the sender\'s', dsn('4.7.1', '421 4.7.1 Service not available, closing transmission channel: client host blocked using zen.spamhaus.org'), { ...FIX, reason: 'blocked' }],

  // 2. "Relay access denied" from the recipient's own MX: that host does not handle mail for the
  // recipient's domain (MX left pointing at a decommissioned server or a backup MX not set up, or DNS
  // not yet propagated: Word to the Wise, "Relaying Denied", 2017; Microsoft 5.7.54 "Unable to relay
  // recipient in non-accepted domain", the domain is not an accepted domain of the receiving tenant).
  // A salesperson sends through Gmail/Outlook, whose submission is authenticated: the sender cannot
  // fix it. The recipient's side: retried (escalated if it keeps failing).
  ['Postfix 554 5.7.1 Relay access denied at RCPT', dsn('5.7.1', '554 5.7.1 <kim@prospect.example>: Relay access denied', { command: 'RCPT TO' }), { ...RETRY, reason: 'norelaying' }],
  ['Exim 550 relay not permitted, CRLF', exim('RCPT TO:<kim@prospect.example>', '550 relay not permitted', 'crlf'), { ...RETRY, reason: 'norelaying' }],
  ['Exchange 5.7.54 unable to relay, rendered', exchange('Unable to relay recipient in non-accepted domain.', '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'), { ...RETRY, reason: 'norelaying' }],
  ['500 Unauthorized relay msg rejected (Mautic\'s command_reject sample)', dsn('', '500 Unauthorized relay msg rejected', { command: 'RCPT TO' }), { ...RETRY, reason: 'norelaying' }],
  ['fr relais refusé, CR', dsn('5.7.1', '550 5.7.1 Relais refusé', { command: 'RCPT TO', ending: 'cr' }), { ...RETRY, reason: 'norelaying' }],
  // Guard: Amazon SES's sandbox refusal names the sender's own unverified address: the sender's setup.
  ['Amazon SES address not verified stays the sender\'s', dsn('5.0.0', '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sales@sender.example'), FIX],

  // 3. qmail-smtpd(8): "rcpthosts: Allowed RCPT domains ... qmail-smtpd will reject any envelope
  // recipient address with a domain not listed in rcpthosts": the qmail form of relaying denied
  // (chkuser answers with the same words). Recipient's side: retried.
  ['qmail rcpthosts at RCPT, Postfix DSN', dsn('5.7.1', "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", { command: 'RCPT TO' }), { ...RETRY, reason: 'norelaying' }],
  ['qmail rcpthosts, Gmail rendered', gmail("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"), RETRY],
  ['qmail rcpthosts, qmail-send\'s own notice, CR', qmail("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'cr'), { ...RETRY, reason: 'norelaying' }],
  ['chkuser rcpthosts, Exim, CRLF', exim('RCPT TO:<kim@prospect.example>', "553 5.7.1 sorry, that domain isn't in my list of allowed rcpthosts (chkuser)", 'crlf'), RETRY],
  ['qmail-smtpd-auth "you don\'t authenticate or the domain isn\'t in my list", CR', dsn('5.7.1', "553 sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts. (#5.7.1)", { command: 'RCPT TO', ending: 'cr' }), RETRY],

  // 4. A dropped, refused, reset or timed-out connection: RFC 5321 §4.5.4.1, the client retries; the
  // host was down or unreachable, nothing says the sender is refused (a block names itself). Retried.
  ['connection dropped by remote host (final)', dsn('4.4.2', 'Connection dropped by remote host'), RETRY],
  ['connection reset by peer, 5.4.0', dsn('5.4.0', 'lost connection with mx.prospect.example[192.0.2.10] while sending RCPT TO: Connection reset by peer'), RETRY],
  ['connection refused, CRLF', dsn('4.4.1', 'connect to mx.prospect.example[192.0.2.10]:25: Connection refused', { ending: 'crlf' }), RETRY],
  ['connection timed out, 5.4.4 final', dsn('5.4.4', 'connect to mx.prospect.example[192.0.2.10]:25: Connection timed out'), RETRY],
  ['lost connection while receiving the greeting', dsn('5.0.0', 'lost connection with mx.prospect.example[192.0.2.10] while receiving the initial server greeting'), RETRY],
  ['Gmail: the connection was dropped, rendered', gmail('The recipient server dropped the connection. [mx.prospect.example. 192.0.2.10: Connection dropped by remote host]'), RETRY],
  // Guard: a refusal that says why (abuse) is a block of the sender.
  ['connection refused due to abuse stays the sender\'s', dsn('5.7.1', '554 5.7.1 Connection refused due to abuse, see http://rbl.example/'), FIX],

  // 5. RFC 3463 X.1.2 "Bad destination system address: the destination system specified in the
  // address does not exist or is incapable of accepting mail". Exim's "unrouteable mail domain" is its
  // router's verdict that the domain cannot be routed (no DNS for it). Permanent: a dead domain.
  ['unrouteable mail domain with 5.1.2', dsn('5.1.2', '550 5.1.2 unrouteable mail domain "prospect.example"'), NO_DOMAIN],
  ['unrouteable mail domain, Exim, no status', exim('RCPT TO:<kim@prospect.example>', '550 unrouteable mail domain "prospect.example"'), NO_DOMAIN],
  ['unrouteable mail domain, rendered, CR', dsn('5.1.2', '550 5.1.2 unrouteable mail domain "prospect.example"', { ending: 'cr' }), NO_DOMAIN],
  // Guard: the same words in Exim's verification of the sender's own domain are the sender's.
  ['sender verify: unrouteable mail domain of the sender', dsn('5.0.0', '550-Verification failed for <sales@sender.example> 550-unrouteable mail domain "sender.example" 550 Sender verify failed', { command: 'RCPT TO' }), { ...FIX, reason: 'rejected' }],

  // 6. Postfix's smtpd_check.c (reject_unknown_mailhost) answers "450 4.1.2 <x>: Recipient address
  // rejected: Domain not found" both for NXDOMAIN (unknown_address_reject_code, default 450) and for a
  // DNS lookup that failed temporarily (DNS_RETRY, always 450): the text cannot tell them apart. A 4.x.x
  // status is a persistent transient failure (RFC 3463 §3.1): retried, never removed on that alone.
  // The 5xx form (unknown_address_reject_code = 550) or NXDOMAIN named is a dead domain.
  ['450 4.1.2 Domain not found, final notice', dsn('4.1.2', '450 4.1.2 <kim@prospect.example>: Recipient address rejected: Domain not found', { command: 'RCPT TO' }), RETRY],
  ['450 4.1.2 Domain not found, delayed', dsn('4.1.2', '450 4.1.2 <kim@prospect.example>: Recipient address rejected: Domain not found', { command: 'RCPT TO', action: 'delayed' }), PENDING],
  ['550 5.1.2 Domain not found', dsn('5.1.2', '550 5.1.2 <kim@prospect.example>: Recipient address rejected: Domain not found', { command: 'RCPT TO', ending: 'crlf' }), NO_DOMAIN],

  // 7. A notice that the recipient's gateway holds the message for review (Mimecast "held for review",
  // Proofpoint quarantine): the message was not refused, an administrator may release it. Nothing
  // failed yet: pending; sending it again only queues another copy behind it.
  ['held for review, Exchange layout', exchange("Your message has been held for review by the recipient's administrator.", 'Message held for review by the administrator'), PENDING],
  ['quarantined awaiting review, text', text("Delivery has failed to these recipients or groups:\n\nkim@prospect.example\nYour message was quarantined by the recipient's email gateway and is awaiting administrator review.\n"), PENDING],
  ['fr: message retenu pour examen (mis en quarantaine)', text("Échec de la remise pour ces destinataires ou groupes :\n\nkim@prospect.example\nVotre message a été mis en quarantaine par la passerelle du destinataire et retenu pour examen par un administrateur.\n", 'Non remis : Proposition'), PENDING],
  ['de: Nachricht zur Überprüfung zurückgehalten', text('Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\nkim@prospect.example\nIhre Nachricht wurde vom Gateway des Empfängers in Quarantäne verschoben und zur Überprüfung zurückgehalten.\n', 'Unzustellbar: Angebot'), PENDING],
  ['it: messaggio trattenuto in quarantena', text('Il recapito non è riuscito per i seguenti destinatari o gruppi:\n\nkim@prospect.example\nIl messaggio è stato messo in quarantena dal gateway del destinatario ed è in attesa di revisione.\n', 'Non recapitabile: Offerta'), PENDING],
  ['es: mensaje retenido en cuarentena', text('Error en la entrega a estos destinatarios o grupos:\n\nkim@prospect.example\nSu mensaje fue puesto en cuarentena por la puerta de enlace del destinatario y está retenido para revisión.\n', 'No se puede entregar: Oferta'), PENDING],
  // Guard: a gateway that refused the message as spam (and kept a copy) is the sender's content.
  ['554 quarantined as spam stays the sender\'s', dsn('5.7.1', '554 5.7.1 Message rejected and quarantined as spam'), { ...FIX, reason: 'spamdetected' }],

  // 8. Bare refusals that name no cause: not evidence of a dead address, nor of the sender: retried.
  // With a 5.1.x status RFC 3463 X.1.1 says the mailbox does not exist: removed.
  ['571 Message Refused at RCPT', dsn('', '571 Message Refused', { command: 'RCPT TO' }), RETRY],
  ['554 denied', dsn('', '554 denied', { command: 'RCPT TO' }), RETRY],
  ['554 Transaction rejected', dsn('5.0.0', '554 Transaction rejected'), RETRY],
  ['550 Mail Refused, Exim', exim('RCPT TO:<kim@prospect.example>', '550 Mail Refused'), RETRY],
  ['550 Recipient not allowed at RCPT', dsn('', '550 Recipient not allowed', { command: 'RCPT TO' }), RETRY],
  ['550 5.1.1 Recipient not allowed', dsn('5.1.1', '550 5.1.1 Recipient not allowed', { command: 'RCPT TO' }), DEAD],
  ['550 recipient rejected at RCPT', dsn('', '550 recipient rejected', { command: 'RCPT TO' }), RETRY],
  ['550 5.1.1 recipient rejected', dsn('5.1.1', '550 5.1.1 recipient rejected', { command: 'RCPT TO', ending: 'crlf' }), DEAD],
  ['550 access denied at RCPT', dsn('', '550 access denied', { command: 'RCPT TO' }), RETRY],
  // Exim's default text for an ACL "deny" without a message (Exim spec, "Access control lists"): at RCPT
  // it says nothing about the sender; at MAIL FROM it refuses the sender.
  ['Exim Administrative prohibition at RCPT', exim('RCPT TO:<kim@prospect.example>', '550 Administrative prohibition'), RETRY],
  ['Administrative prohibition at RCPT, Postfix DSN', dsn('', '550 Administrative prohibition', { command: 'RCPT TO' }), RETRY],
  ['Administrative prohibition at MAIL FROM', dsn('', '550 Administrative prohibition', { command: 'MAIL FROM' }), { ...FIX, reason: 'rejected' }],
  // RFC 3463 X.7.1 "Delivery not authorized, message refused ... per-host or per-recipient filtering"
  // with words that name the recipient: the recipient's restriction, not the sender's setup.
  ['550 5.7.1 Recipient not allowed', dsn('5.7.1', '550 5.7.1 Recipient not allowed', { command: 'RCPT TO' }), RETRY],

  // 9. Postfix access(5) REJECT on a recipient: "554 5.7.1 <x>: Recipient address rejected: Access
  // denied" (access_map_reject_code 554, status 5.7.1): a per-recipient policy, not proof the mailbox is
  // gone: retried. Microsoft's directory-based edge blocking answers 5.4.1 for a recipient not in the
  // tenant (Exchange Online NDR reference): dead.
  ['Postfix access map 5.7.1 Access denied', dsn('5.7.1', '554 5.7.1 <kim@prospect.example>: Recipient address rejected: Access denied', { command: 'RCPT TO' }), RETRY],
  ['Postfix access map 5.7.1 Access denied, CR', dsn('5.7.1', '554 5.7.1 <kim@prospect.example>: Recipient address rejected: Access denied', { command: 'RCPT TO', ending: 'cr' }), RETRY],
  ['Microsoft 5.4.1 Access denied AS(201806281)', dsn('5.4.1', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM0PR01MB1234.eurprd01.prod.outlook.com]', { command: 'RCPT TO' }), DEAD],
  ['Microsoft 5.4.1 Access denied, no AS', dsn('5.4.1', '550 5.4.1 [kim@prospect.example]: Recipient address rejected: Access denied [AM0PR01MB1234.eurprd01.prod.protection.outlook.com]', { command: 'RCPT TO' }), DEAD],

  // 10. Exchange Online 5.7.133 / 5.7.134 (group / mailbox only accepts mail from senders in its
  // organisation), 5.7.129 (the recipient's delivery restrictions): the NDR reference says only the
  // recipient's admin can change it. The sender's setup is fine: the recipient's side, retried.
  ['5.7.133 group only accepts internal senders', dsn('5.7.133', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated'), { ...RETRY, reason: 'filtered' }],
  ['5.7.134 mailbox only accepts internal senders, CRLF', dsn('5.7.134', '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated', { ending: 'crlf' }), { ...RETRY, reason: 'filtered' }],
  ['5.7.129 restricted recipient', dsn('5.7.129', '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender is not permitted'), { ...RETRY, reason: 'filtered' }],
  // 5.7.124 "Sender not in allowed senders list": the group's allowed-senders list, which only its owner
  // edits (Microsoft's NDR reference): the same family as 5.7.133, the recipient's side.
  ['5.7.124 not in allowed senders list', dsn('5.7.124', '550 5.7.124 RESOLVER.RST.SenderNotAllowed; Sender not in allowed senders list'), { ...RETRY, reason: 'filtered' }],
  ['5.7.1 NotAuthorized, rendered M365 "only accepts messages from people in their organization"', text("Your message to kim@prospect.example couldn't be delivered.\nkim only accepts messages from people in their organization or on their allowed senders list, and your email address isn't on the list.\n\nMore Info for Email Admins\nStatus code: 550 5.7.1\n\nReported error: 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized\n"), RETRY],
  // Guard: Apple's private relay refuses a sender not registered with it: the sender's setup (verdict-families).
  ['Apple private relay unauthorized sender stays the sender\'s', dsn('5.1.1', '550 5.1.1 <kim@prospect.example>: unauthorized sender'), { ...FIX, reason: 'rejected' }],
  ['5.7.133 rendered', exchange("Your message couldn't be delivered because the group only accepts messages from people in its organization.", '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required'), RETRY],

  // 11. RFC 3463 X.1.8 "Bad sender's system address": the sender's own domain: fix-sending.
  ['5.1.8 bad outbound sender', dsn('5.1.8', '550 5.1.8 Access denied, bad outbound sender', { command: 'MAIL FROM' }), { ...FIX, reason: 'rejected' }],
  ['5.1.8 sender domain must resolve', dsn('5.1.8', '553 5.1.8 <sales@sender.example>: Sender address rejected: Domain not found', { command: 'MAIL FROM' }), FIX],

  // 12. A full mailbox is the recipient's to clear (RFC 3463 X.2.2; Google's 4.2.2/5.2.2 "over quota"),
  // whether the server says 4.2.2 or 5.2.2 or "will not be retried": retried, never removed.
  ['5.2.2 mailbox full', dsn('5.2.2', '552 5.2.2 Mailbox full'), { ...RETRY, reason: 'mailboxfull' }],
  ['4.2.2 mailbox full, final', dsn('4.2.2', '452 4.2.2 Mailbox full'), { ...RETRY, reason: 'mailboxfull' }],
  ['5.2.2 over quota, will not be retried', dsn('5.2.2', '552 5.2.2 user over quota; message will not be retried'), { ...RETRY, reason: 'mailboxfull' }],

  // 13. Yahoo's SMTP error codes: "554 ... This mailbox is disabled (554.30)": the account is disabled.
  ['Yahoo 554.30 mailbox disabled', dsn('', '554 30 Sorry, your message to kim@prospect.example cannot be delivered. This mailbox is disabled (554.30).'), { verdict: 'remove', hard: true, reason: 'suspend' }],

  // 14. RFC 3463 X.1.3 "Bad destination mailbox address syntax": the address as written can never be
  // delivered; the same address fails again: removed.
  ['553 5.1.3 invalid address', dsn('5.1.3', '553 5.1.3 invalid address', { command: 'RCPT TO' }), DEAD],
  ['501 5.1.3 bad recipient address syntax, CRLF', dsn('5.1.3', '501 5.1.3 Bad recipient address syntax', { command: 'RCPT TO', ending: 'crlf' }), DEAD],

  // 15. RFC 7505 §3.2/§4.1: a null MX domain accepts no mail, "556 5.1.10" / "5.7.27"; RFC 5321 §5.1: with
  // no MX, the A record is the implicit MX, so "no MX or A record" is no mail host at all: dead domain.
  // A resolver's "try again" (Postfix smtp(8) TRY_AGAIN) is temporary: retried.
  ['556 5.1.10 null MX', dsn('5.1.10', '556 5.1.10 Recipient address has null MX'), { verdict: 'remove', hard: true, reason: 'notaccept' }],
  ['Postfix nullMX', dsn('5.1.10', '556 5.1.10 <kim@prospect.example>: Recipient address rejected: Domain prospect.example does not accept mail (nullMX)', { command: 'RCPT TO', ending: 'cr' }), { verdict: 'remove', hard: true, reason: 'notaccept' }],
  ['No MX or A record, 5.1.2', dsn('5.1.2', '550 5.1.2 No MX or A record for domain prospect.example'), NO_DOMAIN],
  ['Host not found, try again', dsn('5.4.4', 'Host or domain name not found. Name service error for name=prospect.example type=MX: Host not found, try again'), RETRY],

  // 16. procmail/dovecot-lda exit EX_NOUSER (67) "Recipient unknown": the local delivery agent says
  // the user does not exist.
  ['dovecot-lda Recipient unknown', text('The following recipient(s) could not be reached:\n\nkim@prospect.example\n  Command died with status 67: "/usr/lib/dovecot/dovecot-lda". Command output: Recipient unknown\n', 'Undelivered Mail', 'MAILER-DAEMON@mail.prospect.example'), DEAD],
]

async function recipientsOf(n: Notice) {
  if (n.kind === 'text') return parseBounceText(n.text, { subject: n.subject, from: n.from }).recipients
  const report = await parseBounce(n.raw)
  if (report.kind === 'error') throw new Error(report.error)
  return report.recipients
}

describe('verdict audit (ambiguous evidence, decided from public documentation)', () => {
  it.each(rows)('%s', async (_what, notice, expected) => {
    const recipients = await recipientsOf(notice)
    expect(recipients).toHaveLength(1)
    const [r] = recipients
    const got: Expect = { verdict: r.verdict, hard: r.hard, ...(expected.reason ? { reason: r.reason } : {}) }
    expect(got).toEqual(expected)
  })
})
