/**
 * Issue 9, precision of the dialect readers: each notice is written in one dialect's real layout
 * (learnt from the dialect's own source comments: postfix bounce_template.c, exim deliver.c,
 * qmail-send.c, sendmail savemail.c, smtpd/bounce.c, Exchange/Microsoft 365 NDR pages, Gmail and
 * Yahoo notices) and carries distractor addresses: the sender in the transcript (MAIL FROM,
 * Return-Path), a colleague in Cc and a Reply-To in the returned copy, addresses in its body, the
 * reporting host's postmaster, an address in a URL, an alias and its expansion, and recipients
 * that were delivered or only delayed. Exactly the failed recipients (and the delayed ones, as
 * `delayed`) must come out, in LF, CRLF and CR.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from './index'
import { ENDINGS } from './test-notice'

interface Want {
  address: string
  finalRecipient?: string
  action?: 'failed' | 'delayed'
  verdict: string
}

interface Row {
  name: string
  raw: string
  want: Want[]
}

const SENDER = 'rep@acme.example'

/** The returned copy's headers and body, with the usual distractors. */
function copy(to: string): string {
  return [
    `Return-Path: <${SENDER}>`,
    'Received: from mail.acme.example (mail.acme.example [198.51.100.4])',
    `\tby mx.acme.example with ESMTPS id 4Qx for <${to.split(',')[0].trim()}>;`,
    '\tMon, 3 Nov 2025 09:58:00 +0000',
    `From: Rep <${SENDER}>`,
    `Sender: assistant@acme.example`,
    `To: ${to}`,
    'Cc: Colleague <colleague@acme.example>',
    'Reply-To: replies@acme.example',
    'Subject: Proposal',
    'Date: Mon, 3 Nov 2025 09:58:00 +0000',
    'Message-ID: <proposal-1@acme.example>',
    '',
    'Hi, here is our proposal. Questions to support@acme.example or see',
    'https://acme.example/contact?email=office@acme.example',
    '',
    '-- ',
    'Rep | rep@acme.example',
    '',
  ].join('\n')
}

