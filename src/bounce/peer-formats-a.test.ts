/**
 * Issue 9: the notice formats and wording families that other open-source bounce readers know,
 * learnt from their detector *code* (never their sample mails), each written here as our own
 * notices (example domains, varied layouts, several languages where the format has them) and read
 * with LF, CRLF and CR line endings.
 *
 * Sources (code read): flufl.bounce `flufl/bounce/_detectors/*.py` (aol, caiwireless, dsn, exchange,
 * exim, groupwise, llnl, microsoft, netscape, postfix, qmail, simplematch, simplewarning, sina,
 * smtp32, yahoo, yale); Mail-DeliveryStatus-BounceParser `lib/Mail/DeliveryStatus/BounceParser.pm`
 * (preprocessors p_ims, p_aol_senderblock, p_novell_groupwise, p_plain_smtp_transcript; the
 * non-error and autoreply gates; `_std_reason`'s regexes); fschulze/bounced `bounced.py` (DSN fields,
 * X.400 Final-Recipient); bounce_email `bounce_email.py` (status wording table); mailgun/flanker
 * `flanker/mime/bounce.py` (DSN fields, "notification" part); mikel/mail `Mail::Part#bounced?` /
 * `#retryable?` (Action: failed, 5.x.x vs 4.x.x).
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS, multipartNotice, rawNotice, type NoticePart } from './test-notice'
import type { Verdict } from './types'

interface Row {
  name: string
  /** Which peer's code this format comes from. */
  source: string
  from: string
  subject: string
  headers?: string[]
  /** A text/plain body, or the parts of a multipart message. */
  body: string | NoticePart[]
  multipart?: 'mixed' | 'report'
  /** Failed recipients found exactly, each with the verdict judged right and why. */
  expected: Record<string, Verdict>
  why: string
}

function raw(r: Row): string {
  return typeof r.body === 'string' ? rawNotice({ ...r, body: r.body }) : multipartNotice(r, r.body, r.multipart)
}

const ORIGINAL = 'Return-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: someone@client.example\nSubject: Proposal\nMessage-ID: <orig-1@acme.example>\n\nHello,\n'

