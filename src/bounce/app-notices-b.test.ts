/**
 * Issue 9, second outside check on real notices kept in other projects' repositories (SpamAssassin's
 * t.rules, MimeKit's and nodemailer's test messages, Stalwart's DSN tests, Postal, CPython's email
 * tests). The families it revealed are written here for this test, from public documentation and the
 * servers' own code, never copied from those files:
 * - an error token in place of a sentence ("Diagnostic-Code: X-LOCAL; 500 (err.nosuchuser)", a 1996
 *   sprynet.com DSN that MimeKit keeps as UnitTests/TestData/messages/delivery-status.txt);
 * - a Sendmail site's own text for an unknown user, written in its virtusertable/access "error:" entry
 *   ("553 5.3.0 <x@y>... Unknown E-Mail Address", imap_tools' tests/messages/multipart_report_emails);
 * - Microsoft 365's German headline "x wurde nicht in y gefunden." (a real NDR pasted in
 *   fschulze/jumpnbump issue #3), besides the "wurde bei y nicht gefunden" order already read;
 * - vpopmail's catch-all (vdelivermail.c: "user does not exist, but will deliver to <dir>", then the
 *   catch-all's own failure): the domain takes every address, so it is not a dead one;
 * - GWAVA's block notice (GroupWise gateway, "X-Mailer: GWAVA Notification Service"): a "Recipient(s):"
 *   label over the addresses, "Did not reach the recipient. Reasons for block listed below." and the
 *   cause under it ("This message was rejected by a RBL server.").
 * Each message is checked in LF, CRLF and CR line endings; each family also as a page's rendered text.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import type { Report, Verdict } from './types'
import { ENDINGS, eximNoticeLines, multipartNotice, postfixDsnLines, rawNotice } from './test-notice'

async function read(raw: string): Promise<Report> {
  const r = await parseBounce(raw)
  if (r.kind === 'error') throw new Error(r.error)
  return r
}

/** What a reader must find: each failed recipient (lower case) and its verdict; [] for no failure. */
type Want = ReadonlyArray<readonly [string, Verdict]>

function failed(r: Report): [string, Verdict][] {
  return r.recipients.filter((x) => x.action !== 'delivered').map((x) => [x.address.toLowerCase(), x.verdict])
}

interface Row {
  name: string
  raw: string
  want: Want
}

// --- Family 1: an error token in place of a sentence ---------------------------------------------

/** A DSN whose server wrote an error token (the 1996 PostOffice layout: "error: err.<token>: x@y"). */
function tokenDsn(rcpt: string, token: string, code = '500'): string {
  return multipartNotice(
    { from: 'The Post Office <postmaster@mail.isp.example>', subject: 'email delivery error', headers: ['Precedence: junk'] },
    [
      { type: 'text/plain', body: `Processing your mail message caused the following errors:\n\nerror: ${token}: ${rcpt}\n` },
      { type: 'message/delivery-status', body: `Reporting-MTA: dns; mail.isp.example\n\nFinal-Recipient: RFC822; ${rcpt}\nAction: failed\nDiagnostic-Code: X-LOCAL; ${code} (${token})\n` },
      { type: 'message/rfc822', body: `From: Sales <sales@acme.example>\nTo: ${rcpt}\nSubject: Our offer\n\nHello.\n` },
    ],
    'report',
  )
}

const TOKEN_ROWS: Row[] = [
  { name: 'X-LOCAL err.nosuchuser (PostOffice)', raw: tokenDsn('newsletter@partner.example', 'err.nosuchuser'), want: [['newsletter@partner.example', 'remove']] },
  { name: 'X-LOCAL no_such_user', raw: tokenDsn('j.doe@partner.example', 'no_such_user', '550'), want: [['j.doe@partner.example', 'remove']] },
  { name: 'X-LOCAL err.nosuchmailbox', raw: tokenDsn('info@partner.example', 'err.nosuchmailbox'), want: [['info@partner.example', 'remove']] },
  {
    name: 'Postfix relaying a "NoSuchUser" token, 5.0.0',
    raw: postfixDsnLines('kim@partner.example', '5.0.0', '550 <kim@partner.example>: NoSuchUser', { command: 'RCPT TO' }).join('\n'),
    want: [['kim@partner.example', 'remove']],
  },
  { name: 'Exim relaying "550 no_such_user"', raw: eximNoticeLines('lee@partner.example', 'RCPT TO:<lee@partner.example>', '550 no_such_user').join('\n'), want: [['lee@partner.example', 'remove']] },
  {
    name: 'the token beside "try again later" stays temporary',
    raw: postfixDsnLines('max@partner.example', '4.3.0', '451 4.3.0 nosuchuser lookup failed, try again later').join('\n'),
    want: [['max@partner.example', 'retry']],
  },
  {
    name: "Gmail's help link p=NoSuchUser beside a full mailbox is no dead address",
    raw: postfixDsnLines('ann@partner.example', '5.2.2', '552-5.2.2 The email account that you tried to reach is over quota. https://support.google.com/mail/?p=NoSuchUser').join('\n'),
    want: [['ann@partner.example', 'retry']],
  },
]

