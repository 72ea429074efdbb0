/**
 * Issue 9: a systematic audit of the peer bounce readers' detector *code* (never their sample mails
 * or test folders), item by item, for what `peer-formats-a.test.ts` and `peer-wordings-b.test.ts`
 * had not yet exercised. Each row cites the peer file and the pattern it was written from; every
 * notice here is our own (example domains, our wording built from the pattern), read in the line
 * ending its position picks (LF, CRLF, CR). The checklist of items is kept beside the branch's
 * report (seen, covered by which row, result).
 *
 * Code read: Mail-DeliveryStatus-BounceParser `lib/Mail/DeliveryStatus/BounceParser.pm` (parse's
 * gates, the delivery-status loop's Action handling, `_std_reason`, `_cleanup_email`, the
 * preprocessors, `$Returned_Message_Below`); bounce_email `lib/bounce_email.rb` (`get_code`,
 * `get_status_from_text`, `check_if_bounce`); PHP-Bounce-Handler `bounce_driver.class.php`
 * (`is_an_ARF`, `is_an_autoresponse`, `get_status_code_from_text`) and `bounce_responses.php`
 * (`$bouncelist`, `$autorespondlist`, `$bouncesubj`); crisp-oss/email-bounce-parser `lib/parser.js`
 * (its recipient, host, command and label regexes); EmailEngine `lib/bounce-detect.js` (Zoho's
 * text/rfc822, a delivery-status inside the returned message/rfc822); fschulze/bounced `bounced.py`
 * (`get_delivery_status` inside a message/rfc822 part, `get_recipient` types, `get_status`);
 * rgl/MailBounceDetector `QmailBounceDetector.cs` (qmail text in multipart/alternative),
 * `StandardBounceDetector.cs` (a multipart/report met anywhere in the tree); mikel/mail
 * `Mail::Part#delivery_status_report_part?`, `#parse_delivery_status_report`; mailgun/flanker
 * `flanker/mime/bounce.py`; flufl.bounce `_detectors/simplematch.py` (the start/address pairs A left).
 */
import { auditTests, COPY_HEADERS, dsn, PlainNotices, R, said, type AuditRow as Row } from './audit-kit'
import { messageHead } from './test-notice'
import type { Verdict } from './types'

const head = messageHead
const notices = new PlainNotices()
const { plain, remote, postfixLine } = notices

/** Postfix's bounce(8) text with the step named: "(in reply to RCPT TO command)". */
function atRcpt(reply: string, rcpt = R): string {
  return plain('MAILER-DAEMON@mx.sender.example (Mail Delivery System)', 'Undelivered Mail Returned to Sender', `This is the mail system at host mx.sender.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<${rcpt}>: host mx.prospect.example[192.0.2.10] said: ${reply} (in reply to RCPT TO command)\n`)
}

const dead = 'the address does not exist'
const gone = 'the mailbox was closed for good'
const noDomain = 'the domain has no mail'
const spam = 'the content was judged spam'
const route = 'the sending route or IP is refused, the contact is alive'
const relayDenied = "the recipient domain's MX does not take its mail (moved or misconfigured): retried"
const big = 'the message is too big: send a smaller one'
const down = 'the receiving host could not be reached: not known dead'
const vague = 'no cause given: the address is not known dead'
const full = 'the recipient can make room'

/** Wording rows: each alternates the two no-step layouts (DSN Diagnostic-Code, "Remote host said:"). */
function words(src: string, verdict: Verdict, why: string, list: string[]): Row[] {
  return list.map((w, i) => ({ src, item: w, raw: (i % 2 ? remote : said)(w), expect: { [R]: verdict }, why }))
}

