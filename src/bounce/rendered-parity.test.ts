/**
 * Parity between a notice read whole (parseBounce) and the same notice as a webmail page renders it
 * (parseBounceText): Outlook on the web's reading pane and Exchange's own text parts write every
 * address as a link, "x@y<mailto:x@y>", and drop the angle brackets around "<x@y>" that became one.
 * Each family here was found by running both entries over the table tests' notices and the corpus
 * (a harness outside the repository); each row is a notice written for this file from the server's
 * documented template, as the page's text shows it. LF and CRLF (a page's innerText gives LF; a
 * copied selection or Exchange's text part, CRLF).
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { rewrapped, type RenderedNotice as Rendered } from './test-notice'

/** Outlook's rendering of a text part: "<x@y>" loses its brackets, every address becomes a link. */
function asOutlook(text: string): string {
  return text
    .replace(/<([^\s<>@"]{1,64}@[^\s<>@"]{1,255})>/g, '$1')
    .replace(/(^|[\s:;,(\["'])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24})(?=$|[\s>),.;:"'\]])/gm, '$1$2<mailto:$2>')
}

const LINKED: Rendered[] = [
  {
    name: 'qmail, dead mailbox',
    subject: 'failure notice',
    from: 'MAILER-DAEMON@mail.sender.example',
    text: `Hi. This is the qmail-send program at mail.sender.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ana.lima@destino.example>:
203.0.113.7 does not like recipient.
Remote host said: 550 5.1.1 <ana.lima@destino.example>: Recipient address rejected: User unknown
Giving up on 203.0.113.7.

--- Below this line is a copy of the message.
`,
    want: { 'ana.lima@destino.example': 'remove' },
  },
  {
    name: 'qmail, two addresses, one dead one full',
    subject: 'failure notice',
    from: 'MAILER-DAEMON@mx.ourco.example',
    text: `Hi. This is the qmail-send program at mx.ourco.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<k.tanaka@kaisha.example>:
Sorry, no mailbox here by that name. (#5.1.1)

<p.moreau@societe.example>:
198.51.100.4 failed after I sent the message.
Remote host said: 552 5.2.2 Mailbox full

--- Below this line is a copy of the message.
`,
    want: { 'k.tanaka@kaisha.example': 'remove', 'p.moreau@societe.example': 'retry' },
  },
  {
    name: 'Postfix, dead mailbox',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mail.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mail.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.bianchi@azienda.example>: host mx.azienda.example[192.0.2.25] said: 550 5.1.1
    <r.bianchi@azienda.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
`,
    want: { 'r.bianchi@azienda.example': 'remove' },
  },
  {
    name: 'Postfix, dead domain',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mail.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mail.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<sam@no-such-domain.example>: Host or domain name not found. Name service error
    for name=no-such-domain.example type=A: Host not found
`,
    want: { 'sam@no-such-domain.example': 'remove' },
  },
  {
    name: 'Exim, dead mailbox',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@mx.sender.example>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lena.fischer@firma.example
    host mx.firma.example [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<lena.fischer@firma.example>:
    550 5.1.1 <lena.fischer@firma.example>: Recipient address rejected: User unknown
`,
    want: { 'lena.fischer@firma.example': 'remove' },
  },
  {
    name: 'Sendmail, dead mailbox',
    subject: 'Returned mail: see transcript for details',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>',
    text: `The original message was received at Mon, 3 Nov 2025 10:00:00 +0000
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<j.smit@bedrijf.example>
    (reason: 550 5.1.1 <j.smit@bedrijf.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.bedrijf.example.:
>>> RCPT To:<j.smit@bedrijf.example>
<<< 550 5.1.1 <j.smit@bedrijf.example>... User unknown
550 5.1.1 <j.smit@bedrijf.example>... User unknown
`,
    want: { 'j.smit@bedrijf.example': 'remove' },
  },
  {
    name: 'Exim, refused at MAIL FROM (the sender named in the reply line)',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@mx.sender.example>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tom.berg@kunde.example
    host mx.kunde.example [198.51.100.20]
    SMTP error from remote mail server after MAIL FROM:<sales@sender.example> SIZE=2048:
    550 5.7.1 Client host rejected: listed at zen.spamhaus.org
`,
    want: { 'tom.berg@kunde.example': 'fix-sending' },
  },
  {
    name: 'Exim, spam refused after end of data (a help address in the reply)',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@mx.sender.example>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  olga@pochta.example
    host mx.pochta.example [203.0.113.40]
    SMTP error from remote mail server after end of data:
    550 spam message rejected. Please report details to abuse@pochta.example.
`,
    want: { 'olga@pochta.example': 'fix-sending' },
  },
  {
    name: 'Exim, too many connections at MAIL FROM',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@mx.sender.example>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ivan@firma.example
    host mx.firma.example [192.0.2.66]
    SMTP error from remote mail server after MAIL FROM:<sales@sender.example>:
    421 Too many concurrent SMTP connections; please try again later
`,
    want: { 'ivan@firma.example': 'retry' },
  },
  {
    name: 'Exim, German template, dead mailbox',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@mx.sender.example>',
    text: `Diese Nachricht wurde automatisch von der Mail-Software erstellt.

Eine von Ihnen gesendete Nachricht konnte nicht an einen oder mehrere
Empfänger zugestellt werden. Dies ist ein permanenter Fehler.
Die folgenden Adressen sind fehlgeschlagen:

  m.weber@beispiel.example
    host mx.beispiel.example [203.0.113.70]
    SMTP error from remote mail server after RCPT TO:<m.weber@beispiel.example>:
    550 5.1.1 <m.weber@beispiel.example>: Recipient address rejected: User unknown
`,
    want: { 'm.weber@beispiel.example': 'remove' },
  },
  {
    name: 'OpenSMTPD, dead mailbox',
    subject: 'Delivery status notification: error',
    from: 'Mailer Daemon <MAILER-DAEMON@mx.sender.example>',
    text: `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

chen.wei@gongsi.example: 550 5.1.1 <chen.wei@gongsi.example>: Recipient address rejected: User unknown

    Below is a copy of the original message:
`,
    want: { 'chen.wei@gongsi.example': 'remove' },
  },
  {
    name: 'OpenSMTPD, delayed',
    subject: 'Delivery status notification: warning',
    from: 'Mailer Daemon <MAILER-DAEMON@mx.sender.example>',
    text: `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    A message is delayed for more than 4 hours for the following
    list of recipients:

nora@langsam.example: Network error on destination MXs

    Please note that this is only a temporary failure report.
    The message is kept in the queue for up to 4 days.
    You DO NOT NEED to re-send the message to these recipients.

    Below is a copy of the original message:
`,
    want: { 'nora@langsam.example': 'pending' },
  },
  {
    name: 'Sendmail, account disabled',
    subject: 'Returned mail: see transcript for details',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>',
    text: `The original message was received at Tue, 4 Nov 2025 09:11:58 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<dana@webmail.example>
    (reason: 554 delivery error: This account has been disabled or discontinued)

   ----- Transcript of session follows -----
... while talking to mx.webmail.example.:
>>> RCPT To:<dana@webmail.example>
<<< 554 delivery error: This account has been disabled or discontinued
554 5.0.0 Service unavailable
`,
    want: { 'dana@webmail.example': 'remove' },
  },
  {
    name: 'Sendmail V5, dead mailbox',
    subject: 'Returned mail: User unknown',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@old.sender.example>',
    text: `   ----- Transcript of session follows -----
... while talking to mail.altfirma.example:
>>> RCPT To:<h.larsen@altfirma.example>
<<< 550 <h.larsen@altfirma.example>... User unknown
550 <h.larsen@altfirma.example>... User unknown

   ----- Unsent message follows -----
Received: from old.sender.example by old.sender.example (5.65/1.1)
From: sales@sender.example
To: h.larsen@altfirma.example
Subject: Proposal
`,
    want: { 'h.larsen@altfirma.example': 'remove' },
  },
  {
    name: 'Postfix, one dead domain and one DNS failure to try again (folded reply)',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx1.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mx1.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<eva@closed-domain.example>: Host or domain name not found. Name service error
    for name=closed-domain.example type=MX: Host not found

<omar@shaky-dns.example>: Host or domain name not found. Name service error for
    name=shaky-dns.example type=MX: Host not found, try again
`,
    want: { 'eva@closed-domain.example': 'remove', 'omar@shaky-dns.example': 'retry' },
  },
  {
    name: 'Postfix, French template, mailbox full then dead mailbox',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx1.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mx1.sender.example.

Je suis désolé de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

                   The mail system

<luc.martin@entreprise.example>: host mx.entreprise.example[198.51.100.8] said: 452
    4.2.2 <luc.martin@entreprise.example>: Mailbox full, try again later (in reply to RCPT TO
    command)

<anne.petit@entreprise.example>: host mx.entreprise.example[198.51.100.8] said: 550
    5.1.1 <anne.petit@entreprise.example>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
`,
    want: { 'luc.martin@entreprise.example': 'retry', 'anne.petit@entreprise.example': 'remove' },
  },
  {
    name: 'Postfix, refused as spam after end of data',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx1.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mx1.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<yuki@kaisha.example>: host mx.kaisha.example[203.0.113.33] said: 554 5.7.1
    Message rejected as spam by content filter (in reply to end of DATA command)
`,
    want: { 'yuki@kaisha.example': 'fix-sending' },
  },
  {
    name: 'qmail, over quota then dead mailbox',
    subject: 'failure notice',
    from: 'MAILER-DAEMON@mx.ourco.example',
    text: `Hi. This is the qmail-send program at mx.ourco.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<maria@correo.example>:
198.51.100.12 does not like recipient.
Remote host said: 552 5.2.2 Quota exceeded, mailbox full
Giving up on 198.51.100.12.

<jose@correo.example>:
198.51.100.12 does not like recipient.
Remote host said: 550 5.1.1 Mailbox does not exist
Giving up on 198.51.100.12.

--- Below this line is a copy of the message.
`,
    want: { 'maria@correo.example': 'retry', 'jose@correo.example': 'remove' },
  },
]

/** The same notice read whole must say the same: this file is about parity. */
async function checkWhole(n: Rendered, text: string): Promise<void> {
  const raw = [`From: ${n.from}`, 'To: sales@sender.example', `Subject: ${n.subject}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', text].join('\n')
  const report = await parseBounce(raw)
  const got = 'recipients' in report ? Object.fromEntries(report.recipients.map((r) => [r.address, r.verdict])) : report
  expect(got).toEqual(n.want)
}

function check(n: Rendered, text: string): void {
  const report = parseBounceText(text, { subject: n.subject, from: n.from })
  const got = Object.fromEntries(report.recipients.map((r) => [r.address, r.verdict]))
  expect(got).toEqual(n.want)
}

const ENDINGS: [string, (s: string) => string][] = [
  ['LF', (s) => s],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
]

describe('rendered parity: addresses written as Outlook links (x@y<mailto:x@y>)', () => {
  const rows = LINKED.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(LINKED.map((n) => [n.name, n] as const))('%s, read whole', (_l, n) => checkWhole(n, n.text))
  it.each(rows)('%s, as the text part has it', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
  it.each(rows)('%s, as Outlook renders it, long lines re-wrapped', (_l, n, to) => check(n, to(asOutlook(rewrapped(n.text)))))
})

/**
 * Yahoo's and AOL's "Email Returned" notice is HTML only: a page (and htmlToText) shows one address,
 * a plain-words cause after "because:" and the status in "More information about type X.Y.Z delivery
 * errors", eight lines under the address, past the few lines a reply code is looked for under it; the
 * whole message's DSN part says the same status (the Sisimai corpus's AOL notices).
 */
function emailReturned(address: string, because: string, advice: string, status: string): string {
  return `Email Returned

Something went wrong.

We were unable to deliver your message to the following address

${address}

because: ${because}

${advice}

We also suggest checking the address for typing mistakes. If this keeps happening, reach your recipient some other way.

Send/Receive Log is attached. More information about type ${status} delivery errors are available if you want or need it.

Privacy Policy

Customer Support
`
}

const EMAIL_RETURNED: Rendered[] = [
  {
    name: 'Yahoo/AOL Email Returned, user name not valid (5.1.1)',
    subject: 'Undeliverable: Proposal',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
    text: emailReturned('kenji@shop.example', 'User name of email address not valid', 'Check the "kenji" part of "kenji@shop.example" for misspellings or missing letters.', '5.1.1'),
    want: { 'kenji@shop.example': 'remove' },
  },
  {
    name: 'Yahoo/AOL Email Returned, routing issue (5.4.4, no such domain)',
    subject: 'Undeliverable: Proposal',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@yahoo.com>',
    text: emailReturned('rosa@gone-shop.example', 'Email routing issue due to network', 'Your mail provider is working on the network related issues.', '5.4.4'),
    want: { 'rosa@gone-shop.example': 'remove' },
  },
  {
    name: 'Yahoo/AOL Email Returned, mailbox full (5.2.2)',
    subject: 'Undeliverable: Proposal',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
    text: emailReturned('li.na@shop.example', 'Mailbox is full', 'The recipient has too many messages. Try again later.', '5.2.2'),
    want: { 'li.na@shop.example': 'retry' },
  },
]

describe('rendered parity: Yahoo/AOL "Email Returned" (HTML only, its status in a sentence)', () => {
  const rows = EMAIL_RETURNED.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/**
 * Postfix's block ("<x@y>: host … said: 550 …" with the rest of the reply folded onto indented lines)
 * in a notice whose frame line ("This is the mail system at host …") a relay's copy or a page lost:
 * the Postfix reader needs the frame, the text fallback reads the block, and the cause and the SMTP
 * command are on the folded lines (a DSN part beside it says the same, read whole).
 */
function unframedPostfix(intro: string, block: string): string {
  return `${intro}

${block}
`
}
const SORRY = `I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.`

const UNFRAMED: Rendered[] = [
  {
    name: 'Postfix block without its frame, mailbox unavailable at RCPT (5.5.0)',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@relay.sender.example (Mail Delivery System)',
    text: unframedPostfix(SORRY, `<gone.user@webmail.example>: host
    mx1.webmail.example[198.51.100.70] said: 550 5.5.0
    Requested action not taken: mailbox unavailable (S2017062302). (in reply to
    RCPT TO command)`),
    want: { 'gone.user@webmail.example': 'remove' },
  },
  {
    name: 'Postfix block without its frame, user unknown on the folded line',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@relay.sender.example (Mail Delivery System)',
    text: unframedPostfix(SORRY, `<t.nguyen@congty.example>: host mx.congty.example[203.0.113.81] said:
    550 5.1.1 <t.nguyen@congty.example>: Recipient address rejected:
    User unknown in relay recipient table (in reply to RCPT TO command)`),
    want: { 't.nguyen@congty.example': 'remove' },
  },
  {
    name: 'Postfix block without its frame, German intro, mailbox unavailable',
    subject: 'Unzustellbare Nachricht',
    from: 'MAILER-DAEMON@relay.sender.example (Mail Delivery System)',
    text: unframedPostfix(`Ihre Nachricht konnte leider nicht an einen oder mehrere Empfänger
zugestellt werden.`, `<k.wolf@betrieb.example>: host
    mx.betrieb.example[192.0.2.140] said: 550 5.5.0
    Requested action not taken: mailbox unavailable (in reply to
    RCPT TO command)`),
    want: { 'k.wolf@betrieb.example': 'remove' },
  },
  {
    name: 'Postfix block without its frame, over quota to try later',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@relay.sender.example (Mail Delivery System)',
    text: unframedPostfix(SORRY, `<p.costa@empresa.example>: host
    mx.empresa.example[198.51.100.90] said: 452 4.2.2
    Mailbox over quota, try again later (in reply to
    RCPT TO command)`),
    want: { 'p.costa@empresa.example': 'retry' },
  },
]

describe('rendered parity: a Postfix block without its frame line', () => {
  const rows = UNFRAMED.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/**
 * Oracle Communications (Sun Java System) Messaging Server: "Recipient address:" over "Reason:" in its
 * text part; the words alone must say what its DSN part's status says.
 */
function messagingServer(address: string, reason: string): string {
  return `This report relates to a message you sent with the following header fields:

  Message-id: <0a1b2c3d@mail.sender.example>
  Date: Mon, 03 Nov 2025 10:00:00 +0000
  From: Sales <sales@sender.example>
  To: ${address}
  Subject: Proposal

Your message cannot be delivered to the following recipients:

  Recipient address: ${address}
  Reason: ${reason}
`
}

const MESSAGING_SERVER: Rendered[] = [
  {
    name: 'Messaging Server, illegal host/domain name (dead domain)',
    subject: 'Delivery Notification: Delivery has failed',
    from: 'Internet Mail Delivery <postmaster@mail.sender.example>',
    text: messagingServer('olu@no-such-host.example', 'Illegal host/domain name found'),
    want: { 'olu@no-such-host.example': 'remove' },
  },
  {
    name: 'Messaging Server, dead mailbox',
    subject: 'Delivery Notification: Delivery has failed',
    from: 'Internet Mail Delivery <postmaster@mail.sender.example>',
    text: messagingServer('sven@foretag.example', 'Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.1.1 <sven@foretag.example>... User unknown'),
    want: { 'sven@foretag.example': 'remove' },
  },
]

describe('rendered parity: Messaging Server "Recipient address:" / "Reason:"', () => {
  const rows = MESSAGING_SERVER.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/**
 * Sendmail's notice whose transcript quotes the refusal of ">>> RCPT TO:<x>" with no summary line
 * ("550 5.1.1 <x>... User unknown") under it: the permanent-errors list names x alone, the DSN part
 * (absent from a page) has the reply; the transcript's answer to that RCPT is the cause.
 */
function sendmailBare(address: string, reply: string, host = ''): string {
  return `The original message was received at Mon, 3 Nov 2025 10:00:00 -0800
from relay7.sender.example [192.0.2.53]

   ----- The following addresses had permanent fatal errors -----
<${address}>

   ----- Transcript of session follows -----
${host ? `... while talking to ${host}.:\n` : ''}>>> RCPT TO:<${address}>
<<< ${reply}
`
}

const SENDMAIL_BARE: Rendered[] = [
  {
    name: 'Sendmail, bare transcript, invalid recipient (553)',
    subject: 'Returned mail: Requested action not taken: mailbox name not allowed',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@relay7.sender.example>',
    text: sendmailBare('ghost@club.example', '553 Invalid recipient ghost@club.example (Mode: normal)'),
    want: { 'ghost@club.example': 'remove' },
  },
  {
    name: 'Sendmail, bare transcript with the host, user unknown (550 5.1.1)',
    subject: 'Returned mail: see transcript for details',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@relay7.sender.example>',
    text: sendmailBare('amir@sherkat.example', '550 5.1.1 No such user here', 'mx.sherkat.example'),
    want: { 'amir@sherkat.example': 'remove' },
  },
  {
    name: 'Sendmail, bare transcript, refused as spam source (554 5.7.1)',
    subject: 'Returned mail: see transcript for details',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@relay7.sender.example>',
    text: sendmailBare('bea@tienda.example', '554 5.7.1 Service unavailable; client host blocked using bl.spamcop.net', 'mx.tienda.example'),
    want: { 'bea@tienda.example': 'fix-sending' },
  },
]

describe('rendered parity: Sendmail transcript with the refusal only', () => {
  const rows = SENDMAIL_BARE.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(SENDMAIL_BARE.map((n) => [n.name, n] as const))('%s, read whole', (_l, n) => checkWhole(n, n.text))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/** DragonFly Mail Agent (dma.c bounce(), net.c "did not like our"): "… your mail to <x@y>." */
function dma(address: string, step: string, answer: string): string {
  return `This is the DragonFly Mail Agent v0.13 at box.sender.example.

There was an error delivering your mail to <${address}>.

mx.far.example [203.0.113.90] did not like our ${step}:
${answer}

Message headers follow.

Subject: Proposal
To: <${address}>
From: sales@sender.example
`
}

const DRAGONFLY: Rendered[] = [
  {
    name: 'DragonFly Mail Agent, dead mailbox at RCPT',
    subject: 'Mail delivery failed',
    from: 'MAILER-DAEMON <>',
    text: dma('erik@langt.example', 'RCPT', '550 5.1.1 <erik@langt.example>: Recipient address rejected: User unknown'),
    want: { 'erik@langt.example': 'remove' },
  },
  {
    name: 'DragonFly Mail Agent, DMARC refusal after DATA',
    subject: 'Mail delivery failed',
    from: 'MAILER-DAEMON <>',
    text: dma('ines@longe.example', 'final DATA', '550-5.7.26 Unauthenticated email from sender.example is not accepted due to domain\'s\n550 5.7.26 DMARC policy.'),
    want: { 'ines@longe.example': 'fix-sending' },
  },
]

describe('rendered parity: DragonFly Mail Agent', () => {
  const rows = DRAGONFLY.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(DRAGONFLY.map((n) => [n.name, n] as const))('%s, read whole', (_l, n) => checkWhole(n, n.text))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/** KDDI's (au) notice: "Could not be delivered to: <x@y>" over its one-line cause. */
function kddi(address: string, cause: string): string {
  return `Your mail sent on: Mon, 3 Nov 2025 10:00:00 +0900
     Could not be delivered to: <${address}>
     ${cause}
`
}

const KDDI: Rendered[] = [
  {
    name: 'KDDI, mailbox full',
    subject: 'Mail',
    from: 'no-reply@mx01.dion.ne.jp',
    text: kddi('haru@k9.dion.ne.jp', 'As their mailbox is full.'),
    want: { 'haru@k9.dion.ne.jp': 'retry' },
  },
  {
    name: 'KDDI, no such domain',
    subject: 'Mail',
    from: 'no-reply@mx01.dion.ne.jp',
    text: kddi('aki@nai-domain.example', "As the remote domain doesn't exist."),
    want: { 'aki@nai-domain.example': 'remove' },
  },
]

describe('rendered parity: KDDI "Could not be delivered to:"', () => {
  const rows = KDDI.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(KDDI.map((n) => [n.name, n] as const))('%s, read whole', (_l, n) => checkWhole(n, n.text))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/** Gateways whose recipient line puts the address in brackets after a fixed sentence. */
const BRACKETED: Rendered[] = [
  {
    name: 'MailFoundry, dead mailbox',
    subject: 'Message delivery has failed',
    from: 'MAILER-DAEMON@gw.sender.example',
    text: `Unable to deliver message to: <nils@bolag.example>
Delivery failed for the following reason:
Server mx.bolag.example[198.51.100.3] failed with: 550 5.1.1 <nils@bolag.example>: Recipient address rejected: User unknown

This has been a permanent failure.  No further delivery attempts will be made.
`,
    want: { 'nils@bolag.example': 'remove' },
  },
  {
    name: 'InterScan MSS, the next hop refused the recipient',
    subject: 'Mail could not be delivered',
    from: 'InterScan MSS <postmaster@gw.sender.example>',
    text: `****** Message from InterScan Messaging Security Suite ******

Unable to deliver message to <wen@qiye.example>.

The message was returned because the receiving host refused the recipient.
`,
    want: { 'wen@qiye.example': 'remove' },
  },
  {
    name: 'X6 "We had trouble delivering your message", recipient rejected',
    subject: 'There was an error sending your mail',
    from: 'mailer-daemon@mta.sender.example',
    text: `We had trouble delivering your message. Full details follow:

SMTP Server <mx.negocio.example> rejected recipient <raul@negocio.example> (Error following RCPT command). It responded as follows: [550 5.1.1 No such user]
`,
    want: { 'raul@negocio.example': 'remove' },
  },
  {
    name: 'Zoho delay warning',
    subject: 'Mail Delivery Status Notification (Delay)',
    from: 'mailer-daemon@mail.zoho.com',
    text: `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue.

[Status: Error, Address: <mei@slow-host.example>, ResponseCode 421, , Host not reachable.]
`,
    want: { 'mei@slow-host.example': 'pending' },
  },
]

describe('rendered parity: a fixed sentence over "<x@y>" (MailFoundry, InterScan, X6, Zoho)', () => {
  const rows = BRACKETED.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(BRACKETED.map((n) => [n.name, n] as const))('%s, read whole', (_l, n) => checkWhole(n, n.text))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/**
 * Postfix's block as a page re-wrapped it: the line breaks after "said: 550" and the server's text
 * starts the next line with the address again ("<x@y>: Invalid User"), at the margin.
 */
const POSTFIX_REWRAPPED: Rendered[] = [
  {
    name: 'Postfix re-wrapped, "Invalid User" on the next line',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mx.sender.example.

<ana@firma.example>: host mx.firma.example[192.0.2.1] said: 550
<ana@firma.example>: Invalid User (in reply to RCPT TO command)
`,
    want: { 'ana@firma.example': 'remove' },
  },
  {
    name: 'Postfix re-wrapped, two recipients, user unknown then mailbox full',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'MAILER-DAEMON@mx.sender.example (Mail Delivery System)',
    text: `This is the mail system at host mx.sender.example.

<bo@firma.example>: host mx.firma.example[192.0.2.1] said: 550 5.1.1
<bo@firma.example>: Recipient address rejected: User unknown in relay
recipient table (in reply to RCPT TO command)

<cy@firma.example>: host mx.firma.example[192.0.2.1] said: 452 4.2.2
<cy@firma.example>: Mailbox full (in reply to RCPT TO command)
`,
    want: { 'bo@firma.example': 'remove', 'cy@firma.example': 'retry' },
  },
]

describe('rendered parity: Postfix blocks re-wrapped by the page', () => {
  const rows = POSTFIX_REWRAPPED.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})

/**
 * The envelope sender quoted in the notice ("after MAIL FROM:<x>", the reply "550 5.7.0 <x>... Please
 * use the smtp server of your ISP"): a page shows no header naming the sender, and the reply line
 * names it beside failure words; it is never a failed recipient.
 */
const SENDER_QUOTED: Rendered[] = [
  {
    name: 'Exim, bare local part, refused at MAIL FROM with the sender in the reply',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@e1.sender.example>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kenta
    SMTP error from remote mail server after MAIL FROM:<sales@sender.example> SIZE=2210:
    host mx.school.example [192.0.2.20]: 550 5.7.0 <sales@sender.example>... Please use the smtp server of your ISP.

------ This is a copy of the message, including all the headers. ------

Return-path: <sales@sender.example>
Received: from localhost ([127.0.0.1])
	by e1.sender.example with smtp (Exim 4.96)
	for kenta@school.example; Mon, 03 Nov 2025 10:00:00 +0900
From: sales@sender.example
To: kenta@school.example
Subject: Proposal
`,
    want: { 'kenta@school.example': 'fix-sending' },
  },
  {
    name: 'Relay report quoting the dialogue, sender domain refused',
    subject: 'Undeliverable mail',
    from: 'postmaster@relay.sender.example',
    text: `Your message could not be delivered to the following recipient:

  Recipient: dora@haus.example

The remote server rejected it:
>>> MAIL From:<sales@sender.example>
<<< 553 5.1.8 <sales@sender.example>... Domain of sender address does not exist
`,
    want: { 'dora@haus.example': 'fix-sending' },
  },
  {
    name: 'Courier dialogue: the sender accepted (250), the recipient refused',
    subject: 'NOTICE: mail delivery status.',
    from: 'Courier mail server at mx.sender.example <>',
    text: `This is a delivery status notification from mx.sender.example,
running the Courier mail server, version 1.1.

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<felix@betrieb.example>:
    mx.betrieb.example [192.0.2.7]:
>>> MAIL FROM:<sales@sender.example> SIZE=2345
<<< 250 2.1.0 Ok
>>> RCPT TO:<felix@betrieb.example>
<<< 550 5.1.1 <felix@betrieb.example>: Recipient address rejected: User unknown
`,
    want: { 'felix@betrieb.example': 'remove' },
  },
]

describe('rendered parity: the sender the notice quotes is no recipient', () => {
  const rows = SENDER_QUOTED.flatMap((n) => ENDINGS.map(([e, to]) => [`${n.name} (${e})`, n, to] as const))
  it.each(rows)('%s', (_l, n, to) => check(n, to(n.text)))
  it.each(rows)('%s, as Outlook renders it', (_l, n, to) => check(n, to(asOutlook(n.text))))
})
