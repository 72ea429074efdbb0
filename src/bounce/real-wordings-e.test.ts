/**
 * Issue 9, a fifth outside check, on notices people paste when they ask for help (issue trackers, help
 * forums, hosting FAQs): the families it missed, written again with our own addresses and hosts. Each
 * family names where its wording was seen (read in place, never copied):
 * - a notice pasted as its per-recipient lines only, the MTA's own line first: Postfix's
 *   "<x>: host mx[ip] said: 550 … (in reply to RCPT TO command)" (smtp(8)'s "host %s said: %s (in reply
 *   to %s command)", the recipient line of bounce(8)'s report; pasted alone in github.com/gregkh/usbutils
 *   issue 145, a 5.1.10 callout failure) and Exim's "SMTP error from remote mail server after RCPT
 *   TO:<x>: host h [ip]: 550 …" (Exim's delivery error text; pasted alone in
 *   github.com/mysociety/writetothem issue 364, Mimecast's "Administrative prohibition - envelope
 *   blocked"). Nothing else in such a paste says "notice", but no person writes these lines: the failed
 *   address is the one the line names, and its cause is the server's text, whatever its language;
 * - cPanel's Exim router enforce_mail_permissions, the sender's own hosting account over its hourly
 *   limits ("Domain x has exceeded the max emails per hour (125/100 (125%)) allowed. Message discarded.",
 *   "… the max defers and failures per hour (5/5 (100%)) …"; cPanel's maxemailsperhour setting, the
 *   build_maxemails_config script; Exim notices pasted in pastebin.com/28Qd8TVG, /Nprv6CmY and /5Bjubpqp):
 *   the recipients are fine, the sender must send less (fix-sending); when the router defers instead
 *   ("… allowed. Message will be reattempted later" under Exim's "This is a temporary error. The
 *   following address(es) deferred:", pastebin.com/nrZu9UpS, github.com/freeCodeCamp/guide pull 1675)
 *   the message is still queued: pending, never a failure.
 * - Exchange's on-premises NDR (2007/2010 layout) whose administrators' section quotes the relaying
 *   server's reply as "<host> #550 5.7.1 <x>: … ##" (Microsoft's Exchange 2010 NDR format: the reply runs
 *   to its "##"), wrapped by the page or the copy after "<x>:" or mid-sentence (a help page's pasted NDR,
 *   cpumd.com KB1039, rendered as a numbered list): the lines up to the "##" are the reply, so its
 *   "Recipient address rejected: Invalid recipient" says the address is dead, in any section language.
 * - Exchange 2000/2003's notice and hMailServer's (its template copies it): "Your message did not reach
 *   some or all of the intended recipients." / "The following recipient(s) could not be reached:"
 *   (blogs.technet.com/b/sbs, "What to check when Exchange cannot send email to certain domains";
 *   github.com/hmailserver/hmailserver issue 367), pasted without subject and sender: a notice; its
 *   "Remote server replied: 552 …" is a reply line, not a warm-up report's "Replied: 12" count;
 * - a recipient server's "500 Internal Server Error" (Gmail's older notice, github.com/Gilwyad/mailnesia.com
 *   issue 13): the recipient's server failed (systemerror, retried), not bad SMTP from the sender.
 * Each notice is read as the rendered text a page shows (with and without its subject and sender) and,
 * where the family has a whole message, as a whole message in LF, CRLF and CR.
 */
import { describe, expect, it } from 'vitest'
import { parseBounceText } from './index'
import { describePasted, type PastedRow, verdicts } from './pasted-kit'

const EXIM_FROM = 'Mail Delivery System <Mailer-Daemon@server7.hosting.example>'
const EXIM_SUBJECT = 'Mail delivery failed: returning message to sender'
const exim = (kind: 'permanent' | 'temporary', entries: string[]): string => [
  'This message was created automatically by mail delivery software.',
  '',
  'A message that you sent could not be delivered to one or more of its',
  kind === 'permanent'
    ? 'recipients. This is a permanent error. The following address(es) failed:'
    : 'recipients. This is a temporary error. The following address(es) deferred:',
  '',
  ...entries,
  '',
  '------ This is a copy of the message, including all the headers. ------',
  '',
  'From: Rep <rep@acme.example>',
  'To: lead@client.example',
  'Subject: Proposal',
].join('\n')
const limit = (address: string, what: string, tail: string): string[] =>
  [`  ${address}`, `    Domain acme.example has exceeded the max ${what} per hour (125/100 (125%)) allowed.  ${tail}`]

