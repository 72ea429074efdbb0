/**
 * Notices whose long lines were re-wrapped at 76 columns with the rest at the margin: Outlook's
 * plain-text re-wrap (reply, forward, a copied selection: "Automatically wrap text at 76
 * characters") and Exchange's own text part of an NDR, made by the same converter. The families were
 * found by reading the table tests' notices and the corpus re-wrapped so (a harness outside the
 * repository, the parity check of issue 9); each notice here was written for this file. LF and CRLF.
 */
import { describe, expect, it } from 'vitest'
import { parseBounceText } from './index'
import { rejoinWrapped } from './rewrap'
import { rewrapped, type RenderedNotice as Rendered } from './test-notice'

function check(n: Rendered, text: string): void {
  const report = parseBounceText(text, { subject: n.subject, from: n.from })
  const got = Object.fromEntries(report.recipients.filter((r) => r.verdict !== 'none').map((r) => [r.address.toLowerCase(), r.verdict]))
  expect(got).toEqual(n.want)
}

const ENDINGS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['LF', (s) => s],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
]

function rows(notices: readonly Rendered[]): [string, Rendered, (s: string) => string][] {
  return notices.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as [string, Rendered, (s: string) => string]))
}


/**
 * A reply or reason whose end went to the next line, at the margin: the readers take a reason from
 * its own line and the lines indented under it, and read half of it ("the domain does not",
 * "550 5.2.1 mailbox", "smtp;550 Requested action not taken: mailbox").
 */
const REASON_WRAPPED: Rendered[] = [
  {
    name: 'Exchange 2003 list, dead domain said on two lines',
    subject: 'Undeliverable: Quote 2291',
    from: 'System Administrator <postmaster@ourco.example>',
    text: `Your message did not reach some or all of the intended recipients.

      Subject:\tQuote 2291
      Sent:\t11/4/2025 9:10 AM

The following recipient(s) cannot be reached:

      m.berger@altfirma.example on 11/4/2025 9:12 AM
            The e-mail system was unable to deliver the message, the domain does not exist
            <mail.ourco.example #5.4.0 smtp;554 5.4.0 Host or domain name not found>
`,
    want: { 'm.berger@altfirma.example': 'remove' },
  },
  {
    name: 'Exchange 2003 list, RFC 5321 mailbox unavailable on two lines',
    subject: 'Undeliverable: Meeting notes',
    from: 'System Administrator <postmaster@ourco.example>',
    text: `Your message did not reach some or all of the intended recipients.

      Subject:\tMeeting notes
      Sent:\t11/4/2025 9:10 AM

The following recipient(s) cannot be reached:

      lucia.bianchi@clienti.example on 11/4/2025 9:12 AM
            There was a SMTP communication problem with the recipient's email server.  Please contact your system administrator.
            <mail.ourco.example #5.0.0 smtp;550 Requested action not taken: mailbox unavailable>
`,
    want: { 'lucia.bianchi@clienti.example': 'remove' },
  },
  {
    name: 'Exchange 2003 list, two entries: the second address at the margin stays an entry',
    subject: 'Undeliverable: Offer',
    from: 'System Administrator <postmaster@ourco.example>',
    text: `Your message did not reach some or all of the intended recipients.

did not reach the following recipient(s):

j.novak@firma.example on 11/3/2025 10:00 AM
    The recipient name is not recognized
    MSEXCH:IMS:OurCo:HQ:MAIL1 0 (000C05A6) Unknown Recipient
p.kowalski@gone-company.example on 11/3/2025 10:00 AM
    The e-mail system was unable to deliver the message, the domain does not exist
    MSEXCH:IMS:OurCo:HQ:MAIL1 3550 (000B09AA) Host unknown
`,
    want: { 'j.novak@firma.example': 'remove', 'p.kowalski@gone-company.example': 'remove' },
  },
  {
    name: 'gateway, "x@y: host … said:" with the mailbox state on the next line',
    subject: 'Undeliverable mail',
    from: 'SMTP_Gateway <MAILER-DAEMON@gw.ourco.example>',
    text: `The message below could not be delivered.

Failure reason:
t.okafor@partner.example: host mx.partner.example said: 550 5.2.1 mailbox disabled, not accepting messages
`,
    want: { 't.okafor@partner.example': 'remove' },
  },
  {
    name: 'French notice, "utilisateur inconnu" on the next line',
    subject: 'Non remis : Devis',
    from: 'MAILER-DAEMON@relais.monentreprise.example',
    text: `Votre message n'a pas pu être remis.

claire.dupont@societe.example : le serveur mx.societe.example a répondu 550 utilisateur inconnu, adresse refusée
`,
    want: { 'claire.dupont@societe.example': 'remove' },
  },
  {
    name: 'delivery-problems list, policy refusal split after "Recipient address"',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON <bounces-noreply@esp.example>',
    text: `    --- The following addresses had delivery problems ---

h.sato@torihiki.example   (5.7.1 h.sato@torihiki.example: Recipient address rejected: Access denied)
`,
    want: { 'h.sato@torihiki.example': 'retry' },
  },
  {
    name: 'delivery-problems list, policy refusal on one line',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON <bounces-noreply@esp.example>',
    text: `    --- The following addresses had delivery problems ---

<r.mendes@cliente.example>   (5.7.1 <r.mendes@cliente.example>: Recipient address rejected: Access denied)
`,
    want: { 'r.mendes@cliente.example': 'retry' },
  },
  {
    name: 'temporary refusal wrapped: stays retried',
    subject: 'Undeliverable mail',
    from: 'SMTP_Gateway <MAILER-DAEMON@gw.ourco.example>',
    text: `The message below could not be delivered.

Failure reason:
a.weber@kunde.example: host mx.kunde.example said: 451 4.3.0 mailbox busy, please try again later
`,
    want: { 'a.weber@kunde.example': 'retry' },
  },
]