// --- Family 1b: a Sendmail site's own text for an unknown user ("Unknown E-Mail Address") -----------

/** Sendmail's notice (the text part and its DSN) for one recipient refused with a site-written text. */
function sendmailNotice(rcpt: string, reply: string, status: string): string {
  return multipartNotice(
    { from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.isp.example>', subject: 'Returned mail: see transcript for details' },
    [
      {
        type: 'text/plain',
        body: [
          'The original message was received at Tue, 14 Nov 2023 10:00:00 -0500',
          'from mail.acme.example [198.51.100.4]',
          '',
          '   ----- The following addresses had permanent fatal errors -----',
          `<${rcpt}>`,
          `    (reason: ${reply})`,
          '',
          '   ----- Transcript of session follows -----',
          `... while talking to mx.partner.example.:`,
          `>>> RCPT To:<${rcpt}>`,
          `<<< ${reply}`,
        ].join('\n'),
      },
      { type: 'message/delivery-status', body: `Reporting-MTA: dns; mail.isp.example\n\nFinal-Recipient: RFC822; ${rcpt}\nAction: failed\nStatus: ${status}\nRemote-MTA: DNS; mx.partner.example\nDiagnostic-Code: SMTP; ${reply}\n` },
    ],
    'report',
  )
}

const SITE_TEXT_ROWS: Row[] = [
  { name: 'Sendmail 553 5.3.0 "Unknown E-Mail Address"', raw: sendmailNotice('edwin@partner.example', '553 5.3.0 <edwin@partner.example>... Unknown E-Mail Address', '5.3.0'), want: [['edwin@partner.example', 'remove']] },
  { name: 'Sendmail 550 5.0.0 "Unknown email address"', raw: sendmailNotice('rita@partner.example', '550 5.0.0 <rita@partner.example>... Unknown email address', '5.0.0'), want: [['rita@partner.example', 'remove']] },
  {
    name: 'Postfix relaying "Unknown E-Mail Address"',
    raw: postfixDsnLines('paul@partner.example', '5.3.0', '553 5.3.0 <paul@partner.example>... Unknown E-Mail Address', { command: 'RCPT TO' }).join('\n'),
    want: [['paul@partner.example', 'remove']],
  },
  {
    name: 'the sender\'s unknown address is not the recipient\'s',
    raw: postfixDsnLines('nina@partner.example', '5.1.8', '553 5.1.8 <sales@acme.example>... Domain of sender address does not exist', { command: 'MAIL FROM' }).join('\n'),
    want: [['nina@partner.example', 'fix-sending']],
  },
  {
    name: 'the words with a temporary code stay temporary',
    raw: postfixDsnLines('omar@partner.example', '4.3.0', '451 4.3.0 <omar@partner.example>... Unknown email address lookup failed, try again later', { command: 'RCPT TO' }).join('\n'),
    want: [['omar@partner.example', 'retry']],
  },
]

// --- Family 1c: Microsoft 365's German headline in its other word order -----------------------------

/** Microsoft 365's NDR as a text part: its headline, then the line that says why (no DSN part). */
function m365German(rcpt: string, why: string): string {
  return rawNotice({
    name: '',
    from: 'Microsoft Outlook <postmaster@outlook.com>',
    subject: 'Unzustellbar: Unser Angebot',
    body: [`Ihre Nachricht an ${rcpt} konnte nicht zugestellt werden.`, '', why, '', 'Unser Angebot', 'Office 365'].join('\n'),
  })
}

const GERMAN_HEADLINE_ROWS: Row[] = [
  { name: '"x wurde nicht in y gefunden"', raw: m365German('equel@partner.example', 'equel wurde nicht in partner.example gefunden.'), want: [['equel@partner.example', 'remove']] },
  { name: '"x wurde nicht bei y gefunden"', raw: m365German('k.meier@partner.example', 'k.meier wurde nicht bei partner.example gefunden.'), want: [['k.meier@partner.example', 'remove']] },
  {
    name: 'a DNS lookup "nicht in DNS gefunden" that says try later stays temporary',
    raw: postfixDsnLines('lena@partner.example', '4.4.3', '451 4.4.3 Die Domäne wurde nicht in DNS gefunden, versuchen Sie es später erneut').join('\n'),
    want: [['lena@partner.example', 'retry']],
  },
]

// --- Family 2: vpopmail's catch-all ---------------------------------------------------------------

/** qmail-send's notice with a local delivery's lines (vdelivermail.c writes them under "<x>:"). */
function qmailNotice(rcpt: string, detail: string[]): string {
  return rawNotice({
    name: '',
    from: 'MAILER-DAEMON@mail.partner.example',
    subject: 'failure notice',
    body: [
      'Hi. This is the qmail-send program at mail.partner.example.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      `<${rcpt}>:`,
      ...detail,
      '',
      '--- Below this line is a copy of the message.',
      '',
      'From: Sales <sales@acme.example>',
      `To: ${rcpt}`,
      'Subject: Our offer',
      '',
      'Hello.',
    ].join('\n'),
  })
}

const CATCHALL_ROWS: Row[] = [
  {
    name: 'catch-all maildir could not be written',
    raw: qmailNotice('anyone@partner.example', [
      'user does not exist, but will deliver to /home/vpopmail/domains/partner.example/catchall/',
      'can not open new email file errno=2 file=/home/vpopmail/domains/partner.example/catchall/Maildir/tmp/1700000000.123.mail,S=2048',
      'system error',
    ]),
    want: [['anyone@partner.example', 'retry']],
  },
  {
    name: 'catch-all over quota',
    raw: qmailNotice('sales.team@partner.example', ['user does not exist, but will deliver to /var/vpopmail/domains/partner.example/postmaster/', 'user is over quota']),
    want: [['sales.team@partner.example', 'retry']],
  },
  {
    name: 'catch-all to another address, delivery failed',
    raw: qmailNotice('old.name@partner.example', ['user does not exist, but will deliver to office@partner.example', 'Unable to open Maildir: Permission denied', 'system error']),
    want: [['old.name@partner.example', 'retry']],
  },
  {
    name: 'control: vpopmail without a catch-all is a dead address',
    raw: qmailNotice('gone@partner.example', ['Sorry, no mailbox here by that name. vpopmail (#5.1.1)']),
    want: [['gone@partner.example', 'remove']],
  },
]

// --- Family 3: GWAVA's block notice ---------------------------------------------------------------

const GWAVA_EN = (rcpts: string[], reason: string[]): string[] => [
  'Message sent from your address:',
  '',
  'Subject: Our offer',
  'From: sales@acme.example',
  'Recipient(s):',
  ...rcpts,
  '[No Cc Addresses]',
  '[No Bc Addresses]',
  '',
  '',
  'Did not reach the recipient. Reasons for block listed below.',
  '',
  ...reason,
  '',
  'Any help or comment please send to sysadmin@partner.example',
  'PLEASE do not directly reply to this message.',
]

const RBL = ['Technical details:', '', 'This message was rejected by a RBL server.', 'The IP address of the blocked message is:', '203.0.113.7 which the ZEN.SPAMHAUS.ORG RBL Server flagged.']
const SUSPECTED = ['Message was suspected as SPAM message.', '', 'Technical details:', 'Spam score 14.2 over the limit 8.0']

function gwava(subject: string, body: string[]): string {
  return rawNotice({
    name: '',
    from: 'Postmaster <postmaster@partner.example>',
    subject,
    headers: ['X-Mailer: GWAVA Notification Service'],
    body: body.join('\n'),
  })
}

const GWAVA_ROWS: Row[] = [
  { name: 'RBL block, one recipient', raw: gwava('Blocked Message (RBL block)', GWAVA_EN(['Ewa.Nowak@partner.example'], RBL)), want: [['ewa.nowak@partner.example', 'fix-sending']] },
  {
    name: 'RBL block, two recipients',
    raw: gwava('Blocked Message (RBL block)', GWAVA_EN(['a.kowalski@partner.example', 'b.zielinska@partner.example'], RBL)),
    want: [['a.kowalski@partner.example', 'fix-sending'], ['b.zielinska@partner.example', 'fix-sending']],
  },
  { name: 'spam block', raw: gwava('Blocked Message (Spam)', GWAVA_EN(['jan@partner.example'], SUSPECTED)), want: [['jan@partner.example', 'fix-sending']] },
  {
    name: 'Polish over English ("Odbiorca(y):")',
    raw: gwava('Wiadomosc odrzucona/Blocked Message (RBL block)', [
      '---English version below------',
      '',
      'Wiadomość wysłana przez Ciebie:',
      '',
      'Temat: Our offer',
      'OD: sales@acme.example',
      'Odbiorca(y):',
      'Ewa.Nowak@partner.example',
      '[No Cc Addresses]',
      '[No Bc Addresses]',
      '',
      'Nie została dostarczona do odbiorcy. Powód blokady przesyłki:',
      '',
      'Twój serwer pocztowy znajduje się na liście serwerów rozsyłających spam (RBL)',
      '',
      '------------------',
      '',
      ...GWAVA_EN(['Ewa.Nowak@partner.example'], RBL),
    ]),
    want: [['ewa.nowak@partner.example', 'fix-sending']],
  },
  {
    name: 'control: a recipient label in a delivery report names no failure',
    raw: rawNotice({
      name: '',
      from: 'Postmaster <postmaster@partner.example>',
      subject: 'Delivery report',
      body: ['Your message', '', 'Subject: Our offer', 'Recipient(s):', 'Ewa.Nowak@partner.example', '', 'was delivered successfully.'].join('\n'),
    }),
    want: [],
  },
]

const FAMILIES: [string, Row[]][] = [
  ['an error token in place of a sentence', TOKEN_ROWS],
  ["a Sendmail site's own text for an unknown user", SITE_TEXT_ROWS],
  ["Microsoft 365's German headline", GERMAN_HEADLINE_ROWS],
  ["vpopmail's catch-all", CATCHALL_ROWS],
  ["GWAVA's block notice", GWAVA_ROWS],
]

describe.each(FAMILIES)('outside check b: %s', (_family, rows) => {
  describe.each(ENDINGS)('%s', (_ending, convert) => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      expect(failed(await read(convert(row.raw)))).toEqual(row.want)
    })
  })
})