/** Exchange's on-premises NDR (2010 layout), the relayed reply as the page wrapped it. */
const exch = (heading: string, server: string, address: string, ...reply: string[]): string => [
  'Delivery has failed to these recipients or groups:',
  '',
  address,
  'Your message wasn\'t delivered because of security policies. Microsoft Exchange will not try to redeliver this message for you.',
  '',
  heading,
  '',
  `${server}: mail.acme.local`,
  address,
  ...reply,
  '',
  'Original message headers:',
  '',
  'From: Rep <rep@acme.example>',
  `To: <${address}>`,
].join('\n')

const ROWS: PastedRow[] = [
  // Postfix's recipient lines pasted alone.
  {
    what: 'Postfix recipient line alone, 5.1.10 callout failure',
    from: '', subject: '', pageOnly: true,
    text: '<jane.doe@client.example>: host mx1.client.example[192.0.2.10] said: 550-Callout\n    verification failed: 550-550 5.1.10 RESOLVER.ADR.RecipientNotFound;\n    Recipient not found by SMTP 550 address lookup (in reply to RCPT TO\n    command)',
    want: [['jane.doe@client.example', 'remove']],
  },
  {
    what: 'Postfix recipient line alone, on one line, user unknown',
    from: '', subject: '', pageOnly: true,
    text: '<jane.doe@client.example>: host mx.client.example[192.0.2.10] said: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    want: [['jane.doe@client.example', 'remove']],
  },
  {
    what: 'Postfix recipient lines alone, two recipients, German and French server texts',
    from: '', subject: '', pageOnly: true,
    text: '<max.muster@kunde.example>: host mx.kunde.example[192.0.2.20] said: 550 5.1.1\n    <max.muster@kunde.example>: Empfänger unbekannt (in reply to RCPT TO\n    command)\n\n<marie.dupont@client.example>: host smtp-in.client.example[192.0.2.21] said:\n    550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.\n    (in reply to RCPT TO command)',
    want: [['max.muster@kunde.example', 'remove'], ['marie.dupont@client.example', 'remove']],
  },
  {
    what: 'Postfix recipient line alone, Italian and Spanish server texts for a full mailbox',
    from: '', subject: '', pageOnly: true,
    text: '<mario.rossi@cliente.example>: host mx.cliente.example[192.0.2.30] said: 552\n    5.2.2 <mario.rossi@cliente.example>: casella piena, quota superata (in\n    reply to RCPT TO command)\n<ana.garcia@cliente.example>: host mx2.cliente.example[192.0.2.31] said: 552\n    5.2.2 buzón lleno (mailbox full) (in reply to end of DATA command)',
    want: [['mario.rossi@cliente.example', 'retry'], ['ana.garcia@cliente.example', 'retry']],
  },
  {
    what: 'Postfix recipient line alone, the sender\'s IP on Outlook.com\'s block list',
    from: '', subject: '', pageOnly: true,
    text: '<lead@client.example>: host client-example.mail.protection.outlook.com[192.0.2.40]\n    said: 550 5.7.1 Unfortunately, messages from [198.51.100.7] weren\'t sent.\n    Please contact your Internet service provider since part of their network\n    is on our block list (S3150). (in reply to MAIL FROM command)',
    want: [['lead@client.example', 'fix-sending']],
  },
  // Exim's error lines pasted alone.
  {
    what: 'Exim error lines alone, Mimecast blocked the sender at RCPT TO',
    from: '', subject: '', pageOnly: true,
    text: 'SMTP error from remote mail server after RCPT TO:<enquiries@council.example>:\nhost eu-smtp-inbound-1.mimecast.example [192.0.2.50]:\n550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550',
    want: [['enquiries@council.example', 'fix-sending']],
  },
  {
    what: 'Exim error lines alone, indented, unknown user',
    from: '', subject: '', pageOnly: true,
    text: '    SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    host mx.client.example [192.0.2.51]: 550 5.1.1 <jane.doe@client.example>:\n    Recipient address rejected: User unknown in local recipient table',
    want: [['jane.doe@client.example', 'remove']],
  },
  {
    what: 'Exim error line alone, older "remote mailer" wording, no such user (Spanish server text)',
    from: '', subject: '', pageOnly: true,
    text: 'SMTP error from remote mailer after RCPT TO:<ana.garcia@cliente.example>:\n    host mx.cliente.example [192.0.2.52]: 550 5.1.1 <ana.garcia@cliente.example>: el usuario no existe',
    want: [['ana.garcia@cliente.example', 'remove']],
  },
  // Exchange's administrators' section with the relayed reply wrapped before its closing "##".
  {
    what: 'Exchange admin section, relayed reply wrapped after the address, user unknown',
    from: '', subject: '',
    text: exch('Diagnostic information for administrators:', 'Generating server', 'jane.doe@client.example', 'mx.client.example #550 5.7.1 <jane.doe@client.example>:', 'Recipient address rejected: Invalid recipient ##'),
    want: [['jane.doe@client.example', 'remove']],
  },
  {
    what: 'Exchange admin section, relayed reply wrapped over two lines, user unknown in virtual mailbox table',
    from: '', subject: '',
    text: exch('Diagnostic information for administrators:', 'Generating server', 'jane.doe@client.example', 'mx.client.example #550 5.1.1 <jane.doe@client.example>: Recipient', 'address rejected: User unknown in virtual mailbox', 'table ##'),
    want: [['jane.doe@client.example', 'remove']],
  },
  {
    what: 'Exchange admin section in French, relayed reply wrapped, user unknown',
    from: '', subject: '',
    text: exch('Informations de diagnostic pour les administrateurs :', 'Serveur de génération', 'marie.dupont@client.example', 'mx.client.example #550 5.1.1 <marie.dupont@client.example>:', 'Recipient address rejected: User unknown in local recipient table ##'),
    want: [['marie.dupont@client.example', 'remove']],
  },
  {
    what: 'Exchange admin section in German, relayed reply wrapped, the sender on a block list',
    from: '', subject: '',
    text: exch('Diagnoseinformationen für Administratoren:', 'Generierender Server', 'max.muster@kunde.example', 'mx.kunde.example #554 5.7.1 Service unavailable; Client host [198.51.100.7]', 'blocked using zen.spamhaus.org ##'),
    want: [['max.muster@kunde.example', 'fix-sending']],
  },
  {
    what: 'Exchange admin section rendered as a numbered list, relayed reply wrapped',
    from: '', subject: '', pageOnly: true,
    text: 'Delivery has failed to these recipients or distribution lists:\n\nJane Doe\nYour message wasn\u2019t delivered because of security policies. Microsoft Exchange will not try to redeliver this message for you.\n\nThe following organization rejected your message: mx.client.example.\nDiagnostic information for administrators:\n\n  1. Generating server: mail.acme.local\n  2. jane.doe@client.example\n  3. client.example #550 5.7.1 <jane.doe@client.example>:\n  4. Recipient address rejected: Invalid recipient ##\n\nOriginal message headers:',
    want: [['jane.doe@client.example', 'remove']],
  },
  // Exchange 2000/2003's and hMailServer's "did not reach some or all of the intended recipients", pasted alone.
  {
    what: 'hMailServer notice pasted alone, the address and its error on one line, the server unreachable',
    from: '', subject: '', pageOnly: true,
    text: 'Your message did not reach some or all of the intended recipients.\n\nSent: Mon, 3 Nov 2025 10:00:00 +0100 Subject: Proposal\n\nThe following recipient(s) could not be reached:\n\njane.doe@client.example Error Type: SMTP Connection to recipients server failed. Error: Could not connect to 192.0.2.60 on port 25 (connection timed out).\n\nTried 5 time(s)\n\nhMailServer',
    want: [['jane.doe@client.example', 'retry']],
  },
  {
    what: 'hMailServer notice, its template layout, mailbox full',
    from: 'Mail Administrator <postmaster@acme.example>', subject: 'Message undeliverable: Proposal',
    text: 'Your message did not reach some or all of the intended recipients.\n\n   Sent: Mon, 3 Nov 2025 10:00:00 +0100\n   Subject: Proposal\n\nThe following recipient(s) could not be reached:\n\nmario.rossi@cliente.example\n   Error Type: SMTP\n   Remote server (192.0.2.61) issued an error.\n   hMailServer sent: RCPT TO:<mario.rossi@cliente.example>\n   Remote server replied: 552 5.2.2 <mario.rossi@cliente.example>: casella piena (mailbox full)\n\n\nhMailServer',
    want: [['mario.rossi@cliente.example', 'retry']],
  },
  {
    what: 'Exchange 2003 notice pasted alone, the account does not exist',
    from: '', subject: '', pageOnly: true,
    text: 'Your message did not reach some or all of the intended recipients.\n\n      Subject:\tProposal\n      Sent:\t11/3/2025 10:00 AM\n\nThe following recipient(s) could not be reached:\n\n      jane.doe@client.example on 11/3/2025 10:01 AM\n            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.\n            <mail.acme.local #5.1.1 smtp;550 5.1.1 <jane.doe@client.example>... User unknown>',
    want: [['jane.doe@client.example', 'remove']],
  },
  // The recipient's server failing in its own words: its side, not the sender's SMTP.
  {
    what: 'Gmail older notice, the recipient server answered 500 Internal Server Error',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)',
    text: 'Delivery to the following recipient failed permanently:\n\n     lead@client.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain client.example by mx.client.example. [192.0.2.62].\n\nThe error that the other server returned was:\n500 Internal Server Error',
    want: [['lead@client.example', 'retry']],
  },
  // cPanel's hourly limits: the sender's own hosting account.
  {
    what: 'cPanel Exim, max emails per hour, message discarded',
    from: EXIM_FROM, subject: EXIM_SUBJECT,
    text: exim('permanent', limit('lead@client.example', 'emails', 'Message discarded.')),
    want: [['lead@client.example', 'fix-sending']],
  },
  {
    what: 'cPanel Exim, max defers and failures per hour, two recipients discarded',
    from: EXIM_FROM, subject: EXIM_SUBJECT,
    text: exim('permanent', [...limit('lead@client.example', 'defers and failures', 'Message discarded.'), ...limit('jane.doe@other.example', 'defers and failures', 'Message discarded.')]),
    want: [['lead@client.example', 'fix-sending'], ['jane.doe@other.example', 'fix-sending']],
  },
  {
    what: 'cPanel Exim, max emails per hour, deferred: still queued',
    from: EXIM_FROM, subject: EXIM_SUBJECT,
    text: exim('temporary', limit('lead@client.example', 'emails', 'Message will be reattempted later')),
    want: [['lead@client.example', 'pending']],
  },
  {
    what: 'cPanel Exim deferral pasted without the copy',
    from: '', subject: '', pageOnly: true,
    text: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a temporary error. The following address(es) deferred:\n\n  lead@client.example\n    Domain acme.example has exceeded the max emails per hour (101/100 (101%)) allowed.  Message will be reattempted later',
    want: [['lead@client.example', 'pending']],
  },
]

describePasted(ROWS, 'real-wordings-e')

describe('what is not a pasted recipient line', () => {
  it('a person\'s sentence naming an address and a host is no notice', () => {
    const r = parseBounceText('<jane.doe@client.example>: host is our new contact for the project, please add her.')
    expect(r.kind).not.toBe('bounce')
    expect(verdicts(r)).toEqual([])
  })
  it('a Postfix recipient line quoted below a person\'s question is read only as their note says', () => {
    const r = parseBounceText('Hi team,\n\nany idea why our mail to the client bounces?\n\n<jane.doe@client.example>: host mx.client.example[192.0.2.10] said: 550 5.1.1 user unknown (in reply to RCPT TO command)\n\nThanks, Bob')
    expect(r.kind).not.toBe('bounce')
  })
})