/**
 * A notice's own heading wrapped over two lines is joined like any sentence (AOL's "… could not be
 * delivered because they" / "are not AOL members:"); Exim's reader knows its heading either way
 * ("recipient addresses that were" / "incorrectly constructed:").
 */
const HEADING_KEPT: Rendered[] = [
  {
    name: 'AOL screen names under a heading wrapped over two lines',
    subject: 'Returned mail: User unknown',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
    text: `Your mail to the following recipients could not be delivered because they
are not AOL members:
  kwilliams8812
  d.ortega.sales@aol.com

Please check the screen names and try again.
`,
    want: { 'kwilliams8812@aol.com': 'remove', 'd.ortega.sales@aol.com': 'remove' },
  },
  {
    name: 'Exim malformed-address heading keeps its own line',
    subject: 'Mail failure - malformed recipient address',
    from: 'Mail Delivery System <Mailer-Daemon@mail.ourco.example>',
    text: `A message that you sent contained one or more recipient addresses that were
incorrectly constructed:

  ann.roe@client.example <a.roe@client.example>: malformed address: <a.roe@client.example> may not follow ann.roe@client.example

This address has been ignored. The other addresses in the message were
syntactically valid and have been passed on for an attempt at delivery.
`,
    want: { 'a.roe@client.example': 'fix-sending' },
  },
]

/**
 * A DSN written into the notice's text ("Technical report:"), its Diagnostic-Code folded by the
 * re-wrap without the fold's indentation: the rest is at the margin, and the field reader skipped it.
 */
const DSN_FIELD_WRAPPED: Rendered[] = [
  {
    name: 'WorkMail-style report, blocklist reply cut after "Service"',
    subject: 'Delivery Status Notification (Failure)',
    from: 'MAILER-DAEMON@us-east-1.awsapps.example',
    text: `An error occurred while trying to deliver the mail to the following
recipients:
d.ivanova@partner.example

Technical report:

Reporting-MTA: dns; a1-2.smtp-out.example

Action: failed
Final-Recipient: rfc822; d.ivanova@partner.example
Diagnostic-Code: smtp; 5.1.0 - Unknown address error 554-'5.7.1 Service unavailable; Client host [203.0.113.5] blocked using b.barracudacentral.org' (delivery attempts: 0)
Status: 5.1.0
`,
    want: { 'd.ivanova@partner.example': 'fix-sending' },
  },
  {
    name: 'SES-style report, mailbox unavailable cut after "mailbox"',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@ses.example',
    text: `Your message to the following recipient could not be delivered:
s.larsen@kunde.example

Technical report:

Reporting-MTA: dns; a1-23.smtp-out.example

Action: failed
Final-Recipient: rfc822; s.larsen@kunde.example
Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S3140)
Status: 5.5.0
`,
    want: { 's.larsen@kunde.example': 'remove' },
  },
  {
    name: 'report whose wrapped rest starts with the address: no field named after it',
    subject: 'Delivery Status Notification (Failure)',
    from: 'MAILER-DAEMON@us-east-1.awsapps.example',
    text: `An error occurred while trying to deliver the mail to the following
recipients:
o.haddad@client.example

Technical report:

Action: failed
Final-Recipient: rfc822; o.haddad@client.example
Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.1.1 <o.haddad@client.example>: Recipient address rejected: User unknown in virtual mailbox table' (delivery attempts: 0)
Status: 5.1.0
`,
    want: { 'o.haddad@client.example': 'remove' },
  },
]