const FAILURES: Row[] = [
  // ---- flufl.bounce aol.py / BounceParser p_aol_senderblock: AOL lists bare screen names ----
  {
    name: 'AOL: screen names under "mail to the following recipients could not be delivered"',
    source: 'flufl aol.py',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
    subject: 'Returned mail: User unknown',
    body: 'Your mail to the following recipients could not be delivered because they are not AOL members:\n\n  jsmith4711\n  pat.roe@aol.com\n\nPlease check the screen names and try again.\n',
    expected: { 'jsmith4711@aol.com': 'remove', 'pat.roe@aol.com': 'remove' },
    why: 'a bare screen name is the local part at aol.com; "not AOL members" says no such member exists',
  },
  // ---- caiwireless.py: multipart/mixed, "<addr>" under "did not receive this message:" ----
  {
    name: 'Caiwireless: "<addr>" under "did not receive this message"',
    source: 'flufl caiwireless.py',
    from: 'postmaster@mail.cellnet.example',
    subject: 'Message undeliverable',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'The following recipients did not receive this message:\n\n     <jane.doe@cellnet.example>\n\nPlease reply to postmaster@mail.cellnet.example if you feel this message to be in error.\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@cellnet.example': 'retry' },
    why: 'no cause is given, so the address is not known dead',
  },
  // ---- dsn.py / bounced.py: X.400 Final-Recipient, Original-Recipient ----
  {
    name: 'DSN with an X.400 Final-Recipient that carries RFC-822=',
    source: 'bounced.py get_recipient (x400)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@x400gw.example.net>',
    subject: 'Delivery Status Notification (Failure)',
    multipart: 'report',
    body: [
      { type: 'text/plain', body: 'Your message could not be delivered to one or more recipients.\n' },
      { type: 'message/delivery-status', body: 'Reporting-MTA: dns; x400gw.example.net\n\nFinal-Recipient: x400; /G=Jane/S=Doe/O=Org/RFC-822=jane.doe(a)org.example/\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient unknown\n' },
      { type: 'text/rfc822-headers', body: ORIGINAL },
    ],
    expected: { 'jane.doe@org.example': 'remove' },
    why: '5.1.1 recipient unknown: the mailbox does not exist',
  },
  ...dsnRows(),
  ...exchangeTextRows(),
  // ---- exchange.py / BounceParser p_ims: Exchange 5.5 Internet Mail Service ----
  {
    name: 'Exchange 5.5 IMS: "did not reach the following recipient(s)" with SMTP= and MSEXCH',
    source: 'flufl exchange.py, BounceParser p_ims',
    from: 'System Administrator <postmaster@corp.example>',
    subject: 'Undeliverable: Proposal',
    headers: ['X-Mailer: Internet Mail Service (5.5.2653.19)'],
    body: 'Your message\n\n  To:      jane.doe@corp.example\n  Subject: Proposal\n  Sent:    Mon, 3 Nov 2025 09:58:00 +0000\n\ndid not reach the following recipient(s):\n\nSMTP=jane.doe@corp.example; on Mon, 3 Nov 2025 10:00:00 +0000\n    The recipient name is not recognized\n    The MTS-ID of the original message is: c=US;a= ;p=Corp;l=MAIL1-251103100000Z-1\n    MSEXCH:IMS:Corp:HQ:MAIL1 0 (000C05A6) Unknown Recipient\n',
    expected: { 'jane.doe@corp.example': 'remove' },
    why: '"recipient name is not recognized" / Unknown Recipient: no such mailbox',
  },
  {
    name: 'Exchange: two recipients "addr on date", second one host unknown',
    source: 'flufl exchange.py (a2cre)',
    from: 'System Administrator <postmaster@corp.example>',
    subject: 'Undeliverable: Proposal',
    body: 'Your message did not reach some or all of the intended recipients.\n\n   Subject: Proposal\n\ndid not reach the following recipient(s):\n\njane.doe@corp.example on 11/3/2025 10:00 AM\n    The recipient name is not recognized\n    MSEXCH:IMS:Corp:HQ:MAIL1 0 (000C05A6) Unknown Recipient\nbob@gone-domain.example on 11/3/2025 10:00 AM\n    The e-mail system was unable to deliver the message, the domain does not exist\n    MSEXCH:IMS:Corp:HQ:MAIL1 3550 (000B09AA) Host unknown\n',
    expected: { 'jane.doe@corp.example': 'remove', 'bob@gone-domain.example': 'remove' },
    why: 'unknown recipient and a domain that does not exist are both dead',
  },
  // ---- exim.py: X-Failed-Recipients header names the failures ----
  {
    name: 'Exim: X-Failed-Recipients with a customised body',
    source: 'flufl exim.py',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.isp.example>',
    subject: 'Mail delivery failed: returning message to sender',
    headers: ['X-Failed-Recipients: jane.doe@isp-client.example'],
    body: 'Hello, this is the mail server at mx1.isp.example.\nWe were not able to deliver your message to one of its recipients.\n\n  jane.doe@isp-client.example\n    Unrouteable address\n',
    expected: { 'jane.doe@isp-client.example': 'remove' },
    why: 'Exim "Unrouteable address": the domain has no route, the address is dead',
  },
  // ---- groupwise.py / BounceParser p_novell_groupwise ----
  {
    name: 'GroupWise: multipart/mixed, "<addr>" lines, X-Mailer Novell GroupWise',
    source: 'flufl groupwise.py',
    from: 'postmaster@gw.univ.example',
    subject: 'Message status - undeliverable',
    headers: ['X-Mailer: Novell GroupWise Internet Agent 6.5.4'],
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'The message that you sent was undeliverable to the following:\n\t<jane.doe@univ.example> (user not found)\n\nPossible causes of undeliverable mail include:\n\tThe recipient is not a valid user.\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@univ.example': 'remove' },
    why: 'GroupWise "user not found": no such mailbox',
  },
  {
    name: 'GroupWise: "addr (reason)" lines, one reason each',
    source: 'BounceParser p_novell_groupwise',
    from: 'Postmaster <postmaster@gw.univ.example>',
    subject: 'Message status - undeliverable',
    headers: ['X-Mailer: Novell GroupWise Internet Agent 6.5.4'],
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'The message that you sent was undeliverable to the following:\n\tjdoe@univ.example (user not found)\n\tmroe@univ.example (mailbox is full)\n\nPossible causes of undeliverable mail include:\n\tThe recipient is not a valid user.\n\tThe recipient\'s mailbox is full.\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jdoe@univ.example': 'remove', 'mroe@univ.example': 'retry' },
    why: 'each parenthesised reason is its own: unknown user is dead, a full mailbox clears',
  },
  {
    name: 'GroupWise: bare local parts "(reason)", resolved from the returned message\'s To',
    source: 'BounceParser p_novell_groupwise (LHS only)',
    from: 'Postmaster <postmaster@gw.univ.example>',
    subject: 'Message status - undeliverable',
    headers: ['X-Mailer: Novell GroupWise Internet Agent 6.5.4'],
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'The message that you sent was undeliverable to the following:\n\tjdoe (user not found)\n\tmroe (mailbox is full)\n\nPossible causes of undeliverable mail include:\n\tThe recipient is not a valid user.\n' },
      { type: 'message/rfc822', body: 'From: Sales <sales@acme.example>\nTo: jdoe@univ.example, Mary Roe <mroe@univ.example>, info@other.example\nSubject: Proposal\nMessage-ID: <orig-2@acme.example>\n\nHello,\n' },
    ],
    expected: { 'jdoe@univ.example': 'remove', 'mroe@univ.example': 'retry' },
    why: 'the local part names the recipient the message was written to; unknown user is dead, a full mailbox clears',
  },
  {
    name: 'Yale: bare names under "Message not delivered to the following", resolved from the quoted To',
    source: 'flufl yale.py',
    from: 'MAILER-DAEMON@mail.yale.example.edu',
    subject: 'Undeliverable mail',
    body: 'Message not delivered to the following:\n\n    jroe      Mailbox unknown\n\nError Detail:\n    The mailbox does not exist on this system.\n\n----- Original message -----\nFrom: Sales <sales@acme.example>\nTo: jroe@yale.example.edu\nSubject: Proposal\n\nHello,\n',
    expected: { 'jroe@yale.example.edu': 'remove' },
    why: '"Mailbox unknown": no such mailbox',
  },
  // ---- llnl.py: ", addr," on a line ----
  {
    name: 'LLNL custom sendmail: ", addr," inside the sentence',
    source: 'flufl llnl.py',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@lab.example.gov>',
    subject: 'Returned mail: see transcript for details',
    body: 'Your message could not be delivered.\n\nThe user, jane.roe@lab.example.gov, does not exist on this system.\nPlease check the address and try again.\n',
    expected: { 'jane.roe@lab.example.gov': 'remove' },
    why: '"does not exist": the mailbox is gone',
  },
  // ---- microsoft.py: SMTPSVC "transcript of session follows" then addresses ----
  {
    name: 'Microsoft SMTPSVC: addresses under "Transcript of session follows"',
    source: 'flufl microsoft.py',
    from: 'postmaster@smtp.winhost.example',
    subject: 'Delivery Status Notification (Failure)',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'Your message could not be delivered.\n\n----- Transcript of session follows -----\n\n      jane.doe@winhost-client.example\n      550 5.1.1 <jane.doe@winhost-client.example>... Mailbox unavailable\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@winhost-client.example': 'remove' },
    why: '5.1.1 mailbox unavailable: no such mailbox',
  },
  // ---- netscape.py: NMS 3.6 / 4.1 ----
  {
    name: 'Netscape Messaging Server: "<addr>" under "undeliverable due to the following reason", reply-to skipped',
    source: 'flufl netscape.py',
    from: 'Mail Administrator <Postmaster@nms.example.edu>',
    subject: 'Mail System Error - Returned Mail',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'This Message was undeliverable due to the following reason:\n\nThe following destination addresses were unknown (please check\nthe addresses and re-mail the message):\n\nSMTP <jane.doe@nms.example.edu>\n\nPlease reply to <Postmaster@nms.example.edu>\nif you feel this message to be in error.\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@nms.example.edu': 'remove' },
    why: '"destination addresses were unknown": no such user',
  },
  {
    name: 'Netscape Messaging Server: over quota, temporarily',
    source: 'flufl netscape.py',
    from: 'Mail Administrator <Postmaster@nms.example.edu>',
    subject: 'Mail System Error - Returned Mail',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', body: 'This Message was undeliverable due to the following reason:\n\nThe user(s) account is temporarily over quota.\n\n<pat.roe@nms.example.edu>\n\nPlease reply to <Postmaster@nms.example.edu>\nif you feel this message to be in error.\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'pat.roe@nms.example.edu': 'retry' },
    why: 'a mailbox over quota is temporary',
  },
  // ---- postfix.py: "The <X> program" salutations in a "notification" part ----
  {
    name: 'Postfix-alike "The Keftamail program" in a Notification part',
    source: 'flufl postfix.py',
    from: 'MAILER-DAEMON@keftamail.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', description: 'Notification', body: 'This is the Keftamail program at host mx.keftamail.example.\n\nI\'m sorry to have to inform you that the message returned\nbelow could not be delivered to one or more destinations.\n\n\t\t\tThe Keftamail program\n\n<jane.doe@keftamail.example>: unknown user: "jane.doe"\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@keftamail.example': 'remove' },
    why: '"unknown user": no such mailbox',
  },
  {
    name: 'SMTP_Gateway "failure reason:" then "<addr>: reason"',
    source: 'flufl postfix.py (rcre)',
    from: 'SMTP_Gateway <MAILER-DAEMON@gw.example.org>',
    subject: 'Undeliverable mail',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', description: 'Notification', body: 'The message below could not be delivered.\n\nFailure reason:\n<jane.doe@gw.example.org>: host mx.gw.example.org said: 550 5.2.1 mailbox disabled, not accepting messages\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@gw.example.org': 'remove' },
    why: '5.2.1 "mailbox disabled, not accepting messages" in a permanent failure: closed for good',
  },
  // ---- qmail.py intro tags (QSBMF-alikes) ----
  {
    name: 'qmail: "Hi. The MTA program at" intro',
    source: 'flufl qmail.py introtags',
    from: 'MAILER-DAEMON@mail.qhost.example',
    subject: 'failure notice',
    body: 'Hi. The MTA program at mail.qhost.example was unable to deliver your message to the following addresses.\nThis is a permanent error.\n\n<jane.doe@qhost.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n' + ORIGINAL,
    expected: { 'jane.doe@qhost.example': 'remove' },
    why: 'qmail "no mailbox here by that name": no such mailbox',
  },
  {
    name: 'returned copy under "--- Below this line is a copy" is never read (its body names a failure)',
    source: 'flufl simplematch.py end markers, BounceParser $Returned_Message_Below',
    from: 'MAILER-DAEMON@mail.qhost.example',
    subject: 'failure notice',
    body: 'Hi. The MTA program at mail.qhost.example was unable to deliver your message to the following addresses.\nThis is a permanent error.\n\n<jane.doe@qhost.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\nFrom: Sales <sales@acme.example>\nSubject: Proposal\n\nIf the download link failed, write to bob.smith@other.example\nbob.smith@other.example: user unknown? No, he is our support desk.\n',
    expected: { 'jane.doe@qhost.example': 'remove' },
    why: 'only the notice\'s own top names failed recipients; the returned copy is the salesperson\'s text',
  },
  {
    name: 'returned copy under "---- START OF RETURNED MESSAGE ----" / "Your message reads" is never read',
    source: 'flufl simplematch.py end markers',
    from: 'MAILER-DAEMON@mx.example.net',
    subject: 'Delivery Notification: Delivery has failed',
    body: 'Your message has encountered delivery problems\nto the local mailbox jane.doe@example-isp.net.\nThe mailbox does not exist.\n\nYour message reads (in part):\n\nFrom: Sales <sales@acme.example>\nSubject: Proposal\n\nOur old address mary@old-vendor.example failed last week; use ours.\n',
    expected: { 'jane.doe@example-isp.net': 'remove' },
    why: 'the quoted message names another address with failure words; it is not a recipient',
  },
  {
    name: 'qmail: "This is the mail delivery agent at" intro, two recipients',
    source: 'flufl qmail.py introtags',
    from: 'MAILER-DAEMON@mx.qhost.example',
    subject: 'failure notice',
    body: 'This is the mail delivery agent at mx.qhost.example.\nI was not able to deliver your message to the following addresses.\n\n<jane.doe@qhost.example>:\n192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <jane.doe@qhost.example>: Recipient address rejected: User unknown\nGiving up on 192.0.2.25.\n\n<pat.roe@qhost.example>:\n192.0.2.25 does not like recipient.\nRemote host said: 552 5.2.2 Mailbox full\nGiving up on 192.0.2.25.\n\n--- Below this line is a copy of the message.\n\n' + ORIGINAL,
    expected: { 'jane.doe@qhost.example': 'remove', 'pat.roe@qhost.example': 'retry' },
    why: 'unknown user is dead; a full mailbox clears',
  },
  {
    name: 'qmail: "Unfortunately, your mail was not delivered" intro',
    source: 'flufl qmail.py introtags',
    from: 'postmaster@mail.qhost.example',
    subject: 'failure notice',
    body: 'Unfortunately, your mail was not delivered to the following address:\n\n<jane.doe@qhost.example>:\nSorry, I couldn\'t find any host named qhost.example. (#5.1.2)\n\n--- Below this line is a copy of the message.\n\n' + ORIGINAL,
    expected: { 'jane.doe@qhost.example': 'remove' },
    why: 'qmail "couldn\'t find any host named" with #5.1.2: the domain does not exist',
  },
  {
    name: 'qmail: "We\'re sorry. There\'s a problem" intro',
    source: 'flufl qmail.py introtags',
    from: 'MAILER-DAEMON@smtp.qhost.example',
    subject: 'failure notice',
    body: 'We\'re sorry. There\'s a problem with the e-mail address(es) you\'re trying to send to. Please verify the address(es) and try again. If you continue to have problems, please contact Customer Support.\n\n<jane.doe@qhost.example>:\nThe e-mail address is not valid, user does not exist.\n\n--- Below this line is a copy of the message.\n\n' + ORIGINAL,
    expected: { 'jane.doe@qhost.example': 'remove' },
    why: '"user does not exist": no such mailbox',
  },
  // ---- simplematch.py start/end marker pairs ----
  {
    name: 'simplematch: "Here is your list of failed recipients"',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery Agent <mailer-daemon@relay.example.net>',
    subject: 'Undeliverable Mail',
    body: 'Here is your List of Failed Recipients\n\n<jane.doe@relay-client.example>\n\n    550 5.1.1 User unknown\n\nHere is your returned mail\n\n' + ORIGINAL,
    expected: { 'jane.doe@relay-client.example': 'remove' },
    why: '5.1.1 user unknown',
  },
  {
    name: 'simplematch: InterScan VirusWall "rcpt to:<addr>"',
    source: 'flufl simplematch.py',
    from: 'postmaster@viruswall.example.com',
    subject: 'Mail could not be delivered',
    body: '****** Message from InterScan E-Mail VirusWall NT ******\n\nSending mail failed.\n\nrcpt to:<jane.doe@vw-client.example>\n550 5.1.1 <jane.doe@vw-client.example>... User unknown\n\n*****************     End of message     ***************\n',
    expected: { 'jane.doe@vw-client.example': 'remove' },
    why: '"User unknown" at RCPT TO',
  },
  {
    name: 'simplematch: "Failed addresses follow:"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@mx.oldmail.example',
    subject: 'Returned mail',
    body: 'Message delivery to the following recipients failed permanently.\n\nFailed addresses follow:\n  jane.doe@oldmail-client.example  ... unknown user\n\nMessage text follows:\n' + ORIGINAL,
    expected: { 'jane.doe@oldmail-client.example': 'remove' },
    why: 'unknown user',
  },
  {
    name: 'simplematch: "machine generated message from mail service"',
    source: 'flufl simplematch.py',
    from: 'Mail Service <postmaster@mail.service.example.jp>',
    subject: 'Undeliverable Message',
    body: 'This is the machine generated message from mail service.\nUnable to deliver message to the following address(es).\n\n<jane.doe@service.example.jp>\n   550 Host unknown\n\n--- Below the next line is a copy of the message.\n' + ORIGINAL,
    expected: { 'jane.doe@service.example.jp': 'remove' },
    why: '550 host unknown: the domain does not exist',
  },
  {
    name: 'simplematch: "did NOT receive a copy of your message:" with "> addr"',
    source: 'flufl simplematch.py',
    from: 'Mail Server <postmaster@ms.example.org>',
    subject: 'Undeliverable mail',
    body: 'The following addresses did NOT receive a copy of your message:\n\n> jane.doe@ms.example.org\n\n--- Session Transcript ---\n RCPT TO:<jane.doe@ms.example.org>\n 550 No such user\n--- End Transcript ---\n',
    expected: { 'jane.doe@ms.example.org': 'remove' },
    why: '"No such user" at RCPT',
  },
  {
    name: 'simplematch: "Undeliverable Address:" label',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery Service <mailer-daemon@mds.example.com>',
    subject: 'Undeliverable Mail',
    body: 'Undeliverable Address: jane.doe@mds-client.example\nReason: Mailbox does not exist\n\nOriginal message attached\n',
    expected: { 'jane.doe@mds-client.example': 'remove' },
    why: '"Mailbox does not exist"',
  },
  {
    name: 'simplematch: "addressed to \'addr\'" before START OF RETURNED MESSAGE',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery System <MAILER-DAEMON@mta.example.net>',
    subject: 'Mail delivery failed',
    body: 'This message was created automatically by mail delivery software.\n\nA message that you sent, addressed to \'jane.doe@mta-client.example\', could not be\ndelivered: the recipient\'s mailbox does not exist.\n\n---- START OF RETURNED MESSAGE ----\n' + ORIGINAL,
    expected: { 'jane.doe@mta-client.example': 'remove' },
    why: '"mailbox does not exist"',
  },
  {
    name: 'simplematch: "User\'s mailbox is full: <addr>"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@mbox.example.com',
    subject: 'Mail delivery failure',
    body: 'User\'s mailbox is full: <jane.doe@mbox-client.example>\nUnable to deliver mail.\n',
    expected: { 'jane.doe@mbox-client.example': 'retry' },
    why: 'a full mailbox clears',
  },
  {
    name: 'simplematch: "could not be delivered to the following user:" … "Old message:"',
    source: 'flufl simplematch.py',
    from: 'Postmaster <postmaster@webmail.example.com>',
    subject: 'Delivery failure',
    body: 'The email below could not be delivered to the following user:\n\n<jane.doe@webmail-client.example>  (user does not exist)\n\nOld message:\n' + ORIGINAL,
    expected: { 'jane.doe@webmail-client.example': 'remove' },
    why: '"user does not exist"',
  },
  {
    name: 'simplematch: "Unable to deliver message to the following address(es)." "<addr>:"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@mx.example.net',
    subject: 'Failure Notice',
    body: 'Sorry, we were unable to deliver your message to the following address.\n\nUnable to deliver message to the following address(es).\n\n<jane.doe@mx-client.example>:\n554 delivery error: dd This user doesn\'t have an account here - mx-client.example\n\n--- Original message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@mx-client.example': 'remove' },
    why: '"doesn\'t have an account here": no such account',
  },
  {
    name: 'simplematch: "Delivery to the following recipients was aborted" with "*" bullets',
    source: 'flufl simplematch.py',
    from: 'Mail Server <postmaster@lotus.example.com>',
    subject: 'Delivery Failure',
    body: 'Delivery to the following recipients was aborted after 3 attempts:\n\n  * jane.doe@lotus-client.example\n\nDelivery Failure Report\nFailure Reason: User jane.doe not listed in public Name & Address Book\n',
    expected: { 'jane.doe@lotus-client.example': 'remove' },
    why: 'Domino "not listed in … Address Book": no such user',
  },
  {
    name: 'simplematch: "Your message" … "because:" (Lotus)',
    source: 'flufl simplematch.py',
    from: 'Mail Router <postmaster@notes.example.com>',
    subject: 'DELIVERY FAILURE: User jane.doe not listed',
    body: 'Your message\n\n  Subject: Proposal\n\nwas not delivered to:\n\n  jane.doe@notes.example.com\n\nbecause:\n\n  User jane.doe (jane.doe@notes.example.com) not listed in Domino Directory\n',
    expected: { 'jane.doe@notes.example.com': 'remove' },
    why: 'not listed in Domino Directory: no such user',
  },
  {
    name: 'simplematch: "Sorry, unable to deliver your message to"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@relay.example.org',
    subject: 'Undeliverable',
    body: 'Sorry, unable to deliver your message to jane.doe@relay-client.example for the following reason:\n\n  550 Requested action not taken: mailbox unavailable (no such user)\n\nA copy of the original message below this line:\n' + ORIGINAL,
    expected: { 'jane.doe@relay-client.example': 'remove' },
    why: '"no such user"',
  },
  {
    name: 'simplematch: "A message could not be delivered to:" … "Subject:"',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery Subsystem <mailer-daemon@mail.example.com>',
    subject: 'Message not delivered',
    body: 'A message could not be delivered to:\n\n   jane.doe@mail-client.example\n\nThe account has been closed.\n\nSubject: Proposal\n',
    expected: { 'jane.doe@mail-client.example': 'remove' },
    why: 'a closed account is gone for good',
  },
  {
    name: 'simplematch: "Invalid final delivery userid:"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@vm.example.edu',
    subject: 'Undeliverable mail',
    body: 'Invalid final delivery userid: jane.doe@vm.example.edu\n\nOriginal message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@vm.example.edu': 'remove' },
    why: 'an invalid user id is an unknown user',
  },
  {
    name: 'simplematch: "Unable to deliver message to <addr>" … "End of message"',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery Agent <postmaster@mda.example.org>',
    subject: 'Undeliverable message',
    body: 'Unable to deliver message to <jane.doe@mda-client.example>.\nThe mailbox does not exist on this server.\n\n***************** End of message ***************\n',
    expected: { 'jane.doe@mda-client.example': 'remove' },
    why: '"mailbox does not exist"',
  },
  {
    name: 'simplematch: "x - no such user here" … "There is no user"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@nsu.example.net',
    subject: 'Returned mail',
    body: 'jane.doe@nsu-client.example - no such user here.\n\nThere is no user by that name at this server.\n',
    expected: { 'jane.doe@nsu-client.example': 'remove' },
    why: '"no such user"',
  },
  {
    name: 'simplematch: "------ Failed Recipients ------"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@mx.example.com',
    subject: 'Returned mail',
    body: 'Your message could not be delivered.\n\n------ Failed Recipients ------\n<jane.doe@fr-client.example>: Requested action not taken: mailbox unavailable. No such user here.\n\n-------- Returned Mail --------\n' + ORIGINAL,
    expected: { 'jane.doe@fr-client.example': 'remove' },
    why: '"No such user here"',
  },
  {
    name: 'simplematch: "--> Error description:" "Error-for:"',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery System <MAILER-DAEMON@mta.example.de>',
    subject: 'Unzustellbar',
    body: '--> Error description:\nError-Type: error\nError-for: jane.doe@mta-client.example.de\nError-Text: Empfänger unbekannt (550 5.1.1 User unknown)\nError-End: One error reported.\n',
    expected: { 'jane.doe@mta-client.example.de': 'remove' },
    why: 'Empfänger unbekannt / 5.1.1: no such user',
  },
  {
    name: 'simplematch: "Your message has encountered delivery problems" "addressed to x"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@mx.example.net',
    subject: 'Delivery Notification: Delivery has failed',
    body: 'Your message has encountered delivery problems\nto the local mailbox jane.doe@example-isp.net.\n\nYour message was addressed to jane.doe@example-isp.net\n and failed: User unknown.\n\nYour message reads (in part):\n' + ORIGINAL,
    expected: { 'jane.doe@example-isp.net': 'remove' },
    why: '"User unknown"',
  },
  {
    name: 'simplematch: "This is the deliver program at"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@deliver.example.org',
    subject: 'Mail failure',
    body: 'This is the deliver program at deliver.example.org.\nI could not deliver your message to the following address:\n\njane.doe@deliver.example.org\n   mailbox unknown\n\n--- Below this line is a copy of the message.\n' + ORIGINAL,
    expected: { 'jane.doe@deliver.example.org': 'remove' },
    why: '"mailbox unknown": no such mailbox',
  },
  {
    name: 'simplematch: "this is the email server at" … "x@y, reason"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@es.example.net',
    subject: 'Undeliverable message',
    body: 'Hello, this is the email server at es.example.net.\n\nI was unable to deliver your message to jane.doe@es-client.example, because the address does not exist.\n\n-----\n' + ORIGINAL,
    expected: { 'jane.doe@es-client.example': 'remove' },
    why: '"the address does not exist"',
  },
  {
    name: 'simplematch: "The following address failed:" "<addr>"',
    source: 'flufl simplematch.py',
    from: 'Mail System <mailer-daemon@mail.example.co.uk>',
    subject: 'Delivery failure',
    body: 'The following address failed:\n\n   <jane.doe@uk-client.example>\n\nReason: recipient no longer on server\n\nIncluded is a copy of the message header:\n' + ORIGINAL,
    expected: { 'jane.doe@uk-client.example': 'remove' },
    why: '"recipient no longer on server" (me.com wording in BounceParser): gone',
  },
  {
    name: 'simplematch: "The following recipient(s) could not be reached" … "Error Type"',
    source: 'flufl simplematch.py',
    from: 'System Administrator <postmaster@wp.example.com>',
    subject: 'Undeliverable',
    body: 'The following recipient(s) could not be reached:\n\njane.doe@wp-client.example\n   Error Type: SMTP\n   Remote server replied: 550 5.1.1 Recipient address rejected: User unknown in local recipient table\n',
    expected: { 'jane.doe@wp-client.example': 'remove' },
    why: '5.1.1 user unknown',
  },
  {
    name: 'simplematch: "Could not deliver message to the following recipient" "Failed Recipient:"',
    source: 'flufl simplematch.py',
    from: 'MAILER-DAEMON@gate.example.net',
    subject: 'Delivery failure',
    body: 'Could not deliver message to the following recipient(s):\n\nFailed Recipient: jane.doe@gate-client.example\nReason: Remote host said: 550 5.1.1 The email account that you tried to reach does not exist\n\n   -- The header and top 20 lines of the message follows --\n' + ORIGINAL,
    expected: { 'jane.doe@gate-client.example': 'remove' },
    why: '5.1.1 account does not exist',
  },
  {
    name: 'simplematch / Yale: "Message not delivered to the following addresses" … "Error detail"',
    source: 'flufl simplematch.py, yale.py',
    from: 'MAILER-DAEMON@mail.example.edu',
    subject: 'Undeliverable mail',
    body: 'Message not delivered to the following addresses:\n\n    jane.doe@mail.example.edu     mailbox unknown\n\nError detail:\n   550 5.1.1 unknown or illegal alias: jane.doe@mail.example.edu\n',
    expected: { 'jane.doe@mail.example.edu': 'remove' },
    why: 'unknown alias, 5.1.1',
  },
  {
    name: 'simplematch: "A message that you sent was rejected"',
    source: 'flufl simplematch.py',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    subject: 'Mail delivery failed',
    body: 'A message that you sent was rejected by the local scanning code that checks incoming messages on this system.\n\nThe following address was rejected: jane.doe@scan-client.example\nReason: 550 Message rejected as spam by Content Filtering\n\nThis is a copy of your message, including all the headers.\n' + ORIGINAL,
    expected: { 'jane.doe@scan-client.example': 'fix-sending' },
    why: 'refused as spam: the content, not the address',
  },
  // ---- sina.py ----
  {
    name: 'Sina: "<addr>" lines in the first part, Chinese text',
    source: 'flufl sina.py',
    from: 'mailer-daemon@sina.com',
    subject: '系统退信',
    multipart: 'mixed',
    body: [
      { type: 'text/plain; charset=utf-8', body: '您好，您发送的邮件被退回，以下是退信原因：\n\n<jane.doe@sina-client.example.cn>\n收件人地址不存在 (550 5.1.1 user not exist)\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@sina-client.example.cn': 'remove' },
    why: 'the recipient address does not exist',
  },
  // ---- smtp32.py (IMail) ----
  {
    name: 'SMTP32 / IMail: "unknown user:" and "undeliverable to"',
    source: 'flufl smtp32.py',
    from: 'Postmaster <postmaster@imail.example.com>',
    subject: 'Undeliverable Mail',
    headers: ['X-Mailer: <SMTP32 v8.15>'],
    body: 'Unknown user: jane.doe@imail.example.com\n\nRCPT TO generated following response:\n550 No such user\n\nOriginal message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@imail.example.com': 'remove' },
    why: '"Unknown user" / "No such user"',
  },
  {
    name: 'SMTP32 / IMail: "User mailbox exceeds allowed size:"',
    source: 'flufl smtp32.py',
    from: 'Postmaster <postmaster@imail.example.com>',
    subject: 'Undeliverable Mail',
    headers: ['X-Mailer: <SMTP32 v8.15>'],
    body: 'User mailbox exceeds allowed size: pat.roe@imail.example.com\n\nOriginal message follows.\n' + ORIGINAL,
    expected: { 'pat.roe@imail.example.com': 'retry' },
    why: 'a full mailbox clears',
  },
  {
    name: 'SMTP32 / IMail: "Delivery failed 3 attempts:" then the RCPT response',
    source: 'flufl smtp32.py ("delivery failed …:")',
    from: 'Postmaster <postmaster@imail.example.com>',
    subject: 'Undeliverable Mail',
    headers: ['X-Mailer: <SMTP32 v8.22>'],
    body: 'Delivery failed 3 attempts: jane.doe@remote-imail.example\n\nRCPT TO generated following response:\n550 5.1.1 Mailbox does not exist\n\nOriginal message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@remote-imail.example': 'remove' },
    why: '"Mailbox does not exist" at RCPT',
  },
  {
    name: 'SMTP32 / IMail: "undeliverable to" with a host failure',
    source: 'flufl smtp32.py ("undeliverable to")',
    from: 'Postmaster <postmaster@imail.example.com>',
    subject: 'Undeliverable Mail',
    headers: ['X-Mailer: <SMTP32 v8.22>'],
    body: 'Message undeliverable to jane.doe@nohost-imail.example\n\nHost not found: nohost-imail.example (no MX or A record)\n\nOriginal message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@nohost-imail.example': 'remove' },
    why: 'the domain has no mail host: dead',
  },
  {
    name: 'Postfix-alike "The BNS Postfix program"',
    source: 'flufl postfix.py (bns)',
    from: 'MAILER-DAEMON@bns.example.net (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    multipart: 'mixed',
    body: [
      { type: 'text/plain', description: 'Notification', body: 'This is the BNS Postfix program at host bns.example.net.\n\nI\'m sorry to have to inform you that the message returned\nbelow could not be delivered to one or more destinations.\n\n\t\t\tThe BNS Postfix program\n\n<jane.doe@bns-client.example>: host mx.bns-client.example[192.0.2.7] said: 550\n    5.7.1 Message rejected as spam by Content Filtering (in reply to end of DATA command)\n' },
      { type: 'message/rfc822', body: ORIGINAL },
    ],
    expected: { 'jane.doe@bns-client.example': 'fix-sending' },
    why: 'refused as spam after DATA: the content, not the address',
  },
  {
    name: 'qmail: "Check your send e-mail address." intro',
    source: 'flufl qmail.py introtags',
    from: 'MAILER-DAEMON@qmail.isp.example',
    subject: 'failure notice',
    body: 'Check your send e-mail address. Your message could not be delivered to the following address:\n\n<jane.doe@isp-q.example>:\nThis address no longer accepts mail.\n\n--- Below this line is a copy of the message.\n\n' + ORIGINAL,
    expected: { 'jane.doe@isp-q.example': 'remove' },
    why: '"no longer accepts mail" in a permanent failure: the mailbox is closed',
  },
  // ---- yahoo.py: "Message from yahoo.com." ----
  {
    name: 'Yahoo (old): "Message from yahoo.com." then "<addr>:"',
    source: 'flufl yahoo.py',
    from: 'MAILER-DAEMON@yahoo.com',
    subject: 'failure delivery',
    body: 'Message from yahoo.com.\nUnable to deliver message to the following address(es).\n\n<jane.doe@yahoo.com>:\nSorry, your message to jane.doe@yahoo.com cannot be delivered.  This account has been disabled or discontinued [#102].\n\n--- Original message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@yahoo.com': 'remove' },
    why: 'Yahoo "account has been disabled or discontinued": closed for good',
  },
  {
    name: 'Yahoo (old): "This user doesn\'t have a yahoo.com account"',
    source: 'flufl yahoo.py, BounceParser _std_reason (Yahoo!)',
    from: 'MAILER-DAEMON@yahoo.co.uk',
    subject: 'failure delivery',
    body: 'Message from yahoo.co.uk.\nUnable to deliver message to the following address(es).\n\n<jane.doe@yahoo.co.uk>:\n554 delivery error: dd This user doesn\'t have a yahoo.co.uk account (jane.doe@yahoo.co.uk) [0] - mta1.mail.example.yahoo.com\n\n--- Original message follows.\n' + ORIGINAL,
    expected: { 'jane.doe@yahoo.co.uk': 'remove' },
    why: 'no such Yahoo account',
  },
  // ---- BounceParser p_aol_senderblock: AOL Mail Controls refuse the sender ----
  {
    name: 'AOL AirMail sender block: "not accepting mail from" the sender',
    source: 'BounceParser p_aol_senderblock',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>',
    subject: 'Returned mail: Mail Controls',
    headers: ['Mailer: AirMail [v90_r2.4]'],
    body: 'Sorry sales@acme.example. Your mail to the following recipients could not be delivered because they are not accepting mail from sales@acme.example:\n\n    jsmith4711\n\n',
    expected: { 'jsmith4711@aol.com': 'fix-sending' },
    why: 'the recipient refuses this sender: the address is alive',
  },
  // ---- the "did not receive this message" / address-then-reason layouts in other languages ----
  {
    name: 'French: "n\'ont pas reçu ce message", then "Motif :"',
    source: 'flufl caiwireless.py layout, localised',
    from: 'postmaster@mail.exemple.fr',
    subject: 'Message non distribué',
    body: 'Les destinataires suivants n\'ont pas reçu ce message :\n\n     <jeanne.dupont@exemple.fr>\n\nMotif : utilisateur inconnu\n',
    expected: { 'jeanne.dupont@exemple.fr': 'remove' },
    why: '"utilisateur inconnu": no such user',
  },
  {
    name: 'German: address alone, "Grund: Postfach voll"',
    source: 'flufl simplematch.py layout, localised',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.beispiel.de>',
    subject: 'Unzustellbar: Angebot',
    body: 'Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n  erika.muster@beispiel.de\n\nGrund: Postfach voll (552 5.2.2)\n',
    expected: { 'erika.muster@beispiel.de': 'retry' },
    why: 'a full mailbox clears',
  },
  {
    name: 'Italian: address alone, "Motivo: utente sconosciuto"',
    source: 'flufl simplematch.py layout, localised',
    from: 'Mail Delivery System <MAILER-DAEMON@posta.esempio.it>',
    subject: 'Messaggio non recapitato',
    body: 'Il messaggio non è stato recapitato ai seguenti destinatari:\n\n  mario.rossi@esempio.it\n\nMotivo: utente sconosciuto\n',
    expected: { 'mario.rossi@esempio.it': 'remove' },
    why: '"utente sconosciuto": no such user',
  },
  {
    name: 'Spanish: "no recibieron este mensaje", reason under the address',
    source: 'flufl caiwireless.py layout, localised',
    from: 'Administrador de correo <postmaster@correo.ejemplo.es>',
    subject: 'Mensaje no entregado',
    body: 'Los siguientes destinatarios no recibieron este mensaje:\n\n  <juan.perez@ejemplo.es>\n\nMotivo: el usuario no existe\n',
    expected: { 'juan.perez@ejemplo.es': 'remove' },
    why: '"el usuario no existe": no such user',
  },
  {
    name: 'English: "Your message to" / address / failure sentence under it',
    source: 'flufl simplewarning.py "Your message to:" layout, as a failure',
    from: 'MAILER-DAEMON@mail.example.org',
    subject: 'Undeliverable mail',
    body: 'Your message to\n\n  jane.doe@example-org.example\n\ncould not be delivered: the mailbox does not exist.\n',
    expected: { 'jane.doe@example-org.example': 'remove' },
    why: '"mailbox does not exist"',
  },
  {
    name: 'X-Failed-Recipients with two addresses, Italian body naming one cause',
    source: 'flufl exim.py',
    from: 'Mail Delivery System <Mailer-Daemon@mx.esempio.it>',
    subject: 'Mail delivery failed: returning message to sender',
    headers: ['X-Failed-Recipients: mario.rossi@esempio.it,', ' luigi.verdi@esempio.it'],
    body: 'Ciao, questo è il server di posta mx.esempio.it.\n\n  mario.rossi@esempio.it\n    550 5.1.1 utente sconosciuto\n\nSi prega di verificare gli indirizzi.\n',
    expected: { 'mario.rossi@esempio.it': 'remove', 'luigi.verdi@esempio.it': 'retry' },
    why: 'both listed as failed; only the first has a cause (unknown user), the other is not known dead',
  },
  // ---- BounceParser p_plain_smtp_transcript (sendmail text) ----
  {
    name: 'sendmail text: permanent fatal errors + transcript',
    source: 'BounceParser p_plain_smtp_transcript',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>',
    subject: 'Returned mail: see transcript for details',
    body: 'The original message was received at Mon, 3 Nov 2025 09:59:00 GMT\nfrom sales@acme.example\n\n   ----- The following addresses had permanent fatal errors -----\n<jane.doe@sm-client.example>\n    (expanded from: <jane@sm-client.example>)\n\n   ----- Transcript of session follows -----\n... while talking to smtp.sm-client.example.:\n>>> RCPT To:<jane.doe@sm-client.example>\n<<< 550 <jane.doe@sm-client.example>... User unknown\n550 <jane.doe@sm-client.example>... User unknown\n\n   ----- Message header follows -----\n' + ORIGINAL,
    // The contact is the alias the user wrote to; the expansion is kept as finalRecipient (types.ts, original-recipient.test.ts).
    expected: { 'jane@sm-client.example': 'remove' },
    why: 'User unknown at RCPT',
  },
  // ---- BounceParser _std_reason: user_unknown wordings ----
  ...reasonRows('user unknown wording', 'remove', 'BounceParser _std_reason user_unknown', [
    'not our customer',
    'is not a known user on this system',
    'address is administratively disabled',
    'No mailbox found',
    'jane.doe@rs-client.example is a deactivated mailbox',
    'user mail-box not found',
    'No mail box available for this user',
    'User [jane.doe@rs-client.example] does not exist',
    'not an active address at this host',
    'BAD_RECIPIENT',
    'Sorry, mailfoundry doesn\'t handle mail for that user',
    'Recipient does not exist on this system',
    'Esta casilla ha expirado por falta de uso',
  ]),
  // ---- BounceParser / bounce_email: mailbox full wordings (not dead) ----
  ...reasonRows('mailbox full wording', 'retry', 'BounceParser _std_reason over_quota, bounce_email 5.2.2', [
    'Benutzer hat zuviele Mails auf dem Server',
    'The recipient has exceeded its disk space limit',
    'user has exhausted allowed storage space',
    'too many messages on the server',
    'Mailbox quota usage exceeded',
  ]),
  // ---- BounceParser _std_reason spam wordings ----
  ...reasonRows('spam wording', 'fix-sending', 'BounceParser _std_reason spam', [
    'Blocked by SpamAssassin',
    'message looks like SPAM to me',
    'Spam score (12.3) too high',
    'Message refused by MailMarshal SpamProfiler',
    'Your email appears similar to spam we have received before',
    'This message scored 9.8 spam points and has been rejected',
    'Mail appears to be unsolicited',
  ]),
  ...reasonRows('more user unknown wording', 'remove', 'BounceParser _std_reason user_unknown, bounce_email 5.1.1', [
    'Unrouteable address',
    'inactive user',
    'address jane.doe@rs-client.example not known here',
    'This user doesn\'t have a example.com account',
  ]),
  // qmail says this of any refusal at RCPT; the cause is in the remote's words that follow it.
  ...reasonRows('qmail refusal without the remote\'s words', 'retry', 'bounce_email 5.1.1 ("does not like recipient")', [
    'does not like recipient.',
  ]),
  ...reasonRows('dead domain wording', 'remove', 'BounceParser _std_reason domain_error, bounce_email 5.1.2', [
    'No such domain at this location',
    'Host unknown',
    'Sorry, I couldn\'t find any host named rs-client.example. (#5.1.2)',
    'PERM_FAILURE: DNS Error: Domain name not found',
  ]),
  ...reasonRows('unreachable host wording', 'retry', 'BounceParser _std_reason domain_error (timeouts), bounce_email 4.4.7 / 5.3.2', [
    'Connection refused',
    'Connection timed out',
    'retry timeout exceeded',
    'Could not initiate SMTP conversation with any hosts',
  ]),
  ...reasonRows('more spam wording', 'fix-sending', 'BounceParser _std_reason spam', [
    'identified SPAM, message permanently rejected',
    'Message content rejected, UBE, id=12345-02',
    'Blocked using spam pattern',
    'Your email had spam-like header contents',
    'Denied due to spam list',
    'matches a profile the Internet community may consider spam',
    'SPAM NOT ACCEPTED',
    'Client host [192.0.2.10] blocked using zen.spamhaus.org',
  ]),
  ...reasonRows('size wording', 'fix-sending', 'BounceParser _std_reason message_too_large', [
    'Message Rejected Class=size',
  ]),
  // Exchange's per-recipient size limit is Sisimai's exceedlimit (mesg-too-big.ts `unless`): the same
  // message fails again and a smaller one goes through, so it is the sender's to fix (verdict.ts).
  ...reasonRows('per-recipient size limit', 'fix-sending', 'BounceParser _std_reason message_too_large', [
    'RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
  ]),
  ...reasonRows('policy wording', 'fix-sending', 'bounce_email 5.5.0 / 98', [
    'OU-002 Mail rejected by Windows Live Hotmail for policy reasons',
    'Unzulässiger Anhang: die Nachricht enthält eine ausführbare Datei',
  ]),
]