const rows: Row[] = [
  // ── BounceParser _std_reason user_unknown alternatives not yet exercised ──
  ...words('BounceParser _std_reason user_unknown', 'remove', dead, [
    '550 5.0.0 Recipient not recognized',
    '550 No such recipient here',
    '550 Unknown customer lee@prospect.example',
    '550 Recipient not found',
    '550 <lee@prospect.example> is invalid',
    '550 User lee not listed in public Name & Address Book',
    '550 Rcpt <lee@prospect.example> does not exist',
    '550 Nonexistent Mailbox',
    '550 Not a valid user',
    '550 User not known',
  ]),
  ...words('BounceParser _std_reason user_unknown (disabled / suspended)', 'remove', gone, [
    '550 5.2.1 The email account that you tried to reach is disabled',
    '554 This account has been suspended',
    '550 Mailbox discontinued',
    '550 User account discontinued',
  ]),
  {
    src: 'BounceParser _std_reason "Mailbox not available" (weak words, with RCPT)',
    item: 'Mailbox not available at RCPT',
    raw: atRcpt('550 Mailbox not available'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── BounceParser _std_reason domain_error ──
  ...words('BounceParser _std_reason domain_error (dead domain)', 'remove', noDomain, [
    '550 5.1.2 Domain not found',
    '550 Host unknown (Name server: prospect.example: host not found)',
  ]),
  ...words('BounceParser _std_reason domain_error (network, temporary)', 'retry', down, [
    '550 No route to host',
    '550 Malformed name server reply',
  ]),
  // Relaying denied: was fix-sending; the refusing host is the recipient domain's MX (verdict-audit.test.ts).
  ...words('BounceParser _std_reason domain_error (relaying)', 'retry', relayDenied, [
    "553 sorry, you tried to use me as a relay, but I have not been configured to let you do that",
    '550 relay not permitted',
  ]),
  // ── BounceParser _std_reason over_quota / message_too_large ──
  ...words('BounceParser _std_reason message_too_large', 'fix-sending', big, [
    '552 Message too big',
    '552 5.3.4 Message exceeds size limit',
    '552 max message size exceeded',
    '550 5.3.4 RESOLVER.RST.SendSizeLimit; message too large for this sender',
  ]),
  ...words('BounceParser _std_reason over_quota ("storage")', 'retry', 'the receiving system is short of room', [
    '452 4.3.1 Insufficient system storage',
  ]),
  // ── BounceParser _std_reason spam ──
  ...words('BounceParser _std_reason spam', 'fix-sending', spam, [
    '550 Spam rejection',
    '550 Message rejected as spam by Content Filtering',
    '550 Your message has triggered a SPAM block',
    '554 5.7.1 Spam detected',
    '550 Message breaches local URIBL policy',
    '554 Your message was detected as spam',
    '550 Probable Spam',
    '550 ESETS_SMTP (spam)',
    '550 This message appears to be spam',
    '550 Message not accepted due to spam filter',
    '550 Content filter rejection',
    '550 You are using a mass mailer',
    '554 5.7.1 Spam content',
    '554 Message identified as spam',
    '550 Spamming not allowed',
    '550 5.7.1 Message classified as spam',
    '554 Spam Blocked',
    '550 Bulk email not accepted',
    '550 Message is probably spam',
    '554 5.9.8 spam detected',
    '550 MCSpamSignature match',
    '550 5.7.1 CONTENT REJECT: dspam check failed',
  ]),
  // ── BounceParser's delivery-status loop: Action handling, part types, blank lines ──
  {
    src: 'BounceParser parse: "Action: expanded" and no failed group is no bounce',
    item: 'Action: expanded only',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nOriginal-Recipient: rfc822;team@prospect.example\nFinal-Recipient: rfc822; team@prospect.example\nAction: expanded (to multi-recipient alias)\nStatus: 2.0.0`, { subject: 'Successful Mail Delivery Report', text: 'Your message was successfully delivered to the destination(s) listed below. The alias was expanded to its members.' }),
    expect: {},
    why: 'an expansion report: the message went through',
  },
  {
    src: 'BounceParser parse: "Action: expanded" followed by a failed group',
    item: 'Action: expanded then failed',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; team@prospect.example\nAction: expanded\nStatus: 2.0.0\n\nFinal-Recipient: rfc822; ${R}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <${R}>: Recipient address rejected: User unknown in local recipient table`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'BounceParser p_xdelivery_status (XWall: message/xdelivery-status)',
    item: 'message/xdelivery-status part',
    raw: dsn(`Reporting-MTA: dns; xwall.sender.example\n\nFinal-Recipient: rfc822; ${R}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown`, { dsType: 'message/xdelivery-status', from: 'postmaster@xwall.sender.example', subject: 'Undeliverable: Proposal' }),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'BounceParser parse: any number of blank lines between per-recipient groups (IIS)',
    item: 'IIS: three blank lines between groups',
    raw: dsn(`Reporting-MTA: dns; iis.sender.example\n\n\n\nFinal-Recipient: rfc822; ${R}\nAction: failed\nStatus: 5.1.1\n\n\n\nFinal-Recipient: rfc822; kim@prospect.example\nAction: failed\nStatus: 5.2.2`, { from: 'postmaster@iis.sender.example' }),
    expect: { [R]: 'remove', 'kim@prospect.example': 'retry' },
    why: '5.1.1 is dead, 5.2.2 a full mailbox',
  },
  {
    src: 'BounceParser parse: leading blank lines in the delivery-status body (SurfControl)',
    item: 'delivery-status body starts with blank lines',
    raw: dsn(`\n\nReporting-MTA: dns; surf.sender.example\n\nFinal-Recipient: rfc822; ${R}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'BounceParser docs: "Diagnostic-Code: X-Postfix; host … said: 550 <x>: Nonexistent Mailbox" folded',
    item: 'X-Postfix diagnostic type, folded',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; ${R}\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Postfix; host mx.prospect.example[192.0.2.10] said: 550\n    <${R}>: Nonexistent Mailbox`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── BounceParser _extract_reports: addresses that are not recipients ──
  {
    src: 'BounceParser _extract_reports ("A message sent by <x>" is the sender)',
    item: 'A message sent by <sender> … to <rcpt>',
    raw: plain('MAILER-DAEMON@gw.prospect.example', 'Undeliverable mail', `A message sent by <sales@sender.example> on 5 Nov 2025 could not be delivered to\n\n  <${R}>\n\nReason: 550 5.1.1 User unknown\n`),
    expect: { [R]: 'remove' },
    why: 'the sender named first is no recipient; the recipient is unknown',
  },
  // ── BounceParser parse: the returned message below the notice is never read ──
  {
    src: 'BounceParser $Returned_Message_Below ("Original message follows")',
    item: 'copy after "Original message follows." names another failure',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>', 'Returned mail: User unknown', `This message was created automatically by mail delivery software.\n\nDelivery to <${R}> failed: 550 5.1.1 User unknown\n\nOriginal message follows.\n\nFrom: sales@sender.example\nTo: ${R}\nSubject: Fwd: earlier bounce\n\n> Delivery to <pat@other.example> failed: 550 5.1.1 User unknown\n`),
    expect: { [R]: 'remove' },
    why: 'only the notice above the copy names failures',
  },
  {
    src: 'BounceParser $Returned_Message_Below ("Returned message below")',
    item: 'copy after "Returned message below"',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>', 'Returned mail', `Your message could not be delivered.\n\n<${R}>: mailbox is full\n\nReturned message below:\n\nFrom: sales@sender.example\nTo: ${R}\nCc: pat@other.example\nSubject: Proposal\n\npat@other.example said the address does not exist.\n`),
    expect: { [R]: 'retry' },
    why: full,
  },
  {
    src: 'BounceParser parse (text/plain: notice, blank line, returned headers with Message-ID, no marker)',
    item: 'returned headers under a blank line, no marker',
    raw: plain('postmaster@mail.prospect.example', 'Undeliverable mail', `Unable to deliver to ${R}: 550 no such user\n\nReceived: from mx.sender.example by mail.prospect.example\nMessage-ID: <p-audit@sender.example>\nFrom: sales@sender.example\nTo: ${R}, pat@other.example\nSubject: Proposal\n`),
    expect: { [R]: 'remove' },
    why: 'the copy\'s other To address is no failure',
  },
  // ── BounceParser _cleanup_email ──
  {
    src: 'BounceParser _cleanup_email ("x@y...User unknown", sendmail)',
    item: 'address glued to "...User unknown"',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>', 'Returned mail: see transcript for details', `   ----- Transcript of session follows -----\n550 5.1.1 ${R}...User unknown\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'BounceParser _cleanup_email ("SMTP:x@y")',
    item: 'SMTP: prefix',
    raw: plain('System Administrator <postmaster@corp.sender.example>', 'Undeliverable: Proposal', `Your message did not reach some or all of the intended recipients.\n\nThe following recipient(s) could not be reached:\n\n      SMTP:${R}\n            The e-mail account does not exist at the organization this message was sent to.\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'BounceParser _cleanup_email ("(x@y)")',
    item: 'address in parentheses',
    raw: plain('MAILER-DAEMON@mx.sender.example', 'failure notice', `Your message could not be delivered to the following recipient:\n\n  Lee Prospect (${R})\n  550 5.1.1 user unknown\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── BounceParser's non-bounce gates not yet exercised ──
  {
    src: 'BounceParser vacation gate (subject /^AUTO/ + "is out of the office", Lotus Notes)',
    item: 'AUTO: … is out of the office',
    raw: plain('Lee Prospect <lee@prospect.example>', 'AUTO: Lee Prospect is out of the office (returning 12/11/2025)', 'I am out of the office until 12/11/2025.\n\nI will respond to your message when I return. Mail to this address is not delivered to anyone else.\n'),
    expect: {},
    why: 'an out-of-office reply',
  },
  {
    src: 'BounceParser address-change gate ("domain … retired … will be forwarded")',
    item: 'domain retired, mail forwarded',
    raw: plain('postmaster@old-prospect.example', 'Address change notice', 'The domain old-prospect.example has been retired. Your message to lee@old-prospect.example has been forwarded to lee@prospect.example; please update your address book.\n'),
    expect: {},
    why: 'the message was forwarded: nothing failed',
  },
  // ── bounce_email get_status_from_text ──
  ...words('bounce_email get_status_from_text 5.1.1', 'remove', dead, [
    '550 5.1.1 This Gmail user does not exist',
    '550 No such mailbox',
    '550 Account does not exist',
  ]),
  ...words('bounce_email get_status_from_text 5.2.3 ("account closed")', 'remove', gone, [
    '550 Account closed',
  ]),
  ...words('bounce_email get_status_from_text 4.1.2 / 4.4.1 (temporary)', 'retry', down, [
    "Sorry, I couldn't find any host by that name. (#4.1.2)",
    "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    'delivery temporarily suspended: connect to mx.prospect.example[192.0.2.10]:25: Connection refused',
  ]),
  ...words('bounce_email get_status_from_text 5.7.1 (blocks)', 'fix-sending', route, [
    '554 5.7.1 Your message from 192.0.2.1 was blocked by ROTA DNSBL',
    '550 SC-001 (BAY0-MC1-F12) Unfortunately, messages from 192.0.2.1 weren\'t sent. Please contact your Internet service provider since part of their network is on our block list.',
  ]),
  ...words('bounce_email get_status_from_text ("571 Message Refused": a refusal with no cause and no valid code)', 'retry', vague, [
    '571 Message Refused',
  ]),
  {
    src: 'bounce_email get_status_from_text ("Technical details of permanent failure" + "did not accept our requests to connect")',
    item: 'Gmail gave up on an unreachable host',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `Delivery to the following recipient failed permanently:\n\n     ${R}\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720\n[mx.prospect.example. 192.0.2.10: timed out]\n`),
    expect: { [R]: 'retry' },
    why: down,
  },
  {
    src: 'bounce_email get_status_from_text ("Connection was dropped by remote host")',
    item: 'connection dropped',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `Delivery to the following recipient failed permanently:\n\n     ${R}\n\nTechnical details of permanent failure:\nConnection was dropped by remote host.\n`),
    // Was fix-sending (Sisimai: blocked). RFC 5321 4.5.4.1: a dropped connection is retried; a block names itself.
    expect: { [R]: 'retry' },
    why: 'the receiving host dropped the connection: retried; nothing names a block of the sender',
  },
  {
    src: 'bounce_email get_status_from_text ("failed after I sent the message", qmail)',
    item: 'qmail: failed after I sent the message, spam',
    raw: plain('MAILER-DAEMON@mx.sender.example', 'failure notice', `Hi. This is the qmail-send program at mx.sender.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<${R}>:\n192.0.2.10 failed after I sent the message.\nRemote host said: 554 5.7.1 Message rejected as spam\n\n--- Below this line is a copy of the message.\n`),
    expect: { [R]: 'fix-sending' },
    why: spam,
  },
  {
    src: 'bounce_email get_status_from_text ("nicht zugestellt werden")',
    item: 'de: konnte nicht zugestellt werden, Empfänger unbekannt',
    raw: plain('Mail Delivery System <MAILER-DAEMON@mx.beispiel.de>', 'Unzustellbar: Angebot', 'Ihre Nachricht konnte nicht zugestellt werden an:\n\n  erika.muster@beispiel.de\n\nGrund: 550 5.1.1 Empfänger unbekannt\n'),
    expect: { 'erika.muster@beispiel.de': 'remove' },
    why: dead,
  },
  {
    src: 'bounce_email get_code (subject "Unerlaubter Anhang" → 98, not allowed attachment)',
    item: 'subject: Unerlaubter Anhang',
    raw: plain('Virenschutz <postmaster@gw.beispiel.de>', 'Unerlaubter Anhang in Ihrer Nachricht an erika.muster@beispiel.de', 'Ihre Nachricht an\n\n  erika.muster@beispiel.de\n\nwurde nicht zugestellt: Die Nachricht enthält einen unerlaubten Anhang (rechnung.exe). Ausführbare Dateien werden abgewiesen.\n'),
    expect: { 'erika.muster@beispiel.de': 'fix-sending' },
    why: 'the attachment was refused: send without it',
  },
  {
    src: 'bounce_email check_if_bounce (Precedence: auto_reply on a person\'s reply)',
    item: 'Precedence: auto_reply',
    raw: plain('Lee Prospect <lee@prospect.example>', 'Re: Proposal', 'Thanks for your message. I am travelling this week and will answer when I am back; your mail was not forwarded.\n', ['Precedence: auto_reply']),
    expect: {},
    why: 'an automatic reply from the person',
  },
  // ── PHP-Bounce-Handler $bouncelist rows not yet exercised ──
  ...words('PHP-Bounce-Handler bounce_responses.php 5.1.1', 'remove', dead, [
    '550 Address is unknown',
    '550 ADDRESS_NOT_FOUND',
    '550 No such person at this address',
    '550 Recipient unknown',
    '550 unknown or illegal user',
    '550 Unknown recipient',
    '550 5.1.1 <lee@prospect.example>: not exists',
    '550 This address no longer accepts mail',
  ]),
  {
    src: 'PHP-Bounce-Handler bounce_responses.php 5.1.1 ("Address invalid": a weak word, counted at RCPT)',
    item: 'Address invalid at RCPT',
    raw: atRcpt('550 Address invalid'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'PHP-Bounce-Handler bounce_responses.php 5.1.1 ("bad address": a weak word, counted at RCPT)',
    item: 'bad address at RCPT',
    raw: atRcpt('550 5.1.1 <lee@prospect.example>: Bad address'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  ...words('PHP-Bounce-Handler bounce_responses.php 5.1.1 / 5.2.1 (disabled)', 'remove', gone, [
    '550 This account is disabled',
    '550 User disabled',
    '550 User is suspended',
    '550 Account disabled',
    '550 Mailbox disabled for this recipient',
    '550 Mailbox is inactive',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 5.1.6', 'remove', 'the person has moved on', [
    '550 5.1.6 Old address no longer valid',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 5.2.1 ("Domain name not found")', 'remove', noDomain, [
    '550 Domain name not found',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 4.2.2', 'retry', full, [
    '552 Quota violation',
    '552 User has exceeded the mailbox storage limit',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 4.3.2 / 4.4.7 / 5.4.4 (temporary)', 'retry', down, [
    '451 Message temporarily deferred',
    '451 4.4.7 Queue too long',
    "451 Can't connect to mx.prospect.example",
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 5.1.2 (relaying)', 'retry', relayDenied, [
    '550 No relaying allowed',
    '550 Relaying not allowed',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 5.7.1 (blocks and spam)', 'fix-sending', route, [
    '550 Connection refused due to abuse',
    '554 Dial-up or dynamic-ip denied',
    '550 Your IPs blocked',
    '554 Your IP 192.0.2.1 is blocked by prospect.example',
    '550 Blocked for spam',
    '550 Spam message discarded',
    '550 5.2.0 Local Policy Violation',
    '550 5.7.1 Excessive userid unknowns from your server',
    '550 5.2.0 You have exceeded the rate limit',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 5.2.0 / 5.5.0 (no cause given)', 'retry', vague, [
    '550 Mail can not be delivered',
    '554 Delivery failed',
    "550 Mail couldn't be delivered",
    '554 TRANSACTION FAILED',
  ]),
  // ── PHP-Bounce-Handler $bouncesubj: notices whose subject is only in its list ──
  ...[
    'Delivery errors',
    'Delivery has failed',
    'Delivery notification: Delivery has failed',
    'Delivery problem',
    'Delivery reports about your e-mail',
    'Failure delivery',
    'Mailserver notification',
    'Mail status report',
    'Mail System Error - Returned Mail',
    'Mail Transaction Failed',
    'MDaemon Notification -- Message is undeliverable',
    'Nondeliverable mail',
    'Non remis : Proposition',
    'No se puede entregar: Propuesta',
    'Onbestelbaar: Voorstel',
  ].map((subject, i): Row => {
    const rcpt = `contact${i}@prospect.example`
    return {
      src: 'PHP-Bounce-Handler bounce_responses.php $bouncesubj',
      item: `subject "${subject}"`,
      raw: plain('Mail Administrator <postmaster@mail.prospect.example>', subject, `The following recipient could not be reached:\n\n  ${rcpt}\n\n550 5.1.1 User unknown\n`),
      expect: { [rcpt]: 'remove' },
      why: dead,
    }
  }),
  // ── PHP-Bounce-Handler is_an_ARF / is_an_autoresponse ──
  {
    src: 'PHP-Bounce-Handler is_an_ARF (X-HmXmrOriginalRecipient: Hotmail\'s old complaint loop)',
    item: 'Hotmail FBL header',
    raw: plain('staff@hotmail.com', 'complaint about message from 192.0.2.1', `From: sales@sender.example\nTo: ${R}\nSubject: Proposal\nX-HmXmrOriginalRecipient: <${R}>\n\nHello,\n`, [`X-HmXmrOriginalRecipient: <${R}>`]),
    expect: {},
    why: 'a spam complaint, not a failed delivery',
  },
  {
    src: 'PHP-Bounce-Handler is_an_ARF (X-Loop: scomp, SpamCop)',
    item: 'SpamCop report',
    raw: plain('SpamCop <spamcop@devnull.spamcop.net>', '[SpamCop (http://sender.example/) id:123456] Proposal', `[ SpamCop V5.3.0 ]\nThis message is brief for your comfort. Please use links below for details.\n\nEmail from 192.0.2.1 / Wed, 5 Nov 2025 08:00:00 +0000\nhttps://www.spamcop.net/sc?id=z123\n\n[ Offending message ]\nFrom: sales@sender.example\nTo: ${R}\nSubject: Proposal\n`, ['X-Loop: scomp']),
    expect: {},
    why: 'a spam complaint, not a failed delivery',
  },
  {
    src: 'PHP-Bounce-Handler is_an_autoresponse (X-Autorespond header)',
    item: 'X-Autorespond',
    raw: plain('Lee Prospect <lee@prospect.example>', 'Re: Proposal', 'Thank you for writing. I receive a great deal of mail and will answer within a week. This message could not be read today.\n', ['X-Autorespond: yes']),
    expect: {},
    why: 'an automatic reply',
  },
  {
    src: 'PHP-Bounce-Handler $autorespondlist ("Yahoo! auto response")',
    item: 'Yahoo! auto response',
    raw: plain('Lee Prospect <lee.prospect@yahoo.example>', 'Yahoo! auto response', 'I am away and cannot read mail; your message will not be delivered to anyone else before I return.\n'),
    expect: {},
    why: 'an automatic reply',
  },
  // ── crisp-oss lib/parser.js: recipient, host and label regexes ──
  {
    src: 'crisp parser.js recipient "<x> (expanded from <y>):" + label "domain … not found"',
    item: 'expanded from, Domain name not found',
    raw: postfixLine(`<lee@prospect-old.example> (expanded from <${R}>): Domain name not found`),
    expect: { [R]: 'remove' },
    why: 'the alias the user wrote to forwards to a domain that does not exist',
  },
  {
    src: 'crisp parser.js host "connect to x[ip]:25:" + label timeout',
    item: 'connect to … Connection timed out',
    raw: postfixLine(`<${R}>: connect to mx.prospect.example[192.0.2.10]:25: Connection timed out`),
    expect: { [R]: 'retry' },
    why: down,
  },
  {
    src: 'crisp parser.js host "conversation with x[ip] timed out while sending RCPT TO"',
    item: 'conversation timed out',
    raw: postfixLine(`<${R}>: conversation with mx.prospect.example[192.0.2.10] timed out while sending RCPT TO`),
    expect: { [R]: 'retry' },
    why: down,
  },
  {
    src: 'crisp parser.js host "lost connection with x[ip] while sending end of data"',
    item: 'lost connection',
    raw: postfixLine(`<${R}>: lost connection with mx.prospect.example[192.0.2.10] while sending end of data -- message may be sent more than once`),
    expect: { [R]: 'retry' },
    why: down,
  },
  {
    src: 'crisp parser.js label "does not accept mail" (null MX, RFC 7505)',
    item: 'null MX: domain does not accept mail',
    raw: postfixLine(`<${R}>: Domain prospect.example does not accept mail (nullMX)`),
    expect: { [R]: 'remove' },
    why: 'RFC 7505: the domain publishes that it takes no mail',
  },
  {
    src: 'crisp parser.js label "no route to host"',
    item: 'no route to host',
    raw: postfixLine(`<${R}>: connect to mx.prospect.example[192.0.2.10]:25: No route to host`),
    expect: { [R]: 'retry' },
    why: down,
  },
  {
    src: 'crisp parser.js label invalid_mailbox ("dosn\'t exist", a Chinese server\'s spelling)',
    item: "dosn't exist",
    raw: atRcpt("550 User dosn't exist"),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'crisp parser.js recipient "x (x)<mailto:x>" (Outlook rendered)',
    item: 'address (address)<mailto:address>',
    raw: plain('Microsoft Outlook <postmaster@sender.example>', 'Undeliverable: Proposal', `Your message to ${R} couldn't be delivered.\n\n${R} (${R})<mailto:${R}>\nThe email address wasn't found at the destination domain.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'crisp parser.js intro "there was a temporary problem delivering your message to x. Gmail will retry"',
    item: 'Gmail temporary problem',
    raw: plain('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Delay)', `** Delivery incomplete **\n\nThere was a temporary problem delivering your message to ${R}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.\n\nThe response from the remote server was:\n451 4.3.0 Mail server temporarily rejected message.\n`),
    expect: { [R]: 'pending' },
    why: 'Gmail still tries',
  },
  {
    src: 'crisp parser.js code "550-\'5.4.1\'" quoting',
    item: "550-'5.4.1",
    raw: plain('Microsoft Outlook <postmaster@sender.example>', 'Undeliverable: Proposal', `Delivery has failed to these recipients or groups:\n\n${R}\n\nRemote Server returned '550-'5.4.1 Recipient address rejected: Access denied. AS(201806281)'\n`),
    expect: { [R]: 'remove' },
    why: 'Exchange Online DBEB: no such recipient in the directory',
  },
  // ── EmailEngine bounce-detect.js ──
  {
    src: 'EmailEngine bounce-detect.js (Zoho: returned message as text/rfc822)',
    item: 'Zoho text/rfc822 copy',
    raw: [
      ...head('mailer-daemon@mx.zoho.example', 'Undelivered Mail Returned to Sender', 'multipart/mixed; boundary="ZO"', ['X-Mailer: Zoho Mail']),
      '--ZO',
      'Content-Type: text/plain; charset=utf-8',
      '',
      `This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients.\n\n${R}, ERROR CODE :550 - 5.1.1 <${R}>: Recipient address rejected: User unknown`,
      '',
      '--ZO',
      'Content-Type: text/rfc822',
      '',
      ` Received: from mx.sender.example\n From: sales@sender.example\n To: ${R}, pat@other.example\n Subject: Proposal`,
      '--ZO--',
      '',
    ].join('\n'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'EmailEngine bounce-detect.js / bounced.py get_delivery_status (a gateway hands on the DSN inside a message/rfc822 part)',
    item: 'DSN wrapped by a gateway',
    raw: [
      ...head('Mail Delivery System <MAILER-DAEMON@gw.sender.example>', 'Undelivered Mail Returned to Sender', 'multipart/mixed; boundary="OUT"'),
      '--OUT',
      'Content-Type: text/plain',
      '',
      'The attached delivery report was returned to your mail gateway.',
      '',
      '--OUT',
      'Content-Type: message/rfc822',
      '',
      'From: MAILER-DAEMON@mx.sender.example',
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="IN"',
      '',
      '--IN',
      'Content-Type: text/plain',
      '',
      'Delivery failed.',
      '',
      '--IN',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.sender.example',
      '',
      `Final-Recipient: rfc822; ${R}`,
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '',
      '--IN--',
      '',
      '--OUT--',
      '',
    ].join('\n'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'EmailEngine bounce-detect.js (guard: the returned copy is the person\'s own message forwarding an old DSN)',
    item: 'bounce of a forwarded bounce reads only the outer notice',
    raw: [
      ...head('Mail Delivery System <MAILER-DAEMON@mx.sender.example>', 'Undelivered Mail Returned to Sender', 'multipart/mixed; boundary="OUT"'),
      '--OUT',
      'Content-Type: text/plain',
      '',
      `Your message could not be delivered to <${R}>: 552 5.2.2 mailbox is full`,
      '',
      '--OUT',
      'Content-Type: message/rfc822',
      '',
      'From: Sales <sales@sender.example>',
      `To: ${R}`,
      'Subject: Fwd: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="FW"',
      '',
      '--FW',
      'Content-Type: text/plain',
      '',
      'See the bounce below.',
      '--FW',
      'Content-Type: message/rfc822',
      '',
      'From: MAILER-DAEMON@mx.sender.example',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="IN"',
      '',
      '--IN',
      'Content-Type: message/delivery-status',
      '',
      'Final-Recipient: rfc822; old@gone.example',
      'Action: failed',
      'Status: 5.1.1',
      '--IN--',
      '--FW--',
      '',
      '--OUT--',
      '',
    ].join('\n'),
    expect: { [R]: 'retry' },
    why: full,
  },
  // ── MailBounceDetector ──
  {
    src: 'MailBounceDetector QmailBounceDetector.cs (qmail text inside multipart/alternative)',
    item: 'qmail in multipart/alternative',
    raw: [
      ...head('MAILER-DAEMON@mx.sender.example', 'failure notice', 'multipart/alternative; boundary="ALT"'),
      '--ALT',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      "Hi. This is the qmail-send program at mx.sender.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<" + R + '>:\nRemote host said: 550 5.1.1 mailbox unavailable\n\n--- Below this line is a copy of the message.\n\nFrom: sales@sender.example\nTo: pat@other.example\n',
      '--ALT',
      'Content-Type: text/html; charset=us-ascii',
      '',
      `<p>Hi. This is the qmail-send program. &lt;${R}&gt;: 550 5.1.1 mailbox unavailable</p>`,
      '--ALT--',
      '',
    ].join('\n'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'MailBounceDetector StandardBounceDetector.cs (multipart/report met anywhere in the tree)',
    item: 'multipart/report inside multipart/mixed (footer added by a gateway)',
    raw: [
      ...head('Mail Delivery System <MAILER-DAEMON@mx.sender.example>', 'Undelivered Mail Returned to Sender', 'multipart/mixed; boundary="MIX"'),
      '--MIX',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="REP"',
      '',
      '--REP',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '',
      '--REP',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.sender.example',
      '',
      `Final-Recipient: rfc822; ${R}`,
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '',
      '--REP--',
      '',
      '--MIX',
      'Content-Type: text/plain',
      '',
      'This message was scanned by the gateway.',
      '--MIX--',
      '',
    ].join('\n'),
    expect: { [R]: 'retry' },
    why: full,
  },
  // ── mikel/mail Part ──
  {
    src: 'mikel/mail Part#parse_delivery_status_report (blank line holding spaces between groups)',
    item: 'whitespace-only separator line',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n   \nFinal-Recipient: rfc822; ${R}\nAction: failed\nStatus: 5.1.1\n   \nFinal-Recipient: rfc822; kim@prospect.example\nAction: failed\nStatus: 4.4.7`),
    expect: { [R]: 'remove', 'kim@prospect.example': 'retry' },
    why: '5.1.1 is dead; 4.4.7 expired in the queue is not',
  },
  {
    src: 'mikel/mail Message#bounced? (Action "FAILED" upper case, Diagnostic-Code only, no Status)',
    item: 'no Status field',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; ${R}\nAction: FAILED\nDiagnostic-Code: smtp; 550 5.1.1 <${R}>: Recipient address rejected: User unknown`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── fschulze/bounced get_recipient / get_status ──
  {
    src: 'bounced.py get_recipient ("LOCAL;" address type)',
    item: 'Final-Recipient: LOCAL;',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: LOCAL;${R}\nAction: failed\nStatus: 5.1.1`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'bounced.py get_status / EmailEngine (Original-Recipient only, three-digit Status)',
    item: 'Original-Recipient without Final-Recipient; Status 550',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nOriginal-Recipient: rfc822;${R}\nAction: failed\nStatus: 550\nDiagnostic-Code: smtp; 550 No such user here`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── flufl.bounce simplematch.py pairs not in A ──
  {
    src: 'flufl simplematch.py ("created automatically by mail delivery software" … "rcpt to: <x>")',
    item: 'rcpt to:<x> under the automatic-notice line',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@relay.sender.example>', 'Mail delivery failed', `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered:\n\nSMTP error from remote mail server after rcpt to:<${R}>:\n    550 Unknown user\n\nOriginal message follows.\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'flufl simplematch.py (kundenserver: "x@y:" at the start of a line)',
    item: 'addr: at line start',
    raw: plain('Mail Delivery System <mailer-daemon@kundenserver.example>', 'Mail delivery failed: returning message to sender', `A message that you sent could not be delivered to one or more of its recipients.\n\n${R}:\n    SMTP error from remote server after RCPT command:\n    host mx.prospect.example[192.0.2.10]:\n    550 5.1.1 mailbox unavailable\n\n--- The header of the original message is following. ---\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'flufl simplematch.py (gomaps: "Did not reach the following recipient" then " x")',
    item: 'Did not reach the following recipient',
    raw: plain('postmaster@mail.prospect.example', 'Undeliverable', `Your message\n\nDid not reach the following recipient(s):\n\n ${R} on Wed, 5 Nov 2025 08:30:00 +0000\n   The recipient name is not recognized\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'flufl simplematch.py (socgen: "Your message could not be delivered to x" on one line)',
    item: 'one-line intro naming the address',
    raw: plain('Mail Administrator <postmaster@mail.prospect.example>', 'Undeliverable mail', `Your message could not be delivered to ${R} because the mailbox does not exist.\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── Batch 2: the families the peers name without a pattern in their code (BounceParser's "known to
  // work with" list, its preprocessor comments), written from the vendors' public formats ──
  // CommuniGate Pro's notices ("Failed to deliver to '<x>'", then "<MODULE> module(<object>) reports:"
  // and the module's words, CommuniGate Pro Guide, "Delivery Status Notifications").
  {
    src: 'CommuniGate Pro (BounceParser corpus family; CGP Guide, DSN text): LOCAL module, account full',
    item: 'CGP LOCAL module: account is full',
    raw: plain('MAILER-DAEMON@cgp.prospect.example', 'Undeliverable mail: Proposal', `Failed to deliver to '<${R}>'\nLOCAL module(account lee) reports:\n account is full (quota exceeded)\n`),
    expect: { [R]: 'retry' },
    why: full,
  },
  {
    src: 'CommuniGate Pro: SMTP module, host says 550 5.1.1',
    item: 'CGP SMTP module: host says user unknown',
    raw: plain('MAILER-DAEMON@cgp.sender.example', 'Undeliverable mail: Proposal', `Failed to deliver to '<${R}>'\nSMTP module(domain prospect.example) reports:\n mx.prospect.example says:\n 550 5.1.1 <${R}>: Recipient address rejected: User unknown\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'CommuniGate Pro: LOCAL module, unknown account',
    item: 'CGP LOCAL module: unknown user account',
    raw: plain('MAILER-DAEMON@cgp.prospect.example', 'Undeliverable mail: Proposal', `Failed to deliver to '<${R}>'\nLOCAL module(account lee) reports:\n unknown user account\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'CommuniGate Pro: SMTP module, no connection',
    item: 'CGP SMTP module: connection timed out',
    raw: plain('MAILER-DAEMON@cgp.sender.example', 'Undeliverable mail: Proposal', `Failed to deliver to '<${R}>'\nSMTP module(domain prospect.example) reports:\n relay.prospect.example: connection timed out, message expired\n`),
    expect: { [R]: 'retry' },
    why: down,
  },
  // Postini's answers carry its "- psmtp" tag (Postini / Google Message Security's SMTP replies).
  ...words('Postini ("- psmtp" tag; BounceParser corpus family)', 'remove', dead, [
    '550 5.1.1 User unknown - psmtp',
    '550 No such user - psmtp',
  ]),
  ...words('Postini ("- psmtp" tag): content and sender refusals', 'fix-sending', 'the gateway refused the content or the sending host', [
    '554 5.7.1 Message rejected because of unacceptable content - psmtp',
    '550 5.7.1 Denied by policy - psmtp',
  ]),
  // EarthLink spamBlocker (BounceParser names EarthLink among its readers): a challenge, not a bounce.
  {
    src: 'EarthLink spamBlocker (BounceParser corpus family; EarthLink\'s public spamBlocker help)',
    item: 'spamBlocker approved-senders request',
    raw: plain('Lee Prospect <lee@earthlink.example>', 'Re: Proposal', 'Sorry for this automatic reply. To control spam I now only accept mail from senders I have approved beforehand.\n\nIf you would like to be added to my list of approved senders, please fill out the short request form (see the link below). Once I approve you, I will receive your original message in my inbox.\n\nhttp://spamblocker.earthlink.example/request?id=abc123\n'),
    expect: {},
    why: 'a challenge from a live mailbox',
  },
  // ── BounceParser "Returned mail: see transcript for details" without the fatal-errors block ──
  {
    src: 'BounceParser p_plain_smtp_transcript / _analyze_smtp_transcripts (transcript only, ">>> RCPT To" / "<<< 550")',
    item: 'sendmail transcript only',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>', 'Returned mail: see transcript for details', `The original message was received at Wed, 5 Nov 2025 08:29:00 GMT\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n... while talking to mx.prospect.example.:\n>>> RCPT To:<${R}>\n<<< 550 5.2.1 <${R}>... Mailbox disabled for this recipient\n550 5.2.1 <${R}>... Mailbox disabled for this recipient\n\n   ----- Message header follows -----\n\nFrom: sales@sender.example\nTo: ${R}\n`),
    expect: { [R]: 'remove' },
    why: gone,
  },
  {
    src: 'BounceParser $Not_An_Error (sendmail "transient non-fatal errors" warning)',
    item: 'sendmail transient non-fatal errors',
    raw: plain('Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>', 'Warning: could not send message for past 4 hours', `    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n   ----- The following addresses had transient non-fatal errors -----\n<${R}>\n\n   ----- Transcript of session follows -----\n<${R}>... Deferred: Connection refused by mx.prospect.example.\n`),
    expect: { [R]: 'pending' },
    why: 'a warning: still trying',
  },
  {
    src: 'BounceParser $Really_An_Error ("this is a permanent error" beats a "delayed" word before the copy)',
    item: 'qmail: queued too long, permanent',
    raw: plain('MAILER-DAEMON@mx.sender.example', 'failure notice', `Hi. This is the qmail-send program at mx.sender.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<${R}>:\nI'm not going to try again; this message has been in the queue too long.\nDelivery was delayed by connection timeouts to 192.0.2.10.\n\n--- Below this line is a copy of the message.\n`),
    expect: { [R]: 'retry' },
    why: 'gave up after the host stayed unreachable: a final failure, the address not known dead',
  },
  {
    src: 'BounceParser p_ims (multipart branch: the IMS error text in a text/plain part beside message/rfc822)',
    item: 'Exchange IMS multipart',
    raw: [
      ...head('System Administrator <postmaster@corp.sender.example>', 'Undeliverable: Proposal', 'multipart/mixed; boundary="IMS"', ['X-Mailer: Internet Mail Service (5.5.2653.19)']),
      '--IMS',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      `Your message\n\n  To:      ${R}\n  Subject: Proposal\n\ndid not reach the following recipient(s):\n\n${R} on Wed, 5 Nov 2025 08:30:00 +0000\n    The recipient name is not recognized\n    MSEXCH:IMS:Corp:HQ:MAIL1 0 (000C05A6) Unknown Recipient\n`,
      '--IMS',
      'Content-Type: message/rfc822',
      '',
      ...COPY_HEADERS,
      'Hello,',
      '--IMS--',
      '',
    ].join('\n'),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── PHP-Bounce-Handler: X-Failed-Recipients (several headers), Final-Recipient shapes ──
  {
    src: 'PHP-Bounce-Handler bounce_driver.class.php ("There can be multiple X-Failed-Recipients: headers")',
    item: 'two X-Failed-Recipients headers',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.sender.example>', 'Mail delivery failed: returning message to sender', `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ${R}\n    Unrouteable address\n  kim@gone.example\n    Unrouteable address\n`, [`X-Failed-Recipients: ${R}`, 'X-Failed-Recipients: kim@gone.example']),
    expect: { [R]: 'remove', 'kim@gone.example': 'remove' },
    why: 'Exim found no route to either domain',
  },
  {
    src: 'PHP-Bounce-Handler format_final_recipient_array (address before its type: "x@y; rfc822")',
    item: 'Final-Recipient: address; type',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: ${R}; rfc822\nAction: failed\nStatus: 5.1.1`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'PHP-Bounce-Handler strip_angle_brackets ("[x@y]")',
    item: 'Final-Recipient in square brackets',
    raw: dsn(`Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; [${R}]\nAction: failed\nStatus: 5.1.1`),
    expect: { [R]: 'remove' },
    why: dead,
  },
  // ── crisp-oss parser.js: more command and host shapes ──
  {
    src: 'crisp parser.js command "LMTP error after RCPT TO" (Exim LMTP transport)',
    item: 'LMTP error after RCPT TO',
    raw: plain('Mail Delivery System <Mailer-Daemon@mx.sender.example>', 'Mail delivery failed: returning message to sender', `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ${R}\n    LMTP error after RCPT TO:<${R}>:\n    550 5.1.1 <${R}> User doesn't exist: ${R}\n`, [`X-Failed-Recipients: ${R}`]),
    expect: { [R]: 'remove' },
    why: dead,
  },
  {
    src: 'crisp parser.js host "Name service error for name=x type=MX: Host not found"',
    item: 'Name service error, host not found (final)',
    raw: postfixLine(`<${R}>: Host or domain name not found. Name service error for name=prospect.example type=MX: Host not found`),
    expect: { [R]: 'remove' },
    why: noDomain,
  },
  {
    src: 'crisp parser.js host "Name service error … Host not found, try again"',
    item: 'Name service error, try again',
    raw: postfixLine(`<${R}>: Host or domain name not found. Name service error for name=prospect.example type=MX: Host not found, try again`),
    expect: { [R]: 'retry' },
    why: 'the DNS lookup failed for now',
  },
  // ── EmailEngine: "Delivery ... failed ...:" with the address on the next line and no cause ──
  {
    src: 'EmailEngine bounce-detect.js (/Delivery[^:]{0,100}failed[^:]{0,50}:/ then the next line)',
    item: 'Delivery to the following recipients failed, no cause',
    raw: plain('postmaster@mail.prospect.example', 'Delivery Status Notification (Failure)', `This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       ${R}\n`),
    expect: { [R]: 'retry' },
    why: vague,
  },
  // ── Batch 3: the rest of the peers' status tables, and the new word families in fr/it/de/es ──
  // crisp-oss parser.js's status table (RFC 5321 replies with their RFC 3463 details).
  ...words('crisp parser.js status table 551 "user_not_local" (RFC 5321 §3.4: the user has moved)', 'remove', 'the person has moved on', [
    '551 5.1.6 User not local; please try <lee@newco.example>',
  ]),
  ...words('crisp parser.js status table 553 5.1.3 "mailbox name not allowed"', 'remove', 'the address is malformed: it can never be delivered', [
    '553 5.1.3 Requested action not taken: mailbox name not allowed',
  ]),
  ...words('crisp parser.js status table 530 5.5.1 / 501 5.5.4 / 555 5.5.2 (the sending host\'s session)', 'fix-sending', 'the sending host must authenticate or speak SMTP properly', [
    '530 5.5.1 Authentication required',
    '501 5.5.4 Invalid HELO/EHLO argument',
  ]),
  ...words('PHP-Bounce-Handler bounce_responses.php 5.2.0 ("Mailbox currently suspended"), BounceParser "(currently) suspended"', 'remove', gone, [
    '550 Mailbox currently suspended - please contact the recipient by other means',
  ]),
  {
    src: 'bounce_email get_status_from_text ("The recipient was unavailable to take delivery of the message", Exchange 2000)',
    item: 'Exchange: recipient unavailable to take delivery, no status',
    raw: plain('System Administrator <postmaster@corp.prospect.example>', 'Undeliverable: Proposal', `Your message did not reach some or all of the intended recipients.\n\n      Subject:\tProposal\n\nThe following recipient(s) could not be reached:\n\n      ${R} on 11/5/2025 8:30 AM\n            The recipient was unavailable to take delivery of the message\n`),
    expect: { [R]: 'retry' },
    why: vague,
  },
  // The "not recognized" and "discontinued" families in French, Italian, German and Spanish.
  ...[
    ['fr', '550 5.1.1 Destinataire non reconnu'],
    ['it', '550 5.1.1 Destinatario non riconosciuto'],
    ['de', '550 5.1.1 Empfänger nicht erkannt'],
    ['es', '550 5.1.1 Destinatario no reconocido'],
    ['fr', '550 Adresse non reconnue par ce serveur'],
    ['it', '550 Utente non riconosciuto su questo server'],
    ['de', '550 Benutzer wurde nicht erkannt'],
    ['es', '550 Usuario no reconocido en este servidor'],
  ].map(([lang, reply], i): Row => ({
    src: 'BounceParser _std_reason user_unknown "not recognized", localised',
    item: `${lang}: ${reply}`,
    raw: (i % 2 ? remote : said)(reply),
    expect: { [R]: 'remove' },
    why: dead,
  })),
  ...[
    ['fr', '550 Cette adresse est désormais inactive et ne reçoit plus de courrier'],
    ['it', '550 Questa casella non è più attiva'],
    ['de', '550 Dieses Postfach wurde aufgelöst'],
    ['es', '550 Esta cuenta fue dada de baja'],
  ].map(([lang, reply], i): Row => ({
    src: 'BounceParser _std_reason "discontinued" / PHP-Bounce-Handler 5.2.1 disabled, localised',
    item: `${lang}: ${reply}`,
    raw: (i % 2 ? remote : said)(reply),
    expect: { [R]: 'remove' },
    why: gone,
  })),
  // BounceParser's spam words in fr/it/de/es ("mass mailing", "bulk", "spam content").
  ...[
    ['fr', '550 5.7.1 Envoi de masse refusé : contenu publicitaire non sollicité'],
    ['it', '550 5.7.1 Messaggio rifiutato: contenuto di spam'],
    ['de', '550 5.7.1 Massenmail abgelehnt (Spam-Inhalt)'],
    ['es', '550 5.7.1 Correo masivo rechazado: contenido de spam'],
  ].map(([lang, reply], i): Row => ({
    src: 'BounceParser _std_reason spam ("bulk e?mail", "Spam content"), localised',
    item: `${lang}: ${reply}`,
    raw: (i % 2 ? remote : said)(reply),
    expect: { [R]: 'fix-sending' },
    why: spam,
  })),
  {
    src: 'flufl qmail.py introtags ("Your mail message to the following")',
    item: 'qmail intro "Your mail message to the following"',
    raw: plain('MAILER-DAEMON@mx.prospect.example', 'failure notice', `Your mail message to the following address(es) could not be delivered.\nThis is a permanent error.\n\n<${R}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n`),
    expect: { [R]: 'remove' },
    why: dead,
  },
]

auditTests('peer audit: the peers\' detector items', rows, notices)