/**
 * Amazon SES's text part, all a page shows of its DSN: "The following message to <x> was
 * undeliverable." / "The reason for the problem:" / SES's summary around the remote's reply, whose
 * own status is the cause ("5.1.0 - Unknown address error 550-'5.2.2 …'"). The reply may quote the
 * Return-Path SES made for the message ("<message id>@email-bounces.amazonses.com"): the sender.
 */
function sesText(rcpt: string, summary: string): string {
  return `The following message to <${rcpt}> was undeliverable.
The reason for the problem:
${summary}
`
}

const SES_TEXT: Rendered[] = [
  {
    name: 'SES, the remote refused the return path (policy)',
    subject: 'Delivery Status Notification (Failure)',
    from: 'MAILER-DAEMON@email-bounces.amazonses.com',
    text: sesText('k.yamamoto@torihiki.example', "5.1.0 - Unknown address error 550-'5.7.1 <0100018c2b3d4e5f-1a2b3c4d-5e6f-4a1b-9c8d-7e6f5a4b3c2d-000000@email-bounces.amazonses.com>... Access denied' (delivery attempts: 0)"),
    want: { 'k.yamamoto@torihiki.example': 'fix-sending' },
  },
  {
    name: 'SES, mailbox full inside an "Unknown address error"',
    subject: 'Delivery Status Notification (Failure)',
    from: 'MAILER-DAEMON@email-bounces.amazonses.com',
    text: sesText('b.russo@cliente.example', "5.1.0 - Unknown address error 552-'5.2.2 <b.russo@cliente.example>... Mailbox Full' (delivery attempts: 0)"),
    want: { 'b.russo@cliente.example': 'retry' },
  },
  {
    name: 'SES, the address does not exist',
    subject: 'Delivery Status Notification (Failure)',
    from: 'MAILER-DAEMON@email-bounces.amazonses.com',
    text: sesText('n.fischer@kunde.example', "5.1.0 - Unknown address error 550-'5.1.1 <n.fischer@kunde.example>: Recipient address rejected: User unknown in local recipient table' (delivery attempts: 0)"),
    want: { 'n.fischer@kunde.example': 'remove' },
  },
]

/**
 * A return path made for bounces (VERP, BATV, SRS) quoted in the remote's reply is the sender's own
 * address, never a failed recipient, whoever wrote the notice.
 */
const RETURN_PATH_QUOTED: Rendered[] = [
  {
    name: 'relay notice quoting a SendGrid-style VERP sender',
    subject: 'Undeliverable mail',
    from: 'MAILER-DAEMON@relay.ourco.example',
    text: `Delivery to the following recipient failed permanently:

    e.costa@cliente.example

Technical details of permanent failure:
550 5.7.1 <bounces+4711-ab12-e.costa=cliente.example@em.ourco.example>... Sender address rejected: Access denied
`,
    want: { 'e.costa@cliente.example': 'fix-sending' },
  },
  {
    name: 'relay notice quoting a BATV-tagged sender',
    subject: 'Undeliverable mail',
    from: 'MAILER-DAEMON@relay.ourco.example',
    text: `Delivery to the following recipient failed permanently:

    l.moreau@societe.example

Technical details of permanent failure:
550 5.7.1 <prvs=0123abcd45=sales@ourco.example>: Sender address rejected: not permitted by policy
`,
    want: { 'l.moreau@societe.example': 'fix-sending' },
  },
]

/**
 * A reply folded (or re-wrapped) so that the envelope sender it quotes opens the next line ("said:
 * 554 Mail from" / "    <x@y> rejected for policy reasons."): the words before it are on the line
 * above, and the address is still the sender, not a second recipient; the folded line is the cause.
 */