function plain(from: string, subject: string, body: string, headers: string[] = []): string {
  return [
    `From: ${from}`,
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <notice-1@mx.example>',
    'MIME-Version: 1.0',
    ...headers,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n')
}

/** A multipart notice: the human text, an optional delivery-status part, the returned copy. */
function multipart(from: string, subject: string, text: string, status: string | null, returned: string, headers: string[] = []): string {
  const type = status === null ? 'multipart/mixed' : 'multipart/report; report-type=delivery-status'
  return [
    `From: ${from}`,
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <notice-2@mx.example>',
    'MIME-Version: 1.0',
    ...headers,
    `Content-Type: ${type}; boundary="BND"`,
    '',
    '--BND',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    text,
    ...(status === null ? [] : ['--BND', 'Content-Type: message/delivery-status', '', status]),
    '--BND',
    'Content-Type: message/rfc822',
    '',
    returned,
    '--BND--',
    '',
  ].join('\n')
}

const POSTFIX_HEAD = [
  'This is the mail system at host mx.acme.example.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients. It\'s attached below.',
  '',
  'For further assistance, please send mail to postmaster@acme.example.',
  '',
  'If you do so, please include this problem report. You can',
  'delete your own text from the attached returned message.',
  '',
  '                   The mail system',
  '',
].join('\n')

const EXIM_HEAD = [
  'This message was created automatically by mail delivery software.',
  '',
  'A message that you sent could not be delivered to one or more of its',
  'recipients. This is a permanent error. The following address(es) failed:',
  '',
].join('\n')

const ROWS: Row[] = [
  // Postfix bounce_template.c frame, no DSN part (a relay stripped it); local(8) writes
  // "<final> (expanded from <alias>)" (postfix src/global/bounce_log.c, "expanded from").
  {
    name: 'Postfix, no DSN part, alias expanded, sender and postmaster in the text',
    raw: multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
      POSTFIX_HEAD + '<jane.doe@mail.client.example> (expanded from <lead@client.example>): host\n    mail.client.example[192.0.2.7] said: 550 5.1.1 <jane.doe@mail.client.example>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n',
      null, copy('lead@client.example, bob@client.example')),
    want: [{ address: 'lead@client.example', finalRecipient: 'jane.doe@mail.client.example', verdict: 'remove' }],
  },
  {
    name: 'Postfix, sender refused at MAIL FROM: the recipient is still the failed one',
    raw: multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
      POSTFIX_HEAD + `<jane.doe@client.example>: host mx.client.example[192.0.2.7] said: 550 5.7.1\n    <${SENDER}>: Sender address rejected: Access denied (in reply to MAIL\n    FROM command)\n`,
      null, copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'fix-sending' }],
  },
  {
    name: 'Postfix delay warning: the recipient is delayed',
    raw: multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Delayed Mail (still being retried)',
      'This is the mail system at host mx.acme.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster@acme.example.\n\n                   The mail system\n\n<jane.doe@client.example>: connect to mx.client.example[192.0.2.7]:25:\n    Connection timed out\n',
      null, copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  {
    // RFC 3464 report from Postfix: one recipient failed, another relayed (NOTIFY=SUCCESS).
    name: 'Postfix DSN, one failed and one relayed',
    raw: multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
      POSTFIX_HEAD + '<jane.doe@client.example>: host mx.client.example[192.0.2.7] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n\n<bob@partner.example>: delivery via mx.partner.example[192.0.2.9]:25: 250 2.0.0\n    Ok: queued as 4Qx\n',
      'Reporting-MTA: dns; mx.acme.example\nX-Postfix-Sender: rfc822; rep@acme.example\nArrival-Date: Mon,  3 Nov 2025 09:58:00 +0000 (UTC)\n\nFinal-Recipient: rfc822; jane.doe@client.example\nOriginal-Recipient: rfc822;jane.doe@client.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.client.example\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; bob@partner.example\nOriginal-Recipient: rfc822;bob@partner.example\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Qx\n',
      copy('jane.doe@client.example, bob@partner.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Exim deliver.c: the list after "address(es) failed:", "generated by <top address>" under an
  // address a redirect produced (print_address_information), the copy after "------ This is a copy".
  {
    name: 'Exim, two failed (one via a redirect), copy inline with sender and Cc',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.acme.example>', 'Mail delivery failed: returning message to sender',
      EXIM_HEAD + `  jane.doe@client.example\n    host mx.client.example [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n  lead.fwd@other.example\n    generated by lead@client.example\n    host mx.other.example [192.0.2.8]\n    SMTP error from remote mail server after RCPT TO:<lead.fwd@other.example>:\n    550 5.1.1 No such user\n\n------ This is a copy of the message, including all the headers. ------\n\n` + copy('jane.doe@client.example, lead@client.example'),
      ['X-Failed-Recipients: jane.doe@client.example, lead.fwd@other.example']),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'lead@client.example', finalRecipient: 'lead.fwd@other.example', verdict: 'remove' },
    ],
  },
  {
    name: 'Exim, refused at MAIL FROM with the sender in the line',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.acme.example>', 'Mail delivery failed: returning message to sender',
      EXIM_HEAD + `  jane.doe@client.example\n    host mx.client.example [192.0.2.7]\n    SMTP error from remote mail server after MAIL FROM:<${SENDER}> SIZE=2345:\n    550 5.7.1 Sender rejected: see https://client.example/postmaster?ref=abuse@client.example\n\n------ This is a copy of the message, including all the headers. ------\n\n` + copy('jane.doe@client.example'),
      ['X-Failed-Recipients: jane.doe@client.example']),
    want: [{ address: 'jane.doe@client.example', verdict: 'fix-sending' }],
  },
  {
    name: 'Exim delay warning',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.acme.example>', 'Warning: message 1vXyZa-000123-AB delayed 24 hours',
      'This message was created automatically by mail delivery software.\n\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.acme.example.\n\nThe message identifier is:     1vXyZa-000123-AB\nThe subject of the message is: Proposal\nThe date of the message is:    Mon, 3 Nov 2025 09:58:00 +0000\n\nThe address to which the message has not yet been delivered is:\n\n  jane.doe@client.example\n    host mx.client.example [192.0.2.7]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    451 4.7.1 Greylisted, please try again later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n'),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // qmail-send.c: "<address>:" lines, qmail-remote.c's "does not like recipient", "Remote host said:".
  {
    name: 'qmail, copy below with addresses in its headers',
    raw: plain('MAILER-DAEMON@mx.acme.example', 'failure notice',
      `Hi. This is the qmail-send program at mx.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<jane.doe@client.example>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\nGiving up on 192.0.2.7.\n\n--- Below this line is a copy of the message.\n\n` + copy('jane.doe@client.example, bob@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Sendmail savemail.c errbody(): the sections, the transcript with MAIL From:<sender>.
  {
    name: 'Sendmail, one failed and one delayed, transcript with MAIL From',
    raw: multipart('Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', 'Returned mail: see transcript for details',
      `The original message was received at Mon, 3 Nov 2025 09:58:00 GMT\nfrom mail.acme.example [198.51.100.4]\n\n   ----- The following addresses had permanent fatal errors -----\n<jane.doe@client.example>\n    (reason: 550 5.1.1 <jane.doe@client.example>... User unknown)\n\n   ----- The following addresses had transient non-fatal errors -----\n<john.roe@slow.example>\n\n   ----- Transcript of session follows -----\n... while talking to mx.client.example.:\n>>> MAIL From:<${SENDER}> SIZE=2345\n<<< 250 2.1.0 <${SENDER}>... Sender ok\n>>> RCPT To:<jane.doe@client.example>\n<<< 550 5.1.1 <jane.doe@client.example>... User unknown\n550 5.1.1 <jane.doe@client.example>... User unknown\n<john.roe@slow.example>... Deferred: Connection timed out with mx.slow.example.\n`,
      'Reporting-MTA: dns; mx.acme.example\nReceived-From-MTA: DNS; mail.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 GMT\n\nFinal-Recipient: RFC822; jane.doe@client.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mx.client.example\nDiagnostic-Code: SMTP; 550 5.1.1 <jane.doe@client.example>... User unknown\nLast-Attempt-Date: Mon, 3 Nov 2025 10:00:00 GMT\n\nFinal-Recipient: RFC822; john.roe@slow.example\nAction: delayed\nStatus: 4.4.1\nLast-Attempt-Date: Mon, 3 Nov 2025 10:00:00 GMT\nWill-Retry-Until: Thu, 6 Nov 2025 09:58:00 GMT\n',
      copy('jane.doe@client.example, john.roe@slow.example')),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'john.roe@slow.example', action: 'delayed', verdict: 'pending' },
    ],
  },
  {
    // Sendmail's alias expansion note (sendmail/savemail.c: "    (expanded from: %s)"), MIME lost.
    name: 'Sendmail, text only, alias expanded',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.client.example>', 'Returned mail: see transcript for details',
      `The original message was received at Mon, 3 Nov 2025 09:58:00 GMT\nfrom mail.acme.example [198.51.100.4]\n\n   ----- The following addresses had permanent fatal errors -----\n<jane.doe@client.example>\n    (reason: 550 5.1.1 User unknown)\n    (expanded from: <lead@client.example>)\n\n   ----- Transcript of session follows -----\n... while talking to mail.client.example.:\n>>> MAIL From:<${SENDER}> SIZE=2345\n<<< 250 2.1.0 <${SENDER}>... Sender ok\n>>> RCPT To:<jane.doe@client.example>\n<<< 550 5.1.1 User unknown\n550 5.1.1 <jane.doe@client.example>... User unknown\n\n   ----- Original message follows -----\n` + copy('lead@client.example')),
    want: [{ address: 'lead@client.example', finalRecipient: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Exchange 2010+ / Microsoft 365 NDR text (learn.microsoft.com "Email non-delivery reports in Exchange Online").
  {
    name: 'Exchange 2010 NDR, original headers with sender and Cc',
    raw: plain('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', 'Undeliverable: Proposal',
      `Delivery has failed to these recipients or groups:\n\njane.doe@client.example (jane.doe@client.example)\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: mail.acme.example\n\njane.doe@client.example\nmx.client.example #550 5.1.1 User unknown ##\n\nOriginal message headers:\n\nReceived: from mail.acme.example (198.51.100.4) by mail.acme.example\nFrom: Rep <${SENDER}>\nTo: <jane.doe@client.example>, <bob@client.example>\nCC: Colleague <colleague@acme.example>\nReply-To: replies@acme.example\nSubject: Proposal\nDate: Mon, 3 Nov 2025 09:58:00 +0000\nMessage-ID: <proposal-1@acme.example>\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    name: 'Microsoft 365 modern NDR, sender and recipient in the details',
    raw: plain('Microsoft Outlook <postmaster@acme.onmicrosoft.com>', 'Undeliverable: Proposal',
      `Your message to jane.doe@client.example couldn't be delivered.\njane.doe wasn't found at client.example.\n\nrep    Office 365    jane.doe\nAction Required    Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n  *   Retype the recipient's address, then resend the message.\n  *   If you're using Outlook, open this bounce message, select Send Again, delete the address from the To box, then retype it.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\nThis error occurs because the sender sent a message to an email address outside of Office 365, but the address is incorrect or doesn't exist at the destination domain. For more information see https://learn.microsoft.com/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-10?user=admin@acme.example\n\nOriginal Message Details\nCreated Date:    11/3/2025 9:58:00 AM\nSender Address:    ${SENDER}\nRecipient Address:    jane.doe@client.example\nSubject:    Proposal\n\nError Details\nReported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient jane.doe@client.example not found by SMTP address lookup\nDSN generated by:    AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\nMessage Hops\nHOP    TIME (UTC)    FROM    TO\n1    11/3/2025 9:58:00 AM    AM0PR01MB1234.eurprd01.prod.exchangelabs.com    AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\nOriginal Message Headers\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCC: colleague@acme.example\nSubject: Proposal\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Gmail / Google Workspace: "** Address not found **" with the remote's words, original below.
  {
    name: 'Google Workspace, address not found, help link and original headers',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)',
      `** Address not found **\n\nYour message wasn't delivered to jane.doe@client.example because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown in virtual mailbox table\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\nReply-To: replies@acme.example\nSubject: Proposal\n\nHi, write to support@acme.example.\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    name: 'Gmail, old layout, delayed',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Delay)',
      `This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     jane.doe@client.example\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.client.example. 192.0.2.7: timed out]\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // Yahoo's "Failure Notice" (qmail-derived): "<address>:" then "Remote host said:".
  {
    name: 'Yahoo failure notice, copy with sender and Cc',
    raw: plain('MAILER-DAEMON@yahoo.com', 'Failure Notice',
      `Sorry, we were unable to deliver your message to the following address.\n\n<jane.doe@client.example>:\nRemote host said: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\n` + copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // OpenSMTPD smtpd/bounce.c: "address: error" per line, then "Below is a copy of the original message:".
  {
    name: 'OpenSMTPD, copy with sender and Cc',
    raw: plain('Mailer Daemon <MAILER-DAEMON@mx.acme.example>', 'Delivery status notification: error',
      `Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n   An error has occurred while attempting to deliver a message for\n   the following list of recipients:\n\njane.doe@client.example: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n\nBelow is a copy of the original message:\n\n` + copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Lotus Domino router: "was not delivered to:" then the address, then "because:".
  {
    name: 'Domino, reason naming the user in parentheses, copy headers',
    raw: plain('Mail Router <postmaster@notes.client.example>', 'DELIVERY FAILURE: User jane.doe (jane.doe@client.example) not listed in Domino Directory',
      `Your message\n\n  Subject: Proposal\n\nwas not delivered to:\n\n  jane.doe@client.example\n\nbecause:\n\n  User jane.doe (jane.doe@client.example) not listed in Domino Directory\n\n----- Original message -----\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Exchange 5.5–2003: "Your message / To: / Cc: / Subject: / Sent:" quotes the original's headers
  // above the list (Microsoft KB 284204 layout; exchange2003.ts): only the listed one failed.
  {
    name: 'Exchange 2003, To and Cc quoted above the list',
    raw: plain('System Administrator <postmaster@mail.client.example>', 'Undeliverable: Proposal',
      `Your message\n\n  To:      jane.doe@client.example; bob@client.example\n  Cc:      colleague@acme.example\n  Subject: Proposal\n  Sent:    Mon, 3 Nov 2025 09:58:00 +0000\n\ndid not reach the following recipient(s):\n\njane.doe@client.example on Mon, 3 Nov 2025 10:00:00 +0000\n    The recipient name is not recognized\n    The MTS-ID of the original message is: c=us;a= ;p=client;l=MAIL1-251103100000Z-1\n    MSEXCH:IMS:Client:SITE:MAIL1 0 (000C05A6) Unknown Recipient\n`,
      ['X-MimeOLE: Produced By Microsoft Exchange V6.5']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    // Exchange Online's delay notice ("Delivery is delayed to these recipients or groups").
    name: 'Microsoft 365 delay notice, original headers below',
    raw: plain('Microsoft Outlook <postmaster@acme.onmicrosoft.com>', 'Delivery delayed:Proposal',
      `Delivery is delayed to these recipients or groups:\n\njane.doe@client.example (jane.doe@client.example)\n\nSubject: Proposal\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com\nReceiving server: mx.client.example (192.0.2.7)\n\njane.doe@client.example\nServer at mx.client.example (192.0.2.7) returned '451 4.4.0 Primary target IP address responded with: "421 4.7.0 Try again later." Attempted failover to alternate host, but that did not succeed.'\n11/3/2025 10:00:00 AM - Server at mx.client.example (192.0.2.7) returned '451 4.4.0 Primary target IP address responded with: "421 4.7.0 Try again later."'\n\nOriginal message headers:\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example, bob@client.example\nCC: colleague@acme.example\nSubject: Proposal\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  {
    name: 'Exchange 2010, two failed, one delivered recipient only in the original headers',
    raw: plain('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', 'Undeliverable: Proposal',
      `Delivery has failed to these recipients or groups:\n\nJane Doe (jane.doe@client.example)\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n\njohn.roe@other.example\nA problem occurred during the delivery of this message to this e-mail address. Try sending this message again. If the problem continues, please contact your helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: mail.acme.example\n\njane.doe@client.example\nmx.client.example #550 5.1.1 User unknown ##\n\njohn.roe@other.example\nmx.other.example #554 5.7.1 Message rejected as spam, see https://other.example/postmaster?from=rep@acme.example ##\n\nOriginal message headers:\n\nFrom: Rep <${SENDER}>\nTo: <jane.doe@client.example>, <john.roe@other.example>, <bob@client.example>\nCC: Colleague <colleague@acme.example>\nSubject: Proposal\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'john.roe@other.example', verdict: 'fix-sending' },
    ],
  },
  // Gmail since 2016 (google-workspace.ts): a heading, one sentence naming the recipient, the response.
  {
    name: 'Gmail "Message blocked", abuse address and link in the response',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)',
      `** Message blocked **\n\nYour message to jane.doe@client.example has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550 5.7.1 Service unavailable; Client host [209.85.220.41] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/209.85.220.41 - contact abuse@client.example\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'fix-sending' }],
  },
  {
    name: 'Gmail "Delivery incomplete": delayed',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Delay)',
      `** Delivery incomplete **\n\nThere was a temporary problem delivering your message to jane.doe@client.example. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.\n\nLearn more here: https://support.google.com/mail/answer/7720\n\nThe response was:\n\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.client.example. 192.0.2.7: timed out]\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\nReply-To: replies@acme.example\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // sendmail savemail.c: the warning banner, the transcript, a delayed Action in the report.
  {
    name: 'Sendmail delay warning with report part',
    raw: multipart('Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', 'Warning: could not send message for past 4 hours',
      `    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Mon, 3 Nov 2025 09:58:00 GMT\nfrom mail.acme.example [198.51.100.4]\n\n   ----- Transcript of session follows -----\n<jane.doe@client.example>... Deferred: Connection timed out with mx.client.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n`,
      'Reporting-MTA: dns; mx.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 GMT\n\nFinal-Recipient: RFC822; jane.doe@client.example\nAction: delayed\nStatus: 4.4.1\nLast-Attempt-Date: Mon, 3 Nov 2025 14:00:00 GMT\nWill-Retry-Until: Sat, 8 Nov 2025 09:58:00 GMT\n',
      copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // Exim's sender-verify callout answer quotes the sender in "<…>" lines under the recipient.
  {
    name: 'Exim, remote callout quoting the sender',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.acme.example>', 'Mail delivery failed: returning message to sender',
      EXIM_HEAD + `  jane.doe@client.example\n    host mx.client.example [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    550-Verification failed for <${SENDER}>\n    550-Called:   198.51.100.4\n    550-Sent:     RCPT TO:<${SENDER}>\n    550-Response: 550 5.1.1 <${SENDER}>: Recipient address rejected\n    550 Sender verify failed\n\n------ This is a copy of the message, including all the headers. ------\n\n` + copy('jane.doe@client.example'),
      ['X-Failed-Recipients: jane.doe@client.example']),
    want: [{ address: 'jane.doe@client.example', verdict: 'fix-sending' }],
  },
  {
    // The same callout answer, relayed by Postfix's "host … said:" (smtp_proto.c).
    name: 'Postfix relaying an Exim sender-verify callout answer',
    raw: multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
      POSTFIX_HEAD + `<jane.doe@client.example>: host mx.client.example[192.0.2.7] said:\n    550-Verification failed for <${SENDER}> 550-Called:   198.51.100.4\n    550-Sent:     RCPT TO:<${SENDER}> 550-Response: 550 5.1.1 <${SENDER}>:\n    Recipient address rejected: User unknown 550 Sender verify failed (in\n    reply to RCPT TO command)\n`,
      null, copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'fix-sending' }],
  },
  {
    // A relay's recipient callout quotes the final host's answer about our recipient: that one is dead.
    name: 'Exim, recipient callout at a relay',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.acme.example>', 'Mail delivery failed: returning message to sender',
      EXIM_HEAD + `  jane.doe@client.example\n    host relay.client.example [192.0.2.6]\n    SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    550-Callout verification failed:\n    550 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n\n------ This is a copy of the message, including all the headers. ------\n\n` + copy('jane.doe@client.example'),
      ['X-Failed-Recipients: jane.doe@client.example']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // qmail: two recipients, one of whose remote answer names the postmaster.
  {
    name: 'qmail, two failed, postmaster in a remote answer',
    raw: plain('MAILER-DAEMON@mx.acme.example', 'failure notice',
      `Hi. This is the qmail-send program at mx.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<jane.doe@client.example>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\nGiving up on 192.0.2.7.\n\n<john.roe@other.example>:\nSorry, I couldn't find any host named other.example. (#5.1.2)\n\n--- Below this line is a copy of the message.\n\n` + copy('jane.doe@client.example, john.roe@other.example')),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'john.roe@other.example', verdict: 'remove' },
    ],
  },
  // MessageLabs (messagelabs.ts): the address alone, "Reason:", then "The message subject was:".
  {
    name: 'MessageLabs, support address in the footer',
    raw: plain('Mail Delivery System <MAILER-DAEMON@messagelabs.com>', 'failure notice',
      `This is the mail delivery agent at messagelabs.com.\n\nI was unable to deliver your message to the following addresses:\n\njane.doe@client.example\n\nReason: 550 5.1.1 <jane.doe@client.example>... No such user\n\nThe message subject was: Proposal\nThe message date was: Mon, 3 Nov 2025 09:58:00 +0000\nThe message identifier was: 01/2A-12345-ABCDEF01\nThe message reference was: server-4.tower-1.messagelabs.com!1762163880!1!1\n\nPlease do not reply to this email as it is sent from an unattended mailbox.\nPlease visit www.symanteccloud.com/support or write to support@messagelabs.example for assistance.\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Domino: two addresses under "was not delivered to:".
  {
    name: 'Domino, two recipients, sender in the quoted original',
    raw: plain('Mail Router <postmaster@notes.client.example>', 'DELIVERY FAILURE: User not listed in Domino Directory',
      `Your message\n\n  Subject: Proposal\n\nwas not delivered to:\n\n  jane.doe@client.example\n  john.roe@client.example\n\nbecause:\n\n  User not listed in Domino Directory\n\n----- Original message -----\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example, john.roe@client.example\nCc: colleague@acme.example\n`),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'john.roe@client.example', verdict: 'remove' },
    ],
  },
  // OpenSMTPD delay warning (smtpd/bounce.c "A message is delayed for more than …").
  {
    name: 'OpenSMTPD delay warning',
    raw: plain('Mailer Daemon <MAILER-DAEMON@mx.acme.example>', 'Delivery status notification: delay',
      `Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n   A message is delayed for more than 4 hours for the following\n   list of recipients:\n\njane.doe@client.example: 421 4.7.0 Try again later\n\nPlease note that this is only a temporary failure report.\nThe message is kept in the queue for up to 4 days.\nYou DO NOT NEED to re-send the message to these recipients.\n\nBelow is a copy of the original message:\n\n` + copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // Amazon SES DSN (amazon-ses.ts): SES's summary wrapping the remote's reply, a report part.
  {
    name: 'Amazon SES DSN, one failed',
    raw: multipart('MAILER-DAEMON@us-east-1.amazonses.com', 'Delivery Status Notification (Failure)',
      `An error occurred while trying to deliver the mail to the following recipients:\njane.doe@client.example\n`,
      'Reporting-MTA: dns; a8-31.smtp-out.amazonses.com\n\nAction: failed\nFinal-Recipient: rfc822; jane.doe@client.example\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\nStatus: 5.1.1\n',
      copy('jane.doe@client.example, bob@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Zoho Mail (zoho.ts): one "address Invalid Address, ERROR_CODE :…" line per recipient, the copy's headers inline.
  {
    name: 'Zoho, two failed, copy headers inline',
    raw: plain('Mail Delivery System <mailer-daemon@mail.zoho.com>', 'Undelivered Mail Returned to Sender',
      `This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. \n\njane.doe@client.example Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <jane.doe@client.example>... User Unknown\njohn.roe@client.example Invalid Address, ERROR_CODE :552, ERROR_CODE :5.2.2 <john.roe@client.example>... Mailbox Full\n\n\nReceived:from mail.zoho.com by mx.zohomail.com\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example, john.roe@client.example, bob@client.example\nCc: colleague@acme.example\nSubject: Proposal\n`),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'john.roe@client.example', verdict: 'retry' },
    ],
  },
  // McAfee Email Gateway (mcafee.ts): "<address>   (answer)" under "had delivery problems".
  {
    name: 'McAfee gateway, answer naming the postmaster',
    raw: plain('Postmaster <postmaster@gw.client.example>', 'Delivery Status Notification (Failure)',
      `    --- The following addresses had delivery problems ---\n\n<jane.doe@client.example>   (550 5.1.1 <jane.doe@client.example>... User unknown; contact postmaster@client.example)\n\n--- Original message ---\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\n`,
      ['X-NAI-Header: Modified by McAfee Email Gateway']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Lotus Notes SMTP MTA (notes.ts): the cause, then the address, under "Failure Reasons".
  {
    name: 'Lotus Notes, returned message with sender and Cc',
    raw: plain('Postmaster <postmaster@notes.client.example>', 'Undeliverable message',
      `------- Failure Reasons  --------\n\nUser not listed in public Name & Address Book\njane.doe@client.example\n\n------- Returned Message --------\nReceived: from mail.acme.example ([198.51.100.4]) by notes.client.example\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example\nCc: colleague@acme.example\nReply-To: replies@acme.example\nSubject: Proposal\n\nHi, write to rep@acme.example.\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // sendmail text only (MIME lost): the sender refused at MAIL From in the transcript.
  {
    name: 'Sendmail text only, sender refused at MAIL From',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', 'Returned mail: see transcript for details',
      `The original message was received at Mon, 3 Nov 2025 09:58:00 GMT\nfrom mail.acme.example [198.51.100.4]\n\n   ----- The following addresses had permanent fatal errors -----\n<jane.doe@client.example>\n    (reason: 553 5.1.8 <${SENDER}>... Domain of sender address ${SENDER} does not exist)\n\n   ----- Transcript of session follows -----\n... while talking to mx.client.example.:\n>>> MAIL From:<${SENDER}> SIZE=2345\n<<< 553 5.1.8 <${SENDER}>... Domain of sender address ${SENDER} does not exist\n554 5.0.0 Service unavailable\n\n   ----- Original message follows -----\n` + copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'fix-sending' }],
  },
  {
    // sendmail's warning with only the transcript: one RCPT accepted (250), one deferred.
    name: 'Sendmail warning, transcript only, one accepted and one deferred',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', 'Warning: could not send message for past 4 hours',
      `    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Mon, 3 Nov 2025 09:58:00 GMT\nfrom mail.acme.example [198.51.100.4]\n\n   ----- Transcript of session follows -----\n... while talking to mx.client.example.:\n>>> MAIL From:<${SENDER}> SIZE=2345\n<<< 250 2.1.0 <${SENDER}>... Sender ok\n>>> RCPT To:<bob@client.example>\n<<< 250 2.1.5 <bob@client.example>... Recipient ok\n>>> RCPT To:<jane.doe@client.example>\n<<< 452 4.2.2 <jane.doe@client.example>... Mailbox full\n<jane.doe@client.example>... Deferred: 452 4.2.2 <jane.doe@client.example>... Mailbox full\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n   ----- Original message follows -----\n` + copy('jane.doe@client.example, bob@client.example')),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // Courier (courier/module.dsn, courierdsn): "UNDELIVERABLE MAIL", "<address>:" then the dialogue.
  {
    name: 'Courier text, dialogue with MAIL FROM',
    raw: plain('Courier mail server at mx.acme.example <@>', 'NOTICE: mail delivery status.',
      `This is a delivery status notification from mx.acme.example,\nrunning the Courier mail server, version 1.1.\n\nThe original message was received on Mon, 3 Nov 2025 09:58:00 +0000\nfrom mail.acme.example [198.51.100.4]\n\n---------------------------------------------------------------------------\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<jane.doe@client.example>:\n    mx.client.example [192.0.2.7]:\n>>> MAIL FROM:<${SENDER}> SIZE=2345\n<<< 250 2.1.0 Ok\n>>> RCPT TO:<jane.doe@client.example>\n<<< 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n\n---------------------------------------------------------------------------\n\nIf your message was also sent to additional recipients, their delivery\nstatus is not included in this report.  You may or may not receive\nother delivery status notifications for additional recipients.\n\nThe original message follows as a separate attachment.\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Quoted original headers are folded (RFC 5322 §2.2.3): a long To or Cc continues on lines that
  // may hold a lone address. Those lines are the copy, not the list of failures.
  {
    name: 'Exchange 2010, folded To and Cc in the original headers',
    raw: plain('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', 'Undeliverable: Proposal',
      `Delivery has failed to these recipients or groups:\n\njane.doe@client.example (jane.doe@client.example)\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: mail.acme.example\n\njane.doe@client.example\nmx.client.example #550 5.1.1 User unknown ##\n\nOriginal message headers:\n\nReceived: from mail.acme.example (198.51.100.4) by mail.acme.example\n (198.51.100.4) with Microsoft SMTP Server id 14.3.498.0; Mon, 3 Nov 2025\n 09:58:00 +0000\nFrom: Rep <${SENDER}>\nTo: <jane.doe@client.example>,\n\t<bob@client.example>,\n\t<carol@partner.example>\nCC:\n <colleague@acme.example>\nSubject: Proposal\nDate: Mon, 3 Nov 2025 09:58:00 +0000\nMessage-ID: <proposal-1@acme.example>\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    name: 'Microsoft 365 modern NDR, folded To in the original headers',
    raw: plain('Microsoft Outlook <postmaster@acme.onmicrosoft.com>', 'Undeliverable: Proposal',
      `Your message to jane.doe@client.example couldn't be delivered.\njane.doe wasn't found at client.example.\n\nrep    Office 365    jane.doe\nAction Required    Recipient\n\nUnknown To address\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\nOriginal Message Details\nCreated Date:    11/3/2025 9:58:00 AM\nSender Address:    ${SENDER}\nRecipient Address:    jane.doe@client.example\nSubject:    Proposal\n\nError Details\nReported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\nDSN generated by:    AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\nOriginal Message Headers\n\nFrom: Rep <${SENDER}>\nTo: <jane.doe@client.example>,\n <bob@client.example>\nCC:\n <colleague@acme.example>\nSubject: Proposal\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    name: 'Gmail old layout, failed permanently, folded To in the original',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)',
      `Delivery to the following recipient failed permanently:\n\n     jane.doe@client.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain client.example by mx.client.example. [192.0.2.7].\n\nThe error that the other server returned was:\n550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example,\n     bob@client.example\nCc:\n     colleague@acme.example\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    name: 'Google Workspace, folded To in the original',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)',
      `** Address not found **\n\nYour message wasn't delivered to jane.doe@client.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example,\n  bob@client.example\nCc:\n  colleague@acme.example\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    name: 'Yahoo, folded To in the copy',
    raw: plain('MAILER-DAEMON@yahoo.com', 'Failure Notice',
      `Sorry, we were unable to deliver your message to the following address.\n\n<jane.doe@client.example>:\nRemote host said: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example,\n <bob@client.example>\nSubject: Proposal\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Amazon SES through SNS (AWS SES Developer Guide, "Amazon SNS notification contents"): only
  // bouncedRecipients failed; mail.source, mail.destination and commonHeaders are the original's.
  {
    name: 'Amazon SES bounce event, destination and headers list others',
    raw: plain('AWS Notifications <no-reply@sns.amazonaws.com>', 'AWS Notification Message',
      JSON.stringify({
        Type: 'Notification', MessageId: 'a1', TopicArn: 'arn:aws:sns:us-east-1:123456789012:bounces',
        Message: JSON.stringify({
          notificationType: 'Bounce',
          bounce: { bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2025-11-03T10:00:00.000Z', reportingMTA: 'dsn; a8-31.smtp-out.amazonses.com',
            bouncedRecipients: [{ emailAddress: 'jane.doe@client.example', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] },
          mail: { timestamp: '2025-11-03T09:58:00.000Z', source: SENDER, sourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/acme.example',
            destination: ['jane.doe@client.example', 'bob@client.example', 'colleague@acme.example'],
            commonHeaders: { from: [`Rep <${SENDER}>`], replyTo: ['replies@acme.example'], to: ['jane.doe@client.example', 'bob@client.example'], cc: ['colleague@acme.example'], subject: 'Proposal' } },
        }),
        UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:bounces:x&Endpoint=ops@acme.example',
      }, null, 2)),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  {
    // Gmail's plural heading: several addresses, each indented on its own line.
    name: 'Gmail old layout, two recipients failed permanently',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)',
      `Delivery to the following recipients failed permanently:\n\n     jane.doe@client.example\n     john.roe@client.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain client.example by mx.client.example. [192.0.2.7].\n\nThe error that the other server returned was:\n550 5.1.1 User unknown\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example, john.roe@client.example, bob@client.example\nSubject: Proposal\n`),
    want: [
      { address: 'jane.doe@client.example', verdict: 'remove' },
      { address: 'john.roe@client.example', verdict: 'remove' },
    ],
  },
  {
    // Exchange Online refuses a sender for a group with delivery restrictions (5.7.133, Microsoft's
    // NDR reference): the group is alive; only its owner can allow outside senders, so it was
    // fix-sending and is now retry, the recipient's side (verdict-audit.test.ts).
    name: 'Microsoft 365, group delivery restriction',
    raw: plain('Microsoft Outlook <postmaster@client.onmicrosoft.com>', 'Undeliverable: Proposal',
      `Your message to sales-team@client.example couldn't be delivered.\nThe group sales-team only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.\n\nrep    Office 365    sales-team\nAction Required    Sender\n\nNot authorized to send to group\n\nMore Info for Email Admins\nStatus code: 550 5.7.133\n\nOriginal Message Details\nSender Address:    ${SENDER}\nRecipient Address:    sales-team@client.example\n\nError Details\nReported error:    550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group\nDSN generated by:    AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n\nOriginal Message Headers\n\nFrom: Rep <${SENDER}>\nTo: <sales-team@client.example>\n`,
      ['X-MS-Exchange-Message-Is-Ndr:']),
    want: [{ address: 'sales-team@client.example', verdict: 'retry' }],
  },
  // Oracle Communications Messaging Server (messagingserver.ts): "Recipient address:" is the final
  // one, "Original address:" the address the sender wrote (its ORCPT, before alias expansion); the
  // header fields of the message are quoted above the list.
  {
    name: 'Oracle Messaging Server, alias expanded, header fields quoted above',
    raw: plain('Internet Mail Delivery <postmaster@mail.client.example>', 'Delivery Notification: Delivery has failed',
      `This report relates to a message you sent with the following header fields:\n\n  Message-id: <proposal-1@acme.example>\n  Date: Mon, 3 Nov 2025 09:58:00 +0000\n  From: Rep <${SENDER}>\n  To: lead@client.example, bob@client.example\n  Cc: colleague@acme.example\n  Subject: Proposal\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: jane.doe@mail.client.example\n  Original address: lead@client.example\n  Reason: Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.1.1 <jane.doe@mail.client.example>... User unknown\n  Remote system: dns;mx.mail.client.example (TCP|192.0.2.1|49152|192.0.2.7|25) (mx.mail.client.example ESMTP)\n\n`),
    want: [{ address: 'lead@client.example', finalRecipient: 'jane.doe@mail.client.example', verdict: 'remove' }],
  },
  {
    name: 'Oracle Messaging Server delay, original address the same',
    raw: plain('Internet Mail Delivery <postmaster@mail.client.example>', 'Delivery Notification: Delivery has been delayed',
      `This report relates to a message you sent with the following header fields:\n\n  Message-id: <proposal-1@acme.example>\n  From: Rep <${SENDER}>\n  To: jane.doe@client.example\n  Subject: Proposal\n\nYour message has been delayed and is still awaiting delivery to the following recipient(s):\n\n  Recipient address: jane.doe@client.example\n  Original address: jane.doe@client.example\n  Delivery last attempted at Mon, 3 Nov 2025 14:00:00 +0000\n  Reason: unable to deliver this message after 4 hours\n  Diagnostic code: smtp;421 4.4.2 Connection timed out\n\n`),
    want: [{ address: 'jane.doe@client.example', action: 'delayed', verdict: 'pending' }],
  },
  // RFC 3464 reports read by the generic reader behind a dialect's text: per-recipient groups with
  // failed, delayed and delivered actions, an alias (Original-Recipient), the sender in X-Postfix-Sender.
  {
    name: 'RFC 3464 report: failed via an alias, delayed, delivered',
    raw: multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
      `This is the mail system at host mx.acme.example.\n\nYour message could not be delivered to one or more recipients.\nFor further assistance, please send mail to postmaster@acme.example.\n`,
      `Reporting-MTA: dns; mx.acme.example\nX-Postfix-Queue-ID: 4Qx\nX-Postfix-Sender: rfc822; ${SENDER}\nArrival-Date: Mon,  3 Nov 2025 09:58:00 +0000 (UTC)\n\nFinal-Recipient: rfc822; jane.doe@mail.client.example\nOriginal-Recipient: rfc822;lead@client.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.client.example\nDiagnostic-Code: smtp; 550 5.1.1 <jane.doe@mail.client.example>: User unknown\n\nFinal-Recipient: rfc822; john.roe@slow.example\nOriginal-Recipient: rfc822;john.roe@slow.example\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.slow.example[192.0.2.9]:25: Connection timed out\nWill-Retry-Until: Thu, 6 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822; bob@partner.example\nAction: delivered\nStatus: 2.0.0\nRemote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Qy\n`,
      copy('lead@client.example, john.roe@slow.example, bob@partner.example')),
    want: [
      { address: 'lead@client.example', finalRecipient: 'jane.doe@mail.client.example', verdict: 'remove' },
      { address: 'john.roe@slow.example', action: 'delayed', verdict: 'pending' },
    ],
  },
  {
    // Courier's MIME report: its text (courier module.dsn) above the delivery-status part.
    name: 'Courier report, dialogue with MAIL FROM in the text',
    raw: multipart('Courier mail server at mx.acme.example <@>', 'NOTICE: mail delivery status.',
      `This is a delivery status notification from mx.acme.example,\nrunning the Courier mail server, version 1.1.\n\nThe original message was received on Mon, 3 Nov 2025 09:58:00 +0000\nfrom mail.acme.example [198.51.100.4]\n\n---------------------------------------------------------------------------\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<jane.doe@client.example>:\n    mx.client.example [192.0.2.7]:\n>>> MAIL FROM:<${SENDER}> SIZE=2345\n<<< 250 2.1.0 Ok\n>>> RCPT TO:<jane.doe@client.example>\n<<< 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n`,
      `Reporting-MTA: dns; mx.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822; jane.doe@client.example\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mx.client.example\nDiagnostic-Code: smtp; 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown\n`,
      copy('jane.doe@client.example')),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
  // Trend Micro InterScan MSS (interscanmss.ts): the dialogue quoted as "Sent <<< …" / "Received >>> …".
  // A recipient the next hop accepted (250, RFC 5321 §4.2) did not fail.
  {
    name: 'InterScan MSS, one RCPT accepted and one refused, MAIL FROM quoted',
    raw: plain('InterScan MSS <postmaster@gw.acme.example>', 'Mail could not be delivered',
      `This message has been generated by InterScan MSS for SMTP.\nThe message could not be delivered to the following recipient(s).\n\nSent <<< MAIL FROM:<${SENDER}>\nReceived >>> 250 2.1.0 Ok\n...\nSent <<< RCPT TO:<bob@client.example>\nReceived >>> 250 2.1.5 Ok\n...\nSent <<< RCPT TO:<jane.doe@client.example>\nReceived >>> 550 5.1.1 <jane.doe@client.example>... user unknown\n...\n`),
    want: [{ address: 'jane.doe@client.example', verdict: 'remove' }],
  },
]

describe('dialect precision: exactly the failed recipients, despite distractors', () => {
  for (const row of ROWS) {
    for (const [ending, to] of ENDINGS) {
      it(`${row.name} (${ending})`, async () => {
        const report = await parseBounce(to(row.raw))
        if (report.kind === 'error') throw new Error(report.error)
        // A relayed or delivered recipient may be listed beside the failed ones, never as a failure.
        const others = report.recipients.filter((r) => r.action !== 'failed' && r.action !== 'delayed')
        expect(others.map((r) => r.verdict).filter((v) => v !== 'none')).toEqual([])
        const got = report.recipients.filter((r) => !others.includes(r)).map((r) => ({
          address: r.address,
          ...(r.finalRecipient ? { finalRecipient: r.finalRecipient } : {}),
          action: r.action,
          verdict: r.verdict,
        }))
        expect(got).toEqual(row.want.map((w) => ({ address: w.address, ...(w.finalRecipient ? { finalRecipient: w.finalRecipient } : {}), action: w.action ?? 'failed', verdict: w.verdict })))
      })
    }
  }
})

/**
 * The same remote answers in each common dialect's layout: the verdict follows the answer, whichever
 * MTA carried it (a dead mailbox to Remove, a full one to Retry, a refused sender to Fix sending).
 */
const ANSWERS: ReadonlyArray<readonly [string, string, string]> = [
  ['user unknown', '550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown in virtual mailbox table', 'remove'],
  ['mailbox full', '552 5.2.2 <jane.doe@client.example>: Mailbox full, quota exceeded', 'retry'],
  ['IP on a blocklist', '554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using zen.spamhaus.org; contact abuse@client.example', 'fix-sending'],
  ['message too big', '552 5.3.4 Message size exceeds fixed maximum message size', 'fix-sending'],
  ['content refused as spam', '550 5.7.1 Message rejected as spam by Content Filtering; see https://client.example/bounce?rcpt=postmaster@client.example', 'fix-sending'],
  ['mailbox disabled', '550 5.2.1 <jane.doe@client.example>: This mailbox has been disabled permanently', 'remove'],
]

const LAYOUTS: ReadonlyArray<readonly [string, (answer: string) => string]> = [
  ['Postfix', (a) => multipart('MAILER-DAEMON@mx.acme.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
    POSTFIX_HEAD + `<jane.doe@client.example>: host mx.client.example[192.0.2.7] said: ${a} (in reply to\n    RCPT TO command)\n`, null, copy('jane.doe@client.example, bob@client.example'))],
  ['Exim', (a) => plain('Mail Delivery System <Mailer-Daemon@mx.acme.example>', 'Mail delivery failed: returning message to sender',
    EXIM_HEAD + `  jane.doe@client.example\n    host mx.client.example [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    ${a}\n\n------ This is a copy of the message, including all the headers. ------\n\n` + copy('jane.doe@client.example, bob@client.example'),
    ['X-Failed-Recipients: jane.doe@client.example'])],
  ['qmail', (a) => plain('MAILER-DAEMON@mx.acme.example', 'failure notice',
    `Hi. This is the qmail-send program at mx.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<jane.doe@client.example>:\n192.0.2.7 does not like recipient.\nRemote host said: ${a}\nGiving up on 192.0.2.7.\n\n--- Below this line is a copy of the message.\n\n` + copy('jane.doe@client.example, bob@client.example'))],
  ['Exchange 2010', (a) => plain('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', 'Undeliverable: Proposal',
    `Delivery has failed to these recipients or groups:\n\njane.doe@client.example (jane.doe@client.example)\nA problem occurred during the delivery of this message to this e-mail address. Try sending this message again. If the problem continues, please contact your helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: mail.acme.example\n\njane.doe@client.example\nmx.client.example #${a} ##\n\nOriginal message headers:\n\nFrom: Rep <${SENDER}>\nTo: <jane.doe@client.example>,\n <bob@client.example>\nCC: colleague@acme.example\n`,
    ['X-MS-Exchange-Message-Is-Ndr:'])],
  ['Gmail', (a) => plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)',
    `** Message not delivered **\n\nThere was a problem delivering your message to jane.doe@client.example. See the technical details below, or try resending in a few minutes.\n\nThe response from the remote server was:\n${a}\n\n----- Original message -----\n\nFrom: Rep <${SENDER}>\nTo: jane.doe@client.example,\n  bob@client.example\nCc: colleague@acme.example\n`)],
  ['Yahoo', (a) => plain('MAILER-DAEMON@yahoo.com', 'Failure Notice',
    `Sorry, we were unable to deliver your message to the following address.\n\n<jane.doe@client.example>:\nRemote host said: ${a} [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\n` + copy('jane.doe@client.example, bob@client.example'))],
]

describe('dialect precision: the verdict follows the remote answer in every layout', () => {
  for (const [layout, build] of LAYOUTS) {
    for (const [what, answer, verdict] of ANSWERS) {
      for (const [ending, to] of ENDINGS) {
        it(`${layout}: ${what} (${ending})`, async () => {
          const report = await parseBounce(to(build(answer)))
          if (report.kind === 'error') throw new Error(report.error)
          expect(report.recipients.map((r) => [r.address, r.action, r.verdict])).toEqual([['jane.doe@client.example', 'failed', verdict]])
        })
      }
    }
  }
})