/**
 * The DSN shapes the peers' DSN readers accept (flufl.bounce dsn.py: Original- before Final-Recipient,
 * a "<x>" recipient without a type; bounced.py: multi-line Diagnostic-Code, X.400 recipients;
 * BounceParser: "Status: 5.1.1 (permanent failure)", "Action: failed" with a comment, DSN fields in a
 * text/plain part; mikel/mail: `bounced?` is Action failed, `retryable?` a status other than 5.x.x).
 */
function dsnRows(): Row[] {
  const dsn = (name: string, source: string, fields: string, expected: Record<string, Verdict>, why: string, textPart = false): Row => ({
    name,
    source,
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.dsn.example>',
    subject: 'Returned mail: see transcript for details',
    multipart: textPart ? 'mixed' : 'report',
    body: textPart
      ? [
          { type: 'text/plain', body: `This is a delivery status notification.\n\n${fields}` },
          { type: 'message/rfc822', body: ORIGINAL },
        ]
      : [
          { type: 'text/plain', body: 'The original message could not be delivered to one or more recipients.\n' },
          { type: 'message/delivery-status', body: fields },
          { type: 'text/rfc822-headers', body: ORIGINAL },
        ],
    expected,
    why,
  })
  return [
    dsn('DSN: Original-Recipient differs from Final-Recipient', 'flufl dsn.py (original-recipient first)',
      'Reporting-MTA: dns; mx.dsn.example\n\nOriginal-Recipient: rfc822;jane@alias.example\nFinal-Recipient: rfc822;jdoe@mailhost.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <jdoe@mailhost.example>: Recipient address rejected: User unknown\n',
      { 'jane@alias.example': 'remove' }, 'the address written to is the original one; its final mailbox does not exist'),
    dsn('DSN: recipient "<x>" without an address type', 'flufl dsn.py (params in angle brackets)',
      'Reporting-MTA: dns; mx.dsn.example\n\nFinal-Recipient: <jane.doe@notype.example>\nAction: failed\nStatus: 5.1.1\n',
      { 'jane.doe@notype.example': 'remove' }, '5.1.1: no such mailbox'),
    dsn('DSN: multi-line Diagnostic-Code', 'bounced.py get_diagnostic_code',
      'Reporting-MTA: dns; mx.dsn.example\n\nFinal-Recipient: rfc822; jane.doe@gmail-like.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n    550-5.1.1 not exist. Please try double-checking the recipient\'s email\n    550 5.1.1 address for typos or unnecessary spaces.\n',
      { 'jane.doe@gmail-like.example': 'remove' }, '5.1.1: the account does not exist'),
    dsn('DSN: "Status: 5.2.2 (permanent failure)", "Action: failed (mailbox full)"', 'BounceParser (status comment stripped, first word of Action)',
      'Reporting-MTA: dns; mx.dsn.example\n\nFinal-Recipient: RFC822; pat.roe@full.example\nAction: failed (mailbox full)\nStatus: 5.2.2 (permanent failure)\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded\n',
      { 'pat.roe@full.example': 'retry' }, 'a full mailbox clears'),
    dsn('DSN: Action failed with a 4.x.x status (expired in the queue)', 'mikel/mail Part#retryable?',
      'Reporting-MTA: dns; mx.dsn.example\n\nFinal-Recipient: rfc822; jane.doe@slow.example\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.7 Message expired: unable to deliver in 120 hours\n',
      { 'jane.doe@slow.example': 'retry' }, 'a 4.x.x status is temporary: the host was unreachable, the address is not known dead'),
    dsn('DSN: a failed and a relayed recipient', 'flufl dsn.py (only failed and delayed actions count)',
      'Reporting-MTA: dns; mx.dsn.example\n\nFinal-Recipient: rfc822; jane.doe@mixed.example\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; john.roe@mixed.example\nAction: relayed\nStatus: 2.0.0\n',
      { 'jane.doe@mixed.example': 'remove', 'john.roe@mixed.example': 'none' }, 'the relayed recipient is not a failure'),
    dsn('DSN fields inside a text/plain part of multipart/mixed', 'BounceParser (multipart, text/plain parts), flanker _collect_headers',
      'Reporting-MTA: dns; mx.dsn.example\n\nFinal-Recipient: rfc822; jane.doe@inline.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user\n',
      { 'jane.doe@inline.example': 'remove' }, '5.1.1 no such user', true),
  ]
}