const SENDER_ON_FOLD: Rendered[] = [
  {
    name: 'security gateway, Postfix-style block, sender refused by policy',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@gw.ourco.example (Mail Delivery System)',
    text: `This is the Email Security Gateway at host gw.ourco.example.

I'm sorry to inform you that the message below could not be delivered.
When delivery was attempted, the following error was returned.

<p.nguyen@khachhang.example>: host 203.0.113.25[203.0.113.25] said: 554 Mail from
    <sales@ourco.example> rejected for policy reasons. (in reply to MAIL FROM
    command)
`,
    want: { 'p.nguyen@khachhang.example': 'fix-sending' },
  },
  {
    name: 'relay block, envelope sender quoted on the fold, spam policy',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@relay.ourco.example (Mail Delivery System)',
    text: `This is the mail relay at host relay.ourco.example.

The message could not be delivered to the following recipient.

<g.rossi@azienda.example>: host mx.azienda.example[198.51.100.8] said: 550 5.7.1 Envelope sender
    <news@ourco.example> rejected: message looks like spam (in reply to end of DATA command)
`,
    want: { 'g.rossi@azienda.example': 'fix-sending' },
  },
]

/**
 * Postfix's block of one recipient runs to its blank line (bounce_notify_util.c); a re-wrap can put
 * an address the reply quotes (the sender, in a sender-verification refusal) at the margin, where it
 * looks like the next entry's "<x@y>:". It is the reply's text until the reply is complete.
 */
const POSTFIX_QUOTED_AT_MARGIN: Rendered[] = [
  {
    name: 'Postfix, sender verification failed, the quoted sender re-wrapped to the margin',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx.ourco.example (Mail Delivery System)',
    text: `This is the mail system at host mx.ourco.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<s.ahmed@partner.example>: host mx.partner.example[192.0.2.40] said: 550-Verification failed for <offers@ourco.example> 550-Called: 198.51.100.9 550-Sent: RCPT TO:<offers@ourco.example> 550-Response: 550 5.1.1 <offers@ourco.example>: Recipient address rejected: User unknown 550 Sender verify failed (in reply to RCPT TO command)
`,
    want: { 's.ahmed@partner.example': 'fix-sending' },
  },
  {
    name: 'Postfix, two entries, the second after a complete reply and no blank line',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx.ourco.example (Mail Delivery System)',
    text: `This is the mail system at host mx.ourco.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<v.petrov@partner.example>: host mx.partner.example[192.0.2.40] said: 550 5.1.1 <v.petrov@partner.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
<i.petrova@partner.example>: host mx.partner.example[192.0.2.40] said: 452 4.2.2 <i.petrova@partner.example>: Mailbox full, try again later (in reply to RCPT TO command)
`,
    want: { 'v.petrov@partner.example': 'remove', 'i.petrova@partner.example': 'retry' },
  },
]

/**
 * Exchange 2007 and later: "Diagnostic information for administrators:" names each address over
 * "Remote Server returned '<reply>'"; a re-wrap moves the rest of a long reply, and its closing
 * quote, to the next lines. An apostrophe inside ("per it's SPF record") is no closing quote.
 */
function exchangeDiagnostic(rcpt: string, reply: string): string {
  return `Delivery has failed to these recipients or groups:

${rcpt}
Your message wasn't delivered. Please check the address and try again, or contact the recipient another way.

Diagnostic information for administrators:

Generating server: EXCH01.ourco.example

${rcpt}
mx.partner.example
Remote Server returned '${reply}'

Original message headers:

Received: from EXCH02.ourco.example (198.51.100.12) by EXCH01.ourco.example
`
}

const EXCHANGE_RETURNED: Rendered[] = [
  {
    name: 'Exchange, SPF refusal whose reply runs over three lines',
    subject: 'Undeliverable: Proposal',
    from: 'postmaster@ourco.example',
    text: exchangeDiagnostic('f.haas@partner.example', "550 5.1.0 203.0.113.77 is not allowed to send from <ourco.example> per it's SPF Record. Please inspect your SPF settings, and try again. IB508"),
    want: { 'f.haas@partner.example': 'fix-sending' },
  },
  {
    name: 'Exchange, mailbox over its quota, the status word on the next line',
    subject: 'Undeliverable: Proposal',
    from: 'postmaster@ourco.example',
    text: exchangeDiagnostic('m.lindqvist@partner.example', '552 5.2.2 The email account that you tried to reach is over quota and inactive. Please direct the recipient to the mailbox settings'),
    want: { 'm.lindqvist@partner.example': 'retry' },
  },
]