/** The same notices as a webmail page shows them: the body's text, the subject and the sender. */
describe('outside check b: rendered text', () => {
  const pages: [string, string, string, string, Want][] = [
    [
      'PostOffice token',
      'email delivery error',
      'postmaster@mail.isp.example',
      'Processing your mail message caused the following errors:\n\nerror: err.nosuchuser: newsletter@partner.example\n',
      [['newsletter@partner.example', 'remove']],
    ],
    [
      'Sendmail "Unknown E-Mail Address"',
      'Returned mail: see transcript for details',
      'MAILER-DAEMON@mail.isp.example',
      '   ----- The following addresses had permanent fatal errors -----\n<edwin@partner.example>\n    (reason: 553 5.3.0 <edwin@partner.example>... Unknown E-Mail Address)\n',
      [['edwin@partner.example', 'remove']],
    ],
    [
      'Microsoft 365, German, "wurde nicht in … gefunden"',
      'Unzustellbar: Unser Angebot',
      'postmaster@outlook.com',
      'Ihre Nachricht an equel@partner.example konnte nicht zugestellt werden.\n\nequel wurde nicht in partner.example gefunden.\n',
      [['equel@partner.example', 'remove']],
    ],
    [
      'vpopmail catch-all',
      'failure notice',
      'MAILER-DAEMON@mail.partner.example',
      [
        'Hi. This is the qmail-send program at mail.partner.example.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        '',
        '<anyone@partner.example>:',
        'user does not exist, but will deliver to /home/vpopmail/domains/partner.example/catchall/',
        'can not open new email file errno=2',
        'system error',
      ].join('\n'),
      [['anyone@partner.example', 'retry']],
    ],
    ['GWAVA RBL block', 'Blocked Message (RBL block)', 'postmaster@partner.example', GWAVA_EN(['Ewa.Nowak@partner.example'], RBL).join('\n'), [['ewa.nowak@partner.example', 'fix-sending']]],
  ]
  it.each(pages)('%s', (_name, subject, from, text, want) => {
    expect(failed(parseBounceText(text, { subject, from }))).toEqual(want)
  })
})