/**
 * Exchange 2000/2003's text NDR as flufl.bounce exchange.py and BounceParser p_ims read it ("x on
 * <date>" under "could not be reached", the user-facing sentence, then "<host #x.y.z>"), with the
 * sentences Exchange writes per status.
 */
function exchangeTextRows(): Row[] {
  const rows: [string, string, Verdict, string][] = [
    ['The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.', '5.1.1', 'remove', 'no such account'],
    ["The recipient's mailbox is full and can't accept messages now. Microsoft Exchange will not try to redeliver this message for you.", '5.2.2', 'retry', 'a full mailbox clears'],
    ['You do not have permission to send to this recipient.  For assistance, contact your system administrator.', '5.7.1', 'fix-sending', 'the sender is not allowed: the address is alive'],
    ['Could not deliver the message in the time limit specified.  Please retry or contact your administrator.', '4.4.7', 'retry', 'the host could not be reached in time'],
    ['The message was rejected because it is too large.', '5.3.4', 'fix-sending', 'send a smaller message'],
    ['The e-mail system was unable to deliver the message, but did not report a specific reason.  Check the address and try again.', '5.0.0', 'retry', 'no cause given: not known dead'],
  ]
  return rows.map(([sentence, code, verdict, why], i) => ({
    name: `Exchange 2000 text NDR, #${code}`,
    source: 'flufl exchange.py, BounceParser p_ims',
    from: 'System Administrator <postmaster@mail.exch-client.example>',
    subject: 'Undeliverable: Proposal',
    headers: ['X-Mailer: Internet Mail Service (6.0.6249.0)'],
    body: `Your message did not reach some or all of the intended recipients.\n\n      Subject:\tProposal\n      Sent:\t11/3/2025 9:58 AM\n\nThe following recipient(s) could not be reached:\n\n      user${i}@exch-client.example on 11/3/2025 10:00 AM\n            ${sentence}\n            <mail1.exch-client.example #${code}>\n`,
    expected: { [`user${i}@exch-client.example`]: verdict },
    why,
  }))
}