/**
 * One-line-per-recipient readers whose line a re-wrap cut: Exim's list (a long address quoted again
 * by the reply lands at the margin, "x@y:", over "    User unknown") and Zoho's "x Invalid Address,
 * ERROR_CODE :550, ERROR_CODE :5.1.1 <reply>" (the reply goes to the next line).
 */
const LINE_ENTRIES_CUT: Rendered[] = [
  {
    name: 'Exim list, a long address repeated by the reply',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@mail.ourco.example>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  alexandra.papadopoulou-vasileiou.purchasing@procurement-partner.example
    SMTP error from remote mail server after RCPT TO:<alexandra.papadopoulou-vasileiou.purchasing@procurement-partner.example>:
    host mx.procurement-partner.example [192.0.2.61]: 550 <alexandra.papadopoulou-vasileiou.purchasing@procurement-partner.example>: User unknown
`,
    want: { 'alexandra.papadopoulou-vasileiou.purchasing@procurement-partner.example': 'remove' },
  },
  {
    name: 'Zoho, two entries, each reply after its codes',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'mailer-daemon@mail.zoho.com',
    text: `This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

r.tana@torihiki.example Invalid Address, ERROR_CODE :550, ERROR_CODE :5.0.0 <r.tana@torihiki.example>... No such user here
j.okoye-accounts@client-firm.example Invalid Address, ERROR_CODE :552, ERROR_CODE :5.2.2 <j.okoye-accounts@client-firm.example>... Mailbox full

`,
    want: { 'r.tana@torihiki.example': 'remove', 'j.okoye-accounts@client-firm.example': 'retry' },
  },
]

/**
 * Field-per-line reports whose long values a re-wrap cut: Messaging Server's "Diagnostic code:
 * smtp;550" over "<x@y>: User unknown" at the margin, and an SES event sent as an SNS e-mail, one
 * line of JSON broken at its spaces (inside its strings too).
 */
const FIELDS_CUT: Rendered[] = [
  {
    name: 'Messaging Server, the reply after its code on the next line',
    subject: 'Delivery Notification: Delivery has failed',
    from: 'postmaster@mail.ourco.example',
    text: `This report relates to a message you sent with the following header fields:

  From: Sales <sales@mail.ourco.example>
  To: <christopher-alexander.montgomery-wells@long-client-name.example>
  Subject: Proposal

Your message cannot be delivered to the following recipients:

  Recipient address: christopher-alexander.montgomery-wells@long-client-name.example
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 <christopher-alexander.montgomery-wells@long-client-name.example>: User unknown
  Remote system: dns;mx.long-client-name.example (TCP|198.51.100.3|25|203.0.113.9|25)
`,
    want: { 'christopher-alexander.montgomery-wells@long-client-name.example': 'remove' },
  },
  {
    name: 'SES bounce event in an SNS e-mail',
    subject: 'AWS Notification Message',
    from: 'AWS Notifications <no-reply@sns.amazonaws.com>',
    text: `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"w.zhang@kehu.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 The email account that you tried to reach does not exist"}],"timestamp":"2025-11-04T09:12:00.000Z","reportingMTA":"dsn; a1-2.smtp-out.amazonses.com"},"mail":{"timestamp":"2025-11-04T09:11:58.000Z","source":"sales@ourco.example","messageId":"0100018c-aaaa-bbbb","destination":["w.zhang@kehu.example"]}}

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
`,
    want: { 'w.zhang@kehu.example': 'remove' },
  },
]

describe('re-wrapped notices: a reason whose end is on the next line, at the margin', () => {
  it.each(rows(REASON_WRAPPED))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(REASON_WRAPPED))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
})

describe('re-wrapped notices: a DSN field whose rest is at the margin', () => {
  it.each(rows(DSN_FIELD_WRAPPED))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(DSN_FIELD_WRAPPED))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
})

describe('re-wrapped notices: a heading joined is still read', () => {
  it.each(rows(HEADING_KEPT))('%s', (_l, n, to) => check(n, to(n.text)))
})

describe('re-wrapped notices: the wrap does cut these notices', () => {
  it.each([...REASON_WRAPPED, ...DSN_FIELD_WRAPPED].map((n) => [n.name, n] as const))('%s', (_l, n) => expect(rewrapped(n.text)).not.toBe(n.text))
})

describe('rejoinWrapped: which lines it joins', () => {
  const full = 'x@y.example: host mx.y.example said: 550 5.2.1 the mailbox of this user is'
  it.each([
    ['a full line and a lower-case rest', `${full}\ndisabled now`, `${full} disabled now`],
    ['three pieces', `${full}\n${'disabled for good and will not take any more mail from anyone at all, sorry'}\nabout that`, `${full} disabled for good and will not take any more mail from anyone at all, sorry about that`],
    ['a short line is no piece', 'Hello there\nworld', 'Hello there\nworld'],
    ['an upper-case next line is its own', `${full}\nStatus: 5.2.1`, `${full}\nStatus: 5.2.1`],
    ['an address at the margin is its own', `${full}\nz@y.example: host said`, `${full}\nz@y.example: host said`],
    ['an indented fold is left to the readers', `${full}\n    disabled`, `${full}\n    disabled`],
    ['a heading\'s rest is joined too', `${full}\nconstructed:`, `${full} constructed:`],
    ['a sentence ends its line', 'Votre message à marie.dupont@client.example n’a pas pu être remis.\nmarie.dupont est introuvable', 'Votre message à marie.dupont@client.example n’a pas pu être remis.\nmarie.dupont est introuvable'],
    ['a piece may end with a colon', `${full.slice(0, 60)} not taken:\nmailbox unavailable`, `${full.slice(0, 60)} not taken: mailbox unavailable`],
    ['CRLF comes out LF', `${full}\r\ndisabled\r\nStatus: x`, `${full} disabled\nStatus: x`],
  ])('%s', (_l, input, want) => expect(rejoinWrapped(input)).toBe(want))
})

describe('Amazon SES text summary, as a page shows it', () => {
  it.each(rows(SES_TEXT))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(SES_TEXT))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
})

describe('a return path made for bounces is the sender, never a recipient', () => {
  it.each(rows(RETURN_PATH_QUOTED))('%s', (_l, n, to) => check(n, to(n.text)))
})

describe('a sender quoted on a folded line is the sender', () => {
  it.each(rows(SENDER_ON_FOLD))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(SENDER_ON_FOLD))('%s, as Outlook renders it', (_l, n, to) => check(n, to(n.text.replace(/<([^\s<>@]+@[^\s<>@]+)>/g, '$1<mailto:$1>'))))
})

describe('Postfix: an address quoted by the reply and re-wrapped to the margin', () => {
  it.each(rows(POSTFIX_QUOTED_AT_MARGIN))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(POSTFIX_QUOTED_AT_MARGIN))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
  it('the re-wrap puts the quoted sender at the margin', () => expect(rewrapped(POSTFIX_QUOTED_AT_MARGIN[0].text)).toMatch(/\n<offers@ourco\.example>:/))
})

describe('Exchange: "Remote Server returned \'…\'" re-wrapped past its closing quote', () => {
  it.each(rows(EXCHANGE_RETURNED))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(EXCHANGE_RETURNED))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
})

describe("Exim and Zoho: an entry's line cut by the re-wrap", () => {
  it.each(rows(LINE_ENTRIES_CUT))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(LINE_ENTRIES_CUT))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
  it.each(rows(LINE_ENTRIES_CUT))('%s, re-wrapped, as Outlook renders it', (_l, n, to) => check(n, to(rewrapped(n.text).replace(/<([^\s<>@]+@[^\s<>@]+)>/g, '$1<mailto:$1>'))))
})

describe('Messaging Server and SES events: a field or JSON line cut by the re-wrap', () => {
  it.each(rows(FIELDS_CUT))('%s, as written', (_l, n, to) => check(n, to(n.text)))
  it.each(rows(FIELDS_CUT))('%s, re-wrapped at 76', (_l, n, to) => check(n, to(rewrapped(n.text))))
  it.each(rows(FIELDS_CUT))('%s, re-wrapped, as Outlook renders it', (_l, n, to) => check(n, to(rewrapped(n.text).replace(/<([^\s<>@]+@[^\s<>@]+)>/g, '$1<mailto:$1>'))))
})