/** One DSN per wording: Status 5.0.0, the wording in the Diagnostic-Code (no SMTP command). */
function reasonRows(family: string, verdict: Verdict, source: string, words: string[]): Row[] {
  return words.map((w, i) => {
    const to = `rcpt${i}@rs-client.example`
    const text = w.replace('jane.doe@rs-client.example', to)
    return {
      name: `${family}: "${w}"`,
      source,
      from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.rs.example>',
      subject: 'Delivery Status Notification (Failure)',
      multipart: 'report' as const,
      body: [
        { type: 'text/plain', body: `Delivery to the following recipient failed permanently:\n\n     ${to}\n` },
        { type: 'message/delivery-status', body: `Reporting-MTA: dns; mx.rs.example\n\nFinal-Recipient: rfc822; ${to}\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 ${text}\n` },
        { type: 'text/rfc822-headers', body: ORIGINAL },
      ],
      expected: { [to]: verdict },
      why: `${family}: ${verdict}`,
    }
  })
}

/** Warnings: the server still tries. The notice is a delay; each recipient is `pending`, never `remove`. */
const WARNINGS: Row[] = [
  {
    name: 'simplewarning: "not yet been delivered" … "No action is required"',
    source: 'flufl simplewarning.py',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.warn.example>',
    subject: 'Warning: message delayed',
    body: 'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.warn.example.\n\nThe address to which the message has not yet been delivered is:\n\n  jane.doe@warn-client.example\n    Delay reason: SMTP error from remote mail server after RCPT TO:<jane.doe@warn-client.example>:\n    451 4.2.0 Mailbox temporarily unavailable\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered.\n',
    expected: { 'jane.doe@warn-client.example': 'pending' },
    why: 'a delay warning: the server still tries',
  },
  {
    name: 'simplewarning: "Your message to:" … "This is just a warning"',
    source: 'flufl simplewarning.py',
    from: 'postmaster@queue.warn.example',
    subject: 'Delivery delayed',
    body: 'Your message to:\n\n   jane.doe@warn-client.example\n\nhas not been delivered yet. The remote server did not respond (connection timed out).\nThis is just a warning, you do not need to take any action. We will keep trying for 5 days.\n',
    expected: { 'jane.doe@warn-client.example': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'simplewarning: "Your message with Subject:" … "Delivery attempts will continue"',
    source: 'flufl simplewarning.py',
    from: 'Mail Delivery Subsystem <mailer-daemon@gmail-like.example>',
    subject: 'Delivery Status Notification (Delay)',
    body: 'This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nYour message with Subject: Proposal\nto jane.doe@warn-client.example has been delayed.\n\nDelivery attempts will continue to be made for 2 days.\n',
    expected: { 'jane.doe@warn-client.example': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'simplewarning: "Delivery to the following recipient has been delayed"',
    source: 'flufl simplewarning.py, bounce_email 4.2.0',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.example>',
    subject: 'Delivery Status Notification (Delay)',
    body: 'This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     jane.doe@warn-client.example\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect.\n',
    expected: { 'jane.doe@warn-client.example': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'simplewarning: "This is an advisory-only email" "…" has been postponed',
    source: 'flufl simplewarning.py',
    from: 'Postmaster <postmaster@advisory.example.com>',
    subject: 'Delivery delayed: Proposal',
    body: 'This is an advisory-only email. Please do not reply to it.\n\nDelivery of your message to "jane.doe@warn-client.example" has been postponed because the destination server is busy. Delivery will be attempted again automatically.\n',
    expected: { 'jane.doe@warn-client.example': 'pending' },
    why: 'postponed, still trying',
  },
  {
    name: 'BounceParser Not_An_Error: "transient error", will retry (French)',
    source: 'BounceParser Not_An_Error',
    from: 'MAILER-DAEMON@relais.exemple.fr',
    subject: 'Avertissement : remise différée',
    body: 'Ceci est un avertissement : une erreur temporaire (transient error) empêche la remise de votre message à\n\n  jane.doe@client.exemple.fr\n\n421 4.4.2 Connexion interrompue. Le serveur réessaiera pendant 4 jours.\nAucune action n\'est nécessaire de votre part.\n',
    expected: { 'jane.doe@client.exemple.fr': 'pending' },
    why: 'a temporary error with a retry: still trying',
  },
  {
    name: 'German warning: address alone, "wird erneut versucht"',
    source: 'flufl simplewarning.py, localised',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.beispiel.de>',
    subject: 'Warnung: Nachricht verzögert',
    body: 'Dies ist eine Warnung. Ihre Nachricht an\n\n  erika.muster@beispiel.de\n\nkonnte bisher nicht zugestellt werden (451 4.3.0 Postfach vorübergehend nicht erreichbar).\nDie Zustellung wird erneut versucht. Sie müssen nichts unternehmen.\n',
    expected: { 'erika.muster@beispiel.de': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'Italian warning: "è stata ritardata", "verrà ritentata"',
    source: 'flufl simplewarning.py, localised',
    from: 'Mail Delivery System <MAILER-DAEMON@posta.esempio.it>',
    subject: 'Avviso: consegna ritardata',
    body: 'Questo è solo un avviso, non è necessario inviare di nuovo il messaggio.\n\nLa consegna del messaggio al seguente destinatario è stata ritardata:\n\n  mario.rossi@esempio.it\n\nLa consegna verrà ritentata per altri 3 giorni.\n',
    expected: { 'mario.rossi@esempio.it': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'Spanish warning: "se ha retrasado", "se volverá a intentar"',
    source: 'flufl simplewarning.py, localised',
    from: 'Sistema de correo <MAILER-DAEMON@correo.ejemplo.es>',
    subject: 'Aviso: entrega retrasada',
    body: 'La entrega de su mensaje al siguiente destinatario se ha retrasado:\n\n  juan.perez@ejemplo.es\n\nNo se pudo conectar con el servidor de destino. Se volverá a intentar durante 2 días.\n',
    expected: { 'juan.perez@ejemplo.es': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'French warning: "pas encore pu être remis", "Nouvelle tentative"',
    source: 'flufl simplewarning.py, localised',
    from: 'MAILER-DAEMON@relais.exemple.fr',
    subject: 'Avertissement : message en attente',
    body: 'Votre message n\'a pas encore pu être remis au destinataire suivant :\n\n  jeanne.dupont@exemple.fr\n\nLe serveur de destination ne répond pas. Nouvelle tentative dans 4 heures.\n',
    expected: { 'jeanne.dupont@exemple.fr': 'pending' },
    why: 'a delay warning',
  },
  {
    name: 'Exchange-style text: "Delivery to the following recipients has been delayed."',
    source: 'BounceParser Not_An_Error "delayed"',
    from: 'postmaster@exch.example.com',
    subject: 'Delivery Status Notification (Delay)',
    body: 'This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients has been delayed.\n\n       jane.doe@exch-client.example\n\n',
    expected: { 'jane.doe@exch-client.example': 'pending' },
    why: 'a delay notice',
  },
  {
    name: 'DSN Action: delayed (mikel/mail retryable?)',
    source: 'mikel/mail Part#retryable?, flufl dsn.py delayed',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.delay.example>',
    subject: 'Delayed Mail (still being retried)',
    multipart: 'report',
    body: [
      { type: 'text/plain', body: 'This is a warning message only; you do not need to resend your message.\n' },
      { type: 'message/delivery-status', body: 'Reporting-MTA: dns; mx.delay.example\n\nFinal-Recipient: rfc822; jane.doe@delay-client.example\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Connection timed out\nWill-Retry-Until: Fri, 7 Nov 2025 10:00:00 +0000\n' },
      { type: 'text/rfc822-headers', body: ORIGINAL },
    ],
    expected: { 'jane.doe@delay-client.example': 'pending' },
    why: 'Action: delayed',
  },
]

/** Not failures at all: no failed recipient. */
const NOT_FAILURES: Row[] = [
  {
    name: 'TMDA challenge (X-Delivery-Agent: TMDA)',
    source: 'BounceParser TMDA gate',
    from: 'Jane Doe <jane.doe+confirm@client.example>',
    subject: 'Re: Proposal (confirmation required)',
    headers: ['X-Delivery-Agent: TMDA/1.1.12 (Macallan)'],
    body: 'This message was created automatically by mail delivery software (TMDA).\n\nYour message to jane.doe@client.example has been held. To release it, please confirm by replying to this message.\n',
    expected: {},
    why: 'a challenge-response request',
  },
  {
    name: 'Bluebottle challenge',
    source: 'BounceParser Bluebottle gate',
    from: 'Jane Doe <jane.doe@bluebottle.example>',
    subject: 'Please verify your email',
    headers: ['X-Bluebottle-Request: sender-verification'],
    body: 'This account is protected by Bluebottle. Your message to jane.doe@bluebottle.example could not be delivered until you verify that you are a real person. Please click the link below.\n',
    expected: {},
    why: 'a challenge-response request',
  },
  {
    name: '"Your server requires confirmation"',
    source: 'BounceParser C/R gate',
    from: 'MAILER-DAEMON@cr.client.example',
    subject: 'Confirmation required',
    body: 'Your server requires confirmation before your message to jane.doe@client.example is delivered. Reply to this message to confirm that you are the sender.\n',
    expected: {},
    why: 'a challenge-response request',
  },
  {
    name: 'Polish auto-reply "Automatyczna odpowiedź"',
    source: 'BounceParser Polish autoreply gate',
    from: 'Jan Kowalski <jan.kowalski@firma.example.pl>',
    subject: 'Automatyczna odpowiedź: Proposal',
    body: 'Dzień dobry,\n\njestem na urlopie do 10 listopada. W pilnych sprawach proszę pisać na biuro@firma.example.pl.\n',
    expected: {},
    why: 'an out-of-office reply',
  },
  {
    name: 'address changed, message forwarded',
    source: 'BounceParser address-change gate',
    from: 'Postmaster <postmaster@oldco.example>',
    subject: 'Address change notification',
    body: 'The email address jane.doe@oldco.example has changed to jane.doe@newco.example.\nYour message has been forwarded to the new address; please update your records.\n',
    expected: {},
    why: 'delivered (forwarded): not a failure',
  },
  {
    name: 'out-of-office with "undeliverable"-free subject from a person',
    source: 'BounceParser vacation gate',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: 'AUTO: Jane Doe is out of the office (returning 11/10/2025)',
    body: 'I am out of the office until 11/10/2025.\n\nI will respond to your message when I return. For urgent matters contact john.roe@client.example.\n',
    expected: {},
    why: 'an out-of-office reply',
  },
]

NOT_FAILURES.push(
  {
    name: 'relay notice: "successfully relayed", no failure',
    source: 'BounceParser Not_An_Error ("was delivered to the following recipient")',
    from: 'postmaster@relay.example.com',
    subject: 'Delivery Status Notification (Relay)',
    body: 'This is an automatically generated Delivery Status Notification.\n\nYour message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.\n\n   jane.doe@relay-client.example\n',
    expected: {},
    why: 'relayed: nothing failed',
  },
  {
    name: 'Exchange delivery receipt: "was delivered to the following recipient(s)"',
    source: 'BounceParser Not_An_Error',
    from: 'System Administrator <postmaster@corp.example>',
    subject: 'Delivered: Proposal',
    body: 'Your message\n\n  To:      jane.doe@corp.example\n  Subject: Proposal\n  Sent:    Mon, 3 Nov 2025 09:58:00 +0000\n\nwas delivered to the following recipient(s):\n\njane.doe@corp.example on Mon, 3 Nov 2025 10:00:00 +0000\n',
    expected: {},
    why: 'a delivery receipt',
  },
  {
    name: 'German receipt confirmation "Eingangsbestätigung"',
    source: 'bounce_email autoreply words (eingangsbestätigung)',
    from: 'Kundenservice <service@beispiel.de>',
    subject: 'Eingangsbestätigung: Angebot',
    body: 'Vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird in Kürze bearbeitet.\nIhre Anfrage wurde unter der Nummer 4711 erfasst.\n',
    expected: {},
    why: 'an acknowledgement, not a failure',
  },
  {
    name: 'WebShield content-filter notice that names only the sender',
    source: 'BounceParser WebShield / content filter gate',
    from: 'WebShield <postmaster@webshield.example.com>',
    subject: 'Content Filter Block',
    body: 'Network Associates WebShield SMTP V4.5 MR1a on cpwebshield intercepted a mail from <sales@acme.example> which caused the Content Filter Block extension COM to be triggered.\n',
    expected: {},
    why: 'no recipient is named: nothing to act on for a contact',
  },
  {
    name: 'German "Abwesenheitsnotiz" naming a colleague',
    source: 'bounce_email autoreply words (abwesenheits, Automatische)',
    from: 'Erika Muster <erika.muster@beispiel.de>',
    subject: 'Automatische Antwort: Abwesenheitsnotiz',
    body: 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 10.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an max.mustermann@beispiel.de.\n',
    expected: {},
    why: 'an out-of-office reply',
  },
  {
    name: 'French "Réponse automatique : absent du bureau"',
    source: 'BounceParser vacation gate, bounce_email autoreply words',
    from: 'Jeanne Dupont <jeanne.dupont@exemple.fr>',
    subject: 'Réponse automatique : absente du bureau',
    body: 'Bonjour,\n\nJe suis absente du bureau jusqu\'au 10 novembre. Pour toute urgence, contactez paul.martin@exemple.fr.\n',
    expected: {},
    why: 'an out-of-office reply',
  },
  {
    name: 'Spanish "Respuesta automática: fuera de la oficina"',
    source: 'BounceParser vacation gate, bounce_email autoreply words',
    from: 'Juan Pérez <juan.perez@ejemplo.es>',
    subject: 'Respuesta automática: fuera de la oficina',
    body: 'Estoy fuera de la oficina hasta el 10 de noviembre. Para asuntos urgentes escriba a maria.lopez@ejemplo.es.\n',
    expected: {},
    why: 'an out-of-office reply',
  },
  {
    name: 'Italian "Risposta automatica: fuori ufficio"',
    source: 'BounceParser vacation gate, bounce_email autoreply words',
    from: 'Mario Rossi <mario.rossi@esempio.it>',
    subject: 'Risposta automatica: fuori ufficio',
    body: 'Sono fuori ufficio fino al 10 novembre con accesso limitato alla posta. Per urgenze scrivete a luigi.verdi@esempio.it.\n',
    expected: {},
    why: 'an out-of-office reply',
  },
  {
    name: 'return receipt',
    source: 'BounceParser vacation gate ("return receipt")',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: 'Return Receipt (displayed) - Proposal',
    body: 'This is a Return Receipt for the mail that you sent to jane.doe@client.example.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient\'s computer.\n',
    expected: {},
    why: 'a read receipt',
  },
)

function rows(list: Row[]): [string, string, Row][] {
  return list.flatMap((r) => ENDINGS.map(([ending, to]) => [`${r.name} (${ending})`, to(raw(r)), r] as [string, string, Row]))
}

describe('peer formats A: failures are found exactly, with the right verdict', () => {
  it.each(rows(FAILURES))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    const got = Object.fromEntries(report.recipients.map((x) => [x.address.toLowerCase(), x.verdict]))
    const seen = report.recipients.map((x) => `${x.address} ${x.reason} ${x.status} [${x.diagnostic.slice(0, 90)}]`).join('; ')
    expect(got, `${r.source}: ${r.why} | ${report.decoder}: ${seen}`).toEqual(r.expected)
  })
})

describe('peer formats A: warnings never remove (the server still tries)', () => {
  it.each(rows(WARNINGS))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.kind).toBe('delay')
    const got = Object.fromEntries(report.recipients.map((x) => [x.address.toLowerCase(), x.verdict]))
    expect(got, `${r.source}: ${r.why} | ${report.decoder}`).toEqual(r.expected)
  })
})

describe('peer formats A: non-failures give no failed recipient', () => {
  it.each(rows(NOT_FAILURES))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.kind, `${r.source}: ${r.why}`).not.toBe('bounce')
    expect(report.recipients.filter((x) => x.verdict !== 'none')).toEqual([])
  })
})

/**
 * The same warnings as a webmail page shows them (rendered text, subject and sender only): Microsoft
 * 365's "Delivery is delayed to these recipients or groups" in its English, French, German, Spanish
 * and Italian localisations, Gmail's "Delivery incomplete". Each must be a delay, its recipient pending.
 */
const RENDERED_WARNINGS: { name: string; from: string; subject: string; text: string; address: string }[] = [
  {
    name: 'Postfix "THIS IS A WARNING ONLY" as rendered text',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    subject: 'Delayed Mail (still being retried)',
    text: 'This is the mail system at host mx.example.org.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<jane.doe@client.example>: connect to mx.client.example[192.0.2.9]:25: Connection timed out',
    address: 'jane.doe@client.example',
  },
  {
    name: 'sendmail "THIS IS A WARNING MESSAGE ONLY" as rendered text',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
    subject: 'Warning: could not send message for past 4 hours',
    text: '    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Mon, 3 Nov 2025 06:00:00 GMT\nfrom sales@acme.example\n\n   ----- Transcript of session follows -----\n<jane.doe@client.example>... Deferred: Connection timed out with mx.client.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old',
    address: 'jane.doe@client.example',
  },
  {
    name: 'Gmail "Delivery incomplete" (fails permanently is only a promise)',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Delay)',
    text: "Delivery incomplete\nThere was a temporary problem delivering your message to jane.doe@client.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\nThe response was:\nThe recipient server did not accept our requests to connect. [client.example 192.0.2.1: timed out]",
    address: 'jane.doe@client.example',
  },
  {
    name: 'Microsoft 365, English',
    from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>',
    subject: 'Delivery delayed:Proposal',
    text: "Delivery is delayed to these recipients or groups:\n\njane.doe@client.example\n\nSubject: Proposal\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered by that time.",
    address: 'jane.doe@client.example',
  },
  {
    name: 'Microsoft 365, French',
    from: 'Microsoft Outlook <postmaster@contoso.example.fr>',
    subject: 'Remise différée : Proposition',
    text: "La remise est retardée pour ces destinataires ou groupes :\n\njeanne.dupont@exemple.fr\n\nObjet : Proposition\n\nCe message n'a pas encore été remis. Les tentatives de remise se poursuivent.\n\nLe serveur continuera d'essayer de remettre ce message au cours des 1 jours, 19 heures et 53 minutes. Vous serez averti si le message ne peut pas être remis d'ici là.",
    address: 'jeanne.dupont@exemple.fr',
  },
  {
    name: 'Microsoft 365, German',
    from: 'Microsoft Outlook <postmaster@contoso.example.de>',
    subject: 'Zustellung verzögert: Angebot',
    text: 'Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\nerika.muster@beispiel.de\n\nBetreff: Angebot\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\nDer Server versucht weiterhin, diese Nachricht in den nächsten 1 Tagen, 19 Stunden und 53 Minuten zuzustellen.',
    address: 'erika.muster@beispiel.de',
  },
  {
    name: 'Microsoft 365, Spanish',
    from: 'Microsoft Outlook <postmaster@contoso.example.es>',
    subject: 'Entrega retrasada: Propuesta',
    text: 'La entrega se ha retrasado para estos destinatarios o grupos:\n\njuan.perez@ejemplo.es\n\nAsunto: Propuesta\n\nEste mensaje aún no se ha entregado. Se seguirá intentando la entrega.\n\nEl servidor seguirá intentando entregar este mensaje durante los próximos 1 días, 19 horas y 53 minutos.',
    address: 'juan.perez@ejemplo.es',
  },
  {
    name: 'Microsoft 365, Italian',
    from: 'Microsoft Outlook <postmaster@contoso.example.it>',
    subject: 'Recapito ritardato: Proposta',
    text: 'Il recapito a questi destinatari o gruppi è ritardato:\n\nmario.rossi@esempio.it\n\nOggetto: Proposta\n\nIl messaggio non è ancora stato recapitato. Si continuerà a tentare il recapito.\n\nIl server continuerà a tentare di recapitare il messaggio per i prossimi 1 giorni, 19 ore e 53 minuti.',
    address: 'mario.rossi@esempio.it',
  },
]

describe('peer formats A: rendered warnings are delays, never remove', () => {
  it.each(RENDERED_WARNINGS.flatMap((w) => ENDINGS.map(([ending, to]) => [`${w.name} (${ending})`, w, to] as const)))('%s', (_label, w, to) => {
    const report = parseBounceText(to(w.text), { subject: w.subject, from: w.from })
    expect(report.kind).toBe('delay')
    expect(report.recipients.map((x) => [x.address.toLowerCase(), x.verdict])).toEqual([[w.address, 'pending']])
  })
})
