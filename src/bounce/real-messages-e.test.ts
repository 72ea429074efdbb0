/**
 * Issue 9, a fifth outside check on whole messages kept in other projects' test data (Schleuder's,
 * libredesk's, eml_parser's, go-gmime's, GLPI's, parsedmarc's, Email-ARF's, Combodo's and Discourse's
 * test messages). The engine read them all; the families below were found while reading the mail
 * software those messages come from, and are written here for this test from its documentation and
 * source, never copied from those files:
 * - masqmail's failure and delay notices (tpl/failmsg.tpl, warnmsg.tpl and their .de, .fr, .it
 *   translations; fail_msg.c writes "@failed_rcpts" as one "\t<x@y>" line per recipient, deliver.c
 *   gives one error for them all: "while connected with <host>, the server replied" over the
 *   server's reply, or "could not open connection to <host>:25 :" over the system's error). The
 *   cause comes once, after the list, under "This error message may give you a hint about what
 *   caused the failure:" (localised; the French and Italian notices repeat it in English): it is
 *   every listed recipient's cause, and the one recipient's own reply when only one is listed.
 * - a DNS block list's default refusal naming the sending IP: sendmail's FEATURE(`dnsbl')
 *   ("Rejected: <ip> listed at <zone>", cf/README), UCEPROTECT's and others' "<ip> is listed at
 *   <zone>", also behind a plain 550/554 with no enhanced status (SendGrid's legacy text notice,
 *   go-gmime's fixtures show its layout: "<list>:<id>:<x@y> : <ip> : <mx>:[<ip>] : <reply>"): the
 *   sender's IP is blocked, never the recipient's fault.
 * - a local delivery program that says the user does not exist: Postfix's pipe(8) turns the command's
 *   EX_NOUSER exit into 5.1.1 (src/global/sys_exits.c), and dovecot-lda exits so with "User doesn't
 *   exist" (Dovecot's LDA documentation); the program's words, not "Command died with status", decide.
 *   Any other program failure stays the recipient host's own (mailererror, retried).
 * - a Sieve "reject" (RFC 5429), the recipient's own filter refusing the message in a disposition
 *   notification: Dovecot Pigeonhole's "Your message to <x> was automatically rejected:" over the rule's
 *   reason (sieve-actions.c), Cyrus lmtpd's "Your message was automatically rejected by Sieve, a mail
 *   filtering language." / "The following reason was given:" (lmtp_sieve.c). The reason decides; one
 *   that names no cause is the recipient's filter, retried.
 * - SpamAssassin's report_safe spam report (rules/10_default_prefs.cf and the localised
 *   rules/30_text_de.cf, _fr, _it, _nl): a report about mail the reader received, never a bounce.
 * Each message is checked in LF, CRLF and CR line endings.
 */
import { describeText, describeWhole, type Row, type TextRow } from './outside-check-kit'

// ---------------------------------------------------------------------------------------------
// masqmail
// ---------------------------------------------------------------------------------------------

type Lang = 'en' | 'de' | 'fr' | 'it'

/** The notification part's text before the list, between the list and the error, and after it. */
const MASQ_FAIL: Record<Lang, { intro: string[]; hint: string[]; outro: string[] }> = {
  en: {
    intro: [
      'This message was sent to you by the mailer daemon (masqmail 0.3.6)',
      'at relay.sender.example.',
      '',
      'Sorry, but your mail could not be delivered to all recipients.',
      'Delivery to the following recipients failed permanently and has been given',
      'up:',
    ],
    hint: ['This error message may give you a hint about what caused the', 'failure:'],
    outro: ['If you need help, write to <postmaster@relay.sender.example>.', '', 'Your message follows attached, including all headers:'],
  },
  de: {
    intro: [
      'Diese Nachricht wurde Ihnen von dem Mail Agenten',
      '(masqmail 0.3.6) auf relay.sender.example geschickt.',
      '(This message was sent to you by the mailer daemon (masqmail 0.3.6)',
      'at relay.sender.example.)',
      '',
      'Bedauerlicherweise konnte Ihre Mail nicht an alle Empfänger weitergeleitet',
      'werden.',
      '(Sorry, but your mail could not be delivered to all recipients.)',
      '',
      'Die Zustellung zu den folgenden Empfängern ist permanent',
      'fehlgeschlagen. Es wird kein weiterer Versuch unternommen:',
      '(Delivery to the following recipients failed permanently and has been given',
      'up:)',
    ],
    hint: ['Diese Fehlermeldung könnte einen Hinweis über die Ursache geben:', '(This error message may give you a hint about what caused the', 'failure:)'],
    outro: ['Für weitere Hilfe, schreiben Sie an <postmaster@relay.sender.example>.', '(If you need help, write to <postmaster@relay.sender.example>.)'],
  },
  fr: {
    intro: [
      'Ce message vous a été envoyé par le serveur de messagerie',
      '(masqmail 0.3.6) sur relay.sender.example.',
      '(This message was sent to you by the mailer daemon (masqmail 0.3.6)',
      'at relay.sender.example.)',
      '',
      "J'ai le regret de vous informer que votre courrier n'a pas pu être transmis à",
      'tous ses destinataires.',
      '(Sorry, but your mail could not be delivered to all recipients.)',
      '',
      "L'expédition vers les destinataires suivants a échoué et a été définitivement",
      'abandonnée:',
      '(Delivery to the following recipients failed permanently and has been given',
      'up:)',
    ],
    hint: ["Ce message d'erreur peut vous aider à déterminer la cause de l'échec:", '(This error message may give you a hint about what caused the', 'failure:)'],
    outro: ["Si vous avez besoin d'aide, veuillez écrire à <postmaster@relay.sender.example>.", '(If you need help, write to <postmaster@relay.sender.example>.)'],
  },
  it: {
    intro: [
      "Questo messaggio ti e' stato spedito dal demone: ",
      ' (This message was sent to you by the mailer daemon:)',
      '(masqmail 0.3.6) @ relay.sender.example:',
      '',
      "Spiacente ma non e' stato possibile spedire il tuo msg a tutti",
      "i destinatari. L'invio ai seguenti destinatari e' fallito in modo",
      "permanente e non verra' ritentato:",
      ' (Sorry, but your mail could not be delivered to all recipients.',
      '  Delivery to the following recipients failed permanently and has ',
      '  been given up:)',
    ],
    hint: ["Il seguente msg d'errore potrebbe aiutarti a capire la causa ", "dell'errore:", ' (This error message may give you a hint about what caused the', '  failure:)'],
    outro: ['In caso ti serva aiuto scrivi a <postmaster@relay.sender.example>.', 'Il tuo msg segue in allegato.'],
  },
}

const MASQ_WARN: Record<Lang, { intro: string[]; hint: string[]; outro: string[] }> = {
  en: {
    intro: [
      'This message was sent to you by the mailer daemon (masqmail 0.3.6)',
      'at relay.sender.example.',
      '',
      'Sorry, but your mail could not yet be delivered to all recipients.',
      'Delivery to the following recipients has been deferred:',
    ],
    hint: [
      'Delivery will be tried again, until it is either successful or a',
      'timeout has been reached. If the latter happens, you will get a',
      'delivery failure notice.',
      '',
      '',
      'This error message may give you a hint about what caused the',
      'delay:',
    ],
    outro: ['If you need help, write to <postmaster@relay.sender.example>.', '', 'The headers of your message follow attached:'],
  },
  de: {
    intro: [
      'Diese Nachricht wurde Ihnen von dem Mail Agenten',
      '(masqmail 0.3.6) auf relay.sender.example geschickt.',
      '',
      'Bedauerlicherweise konnte Ihre Mail noch nicht an alle Empfänger',
      'zugestellt werden.',
      '(Sorry, but your mail could not yet be delivered to all recipients.)',
      '',
      'Die Mail konnte bis jetzt zu folgenden Empfängern nicht zugestellt werden:',
      '(Delivery to the following recipients has been deferred:)',
    ],
    hint: [
      'Die Zustellung wird weiterhin versucht, bis sie entweder erfolgreich',
      'ist oder ein Zeitlimit eingetreten ist. In letzterem Fall wird',
      'Ihnen eine Fehlermeldung zugestellt.',
      '',
      'Diese Fehlermeldung könnte einen Hinweis über die Ursache geben:',
      '(This error message may give you a hint about what caused the',
      'delay:)',
    ],
    outro: ['Für weitere Hilfe, schreiben Sie an <postmaster@relay.sender.example>.'],
  },
  fr: {
    intro: [
      '[ENGLISH BELOW]',
      '',
      '------------------------------[ FRANCAIS ]------------------------------',
      '',
      'Ce message vous a été envoyé par le serveur de messagerie',
      '(masqmail 0.3.6) sur relay.sender.example.',
      '',
      "J'ai le regret de vous informer que votre courrier n'a pas pu être transmis",
      "à tous ses destinataires. L'expédition vers les destinataires suivants a été",
      'différée:',
    ],
    hint: [
      "D'autres tentatives d'envoi vont être effectuées, jusqu'à ce que cela",
      'réussisse ou dépasse une certaine limite dans le temps. Dans ce cas, vous',
      "recevrez une notification d'échec d'expédition.",
      '',
      "Ce message d'erreur peut peut-être vous aider à déterminer l'origine du",
      'délai:',
    ],
    outro: ["Si vous avez besoin d'aide, écrivez à <postmaster@relay.sender.example>."],
  },
  it: {
    intro: [
      "Questo messaggio ti e' stato spedito dal servente: ",
      'masqmail 0.3.6) a relay.sender.example.',
      '',
      "Spiacente ma non e' stato possibile spedire il tuo msg a tutti",
      "i destinatari. L'invio ai seguenti destinatari e' stato ritardato:",
      '(Sorry, but your mail could not yet be delivered to all recipients.',
      'Delivery to the following recipients has been deferred:)',
    ],
    hint: [
      "La spedizione verra' ritentata, finche' ha successo o scade il ",
      "tempo disponibile impostato. In quest'ultimo caso riceverai una",
      'notifica di spedizione fallita definitiva.',
      '',
      "Il seguente msg d'errore potrebbe aiutarti a capire la causa ",
      "dell'errore:",
    ],
    outro: ['In caso ti serva aiuto scrivi a:', '  <postmaster@relay.sender.example>.'],
  },
}

const MASQ_BOUNDARY = '1vX2ab-0001Q3-7k/relay.sender.example'

/** A masqmail notice: its subject, the list ("\t<x@y>" lines) and the one error under the hint heading. */
function masqmail(kind: 'fail' | 'warn', lang: Lang, rcpts: readonly string[], error: readonly string[]): string {
  const t = (kind === 'fail' ? MASQ_FAIL : MASQ_WARN)[lang]
  const subject = kind === 'fail' ? 'Mail Delivery Failure Notice' : lang === 'fr' ? "Attention: impossible d'envoyer un message" : 'Warning: could not yet send message'
  return [
    'Return-Path: <>',
    `Subject: ${subject}`,
    'From: MAILER-DAEMON@relay.sender.example',
    'To: sales@sender.example',
    'Date: Tue, 03 Mar 2026 10:00:00 +0100',
    'Message-ID: <1vX2ab-0001Q3-7k@relay.sender.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed;',
    `        boundary="${MASQ_BOUNDARY}"`,
    '',
    ...(lang === 'fr' ? ['Ce message est encapsule avec le format MIME.'] : []),
    'This is a MIME-encapsulated message.',
    '',
    `--${MASQ_BOUNDARY}`,
    'Content-Description: Notification',
    'Content-Type: text/plain;',
    '  charset=utf-8',
    '',
    ...t.intro,
    '',
    ...rcpts.map((r) => `\t<${r}>`),
    '',
    ...t.hint,
    '',
    ...error,
    '',
    ...t.outro,
    '',
    // The French delay notice says it all again in English (warnmsg.tpl.fr: "[ENGLISH BELOW]").
    ...(kind === 'warn' && lang === 'fr'
      ? [
          '',
          '------------------------------[ ENGLISH ]------------------------------',
          '',
          ...MASQ_WARN.en.intro,
          '',
          ...rcpts.map((r) => `\t<${r}>`),
          '',
          ...MASQ_WARN.en.hint,
          '',
          ...error,
          '',
          ...MASQ_WARN.en.outro,
          '',
        ]
      : []),
    `--${MASQ_BOUNDARY}`,
    `Content-Description: ${kind === 'fail' ? 'Undelivered Message' : 'Undelivered Message Headers'}`,
    'Content-Type: message/rfc822',
    '',
    'Received: from sales by relay.sender.example with local (masqmail 0.3.6)',
    '\tid 1vX2aa-0001Q2-6j',
    '\tfor <sales@sender.example>; Tue, 03 Mar 2026 09:40:00 +0100',
    'From: Sales <sales@sender.example>',
    `To: ${rcpts.join(', ')}`,
    'Subject: Our offer for the spring season',
    'Message-ID: <1vX2aa-0001Q2-6j@relay.sender.example>',
    'Date: Tue, 03 Mar 2026 09:40:00 +0100',
    '',
    ...(kind === 'fail' ? ['Hello, please find our offer below.', ''] : []),
    `--${MASQ_BOUNDARY}--`,
    '',
  ].join('\n')
}

const replied = (host: string, reply: string) => [`while connected with ${host}, the server replied`, `\t${reply}`]

const MASQMAIL: Row[] = [
  {
    name: 'en, one recipient, a dead mailbox whose reply does not name it',
    raw: masqmail('fail', 'en', ['j.martin@prospect.example'], replied('mx.prospect.example', '550 5.1.1 User unknown')),
    want: [['j.martin@prospect.example', 'remove']],
  },
  {
    name: 'en, one recipient, the reply naming it',
    raw: masqmail('fail', 'en', ['j.martin@prospect.example'], replied('mx.prospect.example', '550 5.1.1 <j.martin@prospect.example>: Recipient address rejected: User unknown in virtual mailbox table')),
    want: [['j.martin@prospect.example', 'remove']],
  },
  {
    name: 'en, one recipient, refused as spam after DATA',
    raw: masqmail('fail', 'en', ['j.martin@prospect.example'], replied('mx.prospect.example', '554 5.7.1 Message rejected as spam by Content Filtering')),
    want: [['j.martin@prospect.example', 'fix-sending']],
  },
  {
    name: 'de, one recipient, mailbox full',
    raw: masqmail('fail', 'de', ['k.schulz@kunde.example'], replied('mx.kunde.example', '552 5.2.2 Mailbox full')),
    want: [['k.schulz@kunde.example', 'retry']],
  },
  {
    name: 'de, one recipient, no such user (no enhanced status)',
    raw: masqmail('fail', 'de', ['k.schulz@kunde.example'], replied('mx.kunde.example', '550 Benutzer unbekannt')),
    want: [['k.schulz@kunde.example', 'remove']],
  },
  {
    name: 'fr, two recipients, one reply for both: mailbox full',
    raw: masqmail('fail', 'fr', ['claire.dubois@client.example', 'p.leroy@client.example'], replied('mx.client.example', '552 5.2.2 Mailbox full')),
    want: [
      ['claire.dubois@client.example', 'retry'],
      ['p.leroy@client.example', 'retry'],
    ],
  },
  {
    name: 'fr, two recipients, one reply for both: a dead address is never given to both',
    raw: masqmail('fail', 'fr', ['claire.dubois@client.example', 'p.leroy@client.example'], replied('mx.client.example', '550 5.1.1 User unknown')),
    want: [
      ['claire.dubois@client.example', 'retry'],
      ['p.leroy@client.example', 'retry'],
    ],
  },
  {
    // deliver.c: "could not open connection to %s:%d :\n\t%s" with hstrerror(h_errno): glibc's "Unknown host".
    name: 'fr, one recipient, the domain has no mail host',
    raw: masqmail('fail', 'fr', ['claire.dubois@client-typo.example'], ['could not open connection to client-typo.example:25 :', '\tUnknown host']),
    want: [['claire.dubois@client-typo.example', 'remove']],
  },
  {
    name: 'it, one recipient, refused as spam',
    raw: masqmail('fail', 'it', ['m.rossi@cliente.example'], replied('mx.cliente.example', '550 5.7.1 Message rejected as spam by Content Filtering')),
    want: [['m.rossi@cliente.example', 'fix-sending']],
  },
  {
    name: 'it, one recipient, the sending IP on a block list',
    raw: masqmail('fail', 'it', ['m.rossi@cliente.example'], replied('mx.cliente.example', '554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org')),
    want: [['m.rossi@cliente.example', 'fix-sending']],
  },
  {
    name: 'en warning: connection refused, still trying',
    raw: masqmail('warn', 'en', ['j.martin@prospect.example'], ['could not open connection to mx.prospect.example:25 :', '\tConnection refused']),
    want: [['j.martin@prospect.example', 'pending']],
  },
  {
    name: 'de warning: greylisted',
    raw: masqmail('warn', 'de', ['k.schulz@kunde.example'], replied('mx.kunde.example', '450 4.2.0 <k.schulz@kunde.example>: Recipient address rejected: Greylisted')),
    want: [['k.schulz@kunde.example', 'pending']],
  },
  {
    name: 'fr warning (bilingual), two recipients',
    raw: masqmail('warn', 'fr', ['claire.dubois@client.example', 'p.leroy@client.example'], ['could not open connection to mx.client.example:25 :', '\tConnection timed out']),
    want: [
      ['claire.dubois@client.example', 'pending'],
      ['p.leroy@client.example', 'pending'],
    ],
  },
  {
    name: 'it warning: mailbox temporarily over quota',
    raw: masqmail('warn', 'it', ['m.rossi@cliente.example'], replied('mx.cliente.example', '452 4.2.2 Mailbox full')),
    want: [['m.rossi@cliente.example', 'pending']],
  },
]

// ---------------------------------------------------------------------------------------------
// A DNS block list's default refusal naming the sending IP
// ---------------------------------------------------------------------------------------------

/** A sendmail DSN for one recipient with the given status and remote reply. */
function sendmailDsn(status: string, reply: string): string {
  return [
    'Return-Path: <>',
    'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>',
    'To: <sales@sender.example>',
    'Subject: Returned mail: see transcript for details',
    'Date: Tue, 3 Mar 2026 10:00:00 +0100',
    'Message-Id: <202603030900.623900a1000001@mx.sender.example>',
    'Auto-Submitted: auto-generated (failure)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="623900a1000001.1772528400/mx.sender.example"',
    '',
    'This is a MIME-encapsulated message',
    '',
    '--623900a1000001.1772528400/mx.sender.example',
    '',
    'The original message was received at Tue, 3 Mar 2026 09:59:58 +0100',
    'from localhost [127.0.0.1]',
    '',
    '   ----- The following addresses had permanent fatal errors -----',
    '<anna.berg@prospect.example>',
    '    (reason: ' + reply.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/, '') + ')',
    '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.prospect.example.:',
    '>>> MAIL From:<sales@sender.example> SIZE=1800',
    `<<< ${reply}`,
    '554 5.0.0 Service unavailable',
    '',
    '--623900a1000001.1772528400/mx.sender.example',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.sender.example',
    'Received-From-MTA: DNS; localhost',
    'Arrival-Date: Tue, 3 Mar 2026 09:59:58 +0100',
    '',
    'Final-Recipient: RFC822; anna.berg@prospect.example',
    'Action: failed',
    `Status: ${status}`,
    'Remote-MTA: DNS; mx.prospect.example',
    `Diagnostic-Code: SMTP; ${reply}`,
    'Last-Attempt-Date: Tue, 3 Mar 2026 10:00:00 +0100',
    '',
    '--623900a1000001.1772528400/mx.sender.example',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Sales <sales@sender.example>',
    'To: anna.berg@prospect.example',
    'Subject: Our offer',
    '',
    '--623900a1000001.1772528400/mx.sender.example--',
    '',
  ].join('\n')
}

/** SendGrid's legacy plain notice: "<list>:<id>:<x@y> : <ip> : <mx>:[<ip>] : <reply>". */
function sendgridText(reply: string): string {
  return [
    'Return-Path: <>',
    'From: MAILER-DAEMON',
    'To: bounces+884638-8598-news@mail.sender.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Wed, 4 Mar 2026 00:32:06 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain',
    '',
    'This is an automatically generated message from SendGrid.',
    '',
    "I'm sorry to have to tell you that your message was not able to be",
    'delivered to one of its intended recipients.',
    '',
    'If you require assistance with this, please contact SendGrid support.',
    '',
    `sender-news:884638:<anna.berg@prospect.example> : 192.0.2.140 : mx.prospect.example:[203.0.113.20] : ${reply}  in RCPT TO`,
    '',
  ].join('\n')
}

const DNSBL: Row[] = [
  {
    name: "sendmail FEATURE(`dnsbl') default, 5.7.1",
    raw: sendmailDsn('5.7.1', '550 5.7.1 Rejected: 192.0.2.140 listed at zen.spamhaus.org'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: "sendmail FEATURE(`dnsbl') default behind a plain 550 and 5.0.0",
    raw: sendmailDsn('5.0.0', '550 Rejected: 192.0.2.140 listed at bl.spamcop.net'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: 'a 554 banner: not accepting messages, the IP listed at a zone',
    raw: sendmailDsn('5.0.0', '554 mx.prospect.example ESMTP not accepting messages: 192.0.2.140 listed at zen.spamhaus.org'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: 'UCEPROTECT: the IP is listed at its zone',
    raw: sendmailDsn('5.0.0', '550 192.0.2.140 is listed at dnsbl-1.uceprotect.net, see http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.140'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: 'Barracuda: the bracketed IP listed at its reputation zone',
    raw: sendmailDsn('5.0.0', '554 Service unavailable; Client host [192.0.2.140] is listed at b.barracudacentral.org'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: 'SendGrid legacy text notice: a dead address',
    raw: sendgridText('550 5.1.1 <anna.berg@prospect.example>: Recipient address rejected: User unknown in local recipient table'),
    want: [['anna.berg@prospect.example', 'remove']],
  },
  {
    name: 'SendGrid legacy text notice: the IP listed at a zone',
    raw: sendgridText('554 mx.prospect.example ESMTP not accepting messages: 192.0.2.140 listed at zen.spamhaus.org'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: 'a deferral naming the listed IP is still the sender\'s, never a dead address',
    raw: sendmailDsn('4.7.1', '451 4.7.1 Service unavailable - try again later: 192.0.2.140 listed at zen.spamhaus.org'),
    want: [['anna.berg@prospect.example', 'fix-sending']],
  },
  {
    name: 'guard: a dead mailbox whose reply names the client IP',
    raw: sendmailDsn('5.1.1', '550 5.1.1 <anna.berg@prospect.example>: Recipient address rejected: User unknown (client 192.0.2.140)'),
    want: [['anna.berg@prospect.example', 'remove']],
  },
  {
    name: 'guard: a mailbox full reply that names an IP in its trace',
    raw: sendmailDsn('4.2.2', '452 4.2.2 Mailbox full (192.0.2.140)'),
    want: [['anna.berg@prospect.example', 'retry']],
  },
]

// ---------------------------------------------------------------------------------------------
// A local delivery program's words under Postfix's pipe(8) status
// ---------------------------------------------------------------------------------------------

/** A Postfix notice for a pipe(8) delivery: the Diagnostic-Code is "x-unix; <what the command said>". */
function postfixPipe(status: string, output: string, action = 'failed'): string {
  const delayed = action === 'delayed'
  return [
    'Return-Path: <>',
    'From: MAILER-DAEMON@mx.prospect.example (Mail Delivery System)',
    'To: sales@sender.example',
    `Subject: ${delayed ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
    'Date: Tue, 3 Mar 2026 10:00:00 +0100',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="7D2E1C04A1.1772528400/mx.prospect.example"',
    '',
    'This is a MIME-encapsulated message.',
    '',
    '--7D2E1C04A1.1772528400/mx.prospect.example',
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.prospect.example.',
    '',
    ...(delayed
      ? ['####################################################################', '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #', '####################################################################', '']
      : ["I'm sorry to have to inform you that your message could not", "be delivered to one or more recipients. It's attached below.", '']),
    `<v.roux@prospect.example>: ${output}`,
    '',
    '--7D2E1C04A1.1772528400/mx.prospect.example',
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.prospect.example',
    'X-Postfix-Queue-ID: 7D2E1C04A1',
    '',
    'Final-Recipient: rfc822; v.roux@prospect.example',
    'Original-Recipient: rfc822;v.roux@prospect.example',
    `Action: ${action}`,
    `Status: ${status}`,
    `Diagnostic-Code: x-unix; ${output}`,
    '',
    '--7D2E1C04A1.1772528400/mx.prospect.example',
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Sales <sales@sender.example>',
    'To: v.roux@prospect.example',
    'Subject: Our offer',
    '',
    '--7D2E1C04A1.1772528400/mx.prospect.example--',
    '',
  ].join('\n')
}

const LOCAL_PROGRAM: Row[] = [
  {
    name: 'dovecot-lda: the user does not exist (EX_NOUSER, 5.1.1)',
    raw: postfixPipe('5.1.1', 'Command died with status 67: "/usr/lib/dovecot/deliver". Command output: User doesn\'t exist: v.roux'),
    want: [['v.roux@prospect.example', 'remove']],
  },
  {
    name: 'dovecot-lda as a pipe(8) transport: the user does not exist',
    raw: postfixPipe('5.1.1', 'user unknown. Command output: User doesn\'t exist: v.roux@prospect.example'),
    want: [['v.roux@prospect.example', 'remove']],
  },
  {
    name: 'guard: procmail could not create the mailbox file under 5.1.1 stays the host\'s own failure',
    raw: postfixPipe('5.1.1', 'Command died with status 73: "/usr/bin/procmail". Command output: procmail: Couldn\'t create "/var/spool/mail/v.roux"'),
    want: [['v.roux@prospect.example', 'retry']],
  },
  {
    name: 'guard: dovecot-lda over quota',
    raw: postfixPipe('5.2.2', 'Command died with status 77: "/usr/lib/dovecot/dovecot-lda". Command output: Quota exceeded (mailbox for user is full)'),
    want: [['v.roux@prospect.example', 'retry']],
  },
  {
    name: 'guard: the user lookup failed for now (EX_TEMPFAIL), still being retried',
    raw: postfixPipe('4.3.0', 'Command died with status 75: "/usr/lib/dovecot/deliver". Command output: User doesn\'t exist: v.roux (temporary userdb failure)', 'delayed'),
    want: [['v.roux@prospect.example', 'pending']],
  },
]

// ---------------------------------------------------------------------------------------------
// A Sieve reject (RFC 5429)
// ---------------------------------------------------------------------------------------------

/** A reject's disposition notification: Pigeonhole's or Cyrus's text part over the MDN and the message. */
function sieveReject(kind: 'pigeonhole' | 'cyrus', reason: readonly string[], subject = 'Automatically rejected mail'): string {
  const b = kind === 'pigeonhole' ? '98765/mail.prospect.example' : 'Cyrus-1772528400-12345-1=_mail.prospect.example'
  const text =
    kind === 'pigeonhole'
      ? ['', 'Your message to <l.moreau@prospect.example> was automatically rejected:', ...reason]
      : ['', 'Your message was automatically rejected by Sieve, a mail', 'filtering language.', '', 'The following reason was given:', ...reason, '']
  return [
    'Return-Path: <>',
    ...(kind === 'pigeonhole' ? ['X-Sieve: Pigeonhole Sieve 0.5.21'] : []),
    'Message-ID: <dovecot-sieve-1772528405-123456-0@mail.prospect.example>',
    'Date: Tue, 03 Mar 2026 10:00:05 +0100',
    `From: ${kind === 'pigeonhole' ? 'Postmaster <postmaster@prospect.example>' : '<>'}`,
    'To: <sales@sender.example>',
    `Subject: ${subject}`,
    'Auto-Submitted: auto-replied (rejected)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification;',
    `\tboundary="${b}"`,
    '',
    'This is a MIME-encapsulated message',
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Disposition: inline',
    'Content-Transfer-Encoding: 8bit',
    ...text,
    `--${b}`,
    'Content-Type: message/disposition-notification',
    '',
    `Reporting-UA: mail.prospect.example; ${kind === 'pigeonhole' ? 'Dovecot Mail Delivery Agent' : 'Cyrus lmtpd'}`,
    'Original-Recipient: rfc822; l.moreau@prospect.example',
    'Final-Recipient: rfc822; l.moreau@prospect.example',
    'Original-Message-ID: <q1@sender.example>',
    'Disposition: automatic-action/MDN-sent-automatically; deleted',
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    '',
    'From: Sales <sales@sender.example>',
    'To: l.moreau@prospect.example',
    'Subject: Our offer',
    'Message-ID: <q1@sender.example>',
    'Date: Tue, 03 Mar 2026 09:59:00 +0100',
    '',
    `--${b}--`,
    '',
  ].join('\n')
}

const SIEVE_REJECT: Row[] = [
  { name: 'Pigeonhole: a rule that names no cause', raw: sieveReject('pigeonhole', ['I do not accept messages from this sender.']), want: [['l.moreau@prospect.example', 'retry']] },
  {
    name: 'Pigeonhole: the address is no longer in use, another one given',
    raw: sieveReject('pigeonhole', ['This address is no longer in use. Please write to info@prospect.example instead.']),
    want: [['l.moreau@prospect.example', 'remove']],
  },
  {
    name: "Dovecot LDA's rejection: over quota",
    raw: sieveReject('pigeonhole', ['Quota exceeded (mailbox for user is full)'], 'Rejected: Our offer'),
    want: [['l.moreau@prospect.example', 'retry']],
  },
  { name: 'Cyrus: a rule that names no cause', raw: sieveReject('cyrus', ['Not wanted here, sorry.']), want: [['l.moreau@prospect.example', 'retry']] },
  {
    name: 'Cyrus: the mailbox is no longer in use (two lines)',
    raw: sieveReject('cyrus', ['This mailbox is no longer in use.', 'Kontakt: empfang@prospect.example']),
    want: [['l.moreau@prospect.example', 'remove']],
  },
]

// ---------------------------------------------------------------------------------------------
// SpamAssassin's report_safe spam report: a report about mail the reader received
// ---------------------------------------------------------------------------------------------

const SA_REPORT: Record<string, string[]> = {
  en: [
    'Spam detection software, running on the system "mx.sender.example",',
    'has identified this incoming email as possible spam.  The original',
    'message has been attached to this so you can view it or label',
    'similar future email.  If you have any questions, see',
    'the administrator of that system for details.',
    '',
    'Content preview:  Your account delivery failed. Verify now. [...] ',
    '',
    'Content analysis details:   (7.1 points, 5.0 required)',
    '',
    ' pts rule name              description',
    '---- ---------------------- --------------------------------------------------',
    ' 3.5 URIBL_BLACK            Contains an URL listed in the URIBL blacklist',
    ' 1.7 RCVD_IN_SBL            RBL: Received via a relay in Spamhaus SBL',
  ],
  de: [
    'Software zur Erkennung von "Spam" auf dem Rechner',
    '',
    '    mx.sender.example',
    '',
    'hat die eingegangene E-mail als mögliche "Spam"-Nachricht identifiziert.',
    'Die ursprüngliche Nachricht wurde an diesen Bericht angehängt, so dass',
    'Sie sie anschauen können (falls es doch eine legitime E-Mail ist) oder',
    'ähnliche unerwünschte Nachrichten in Zukunft markieren können.',
    'Bei Fragen zu diesem Vorgang wenden Sie sich bitte an',
    '',
    '    the administrator of that system',
    '',
    'Vorschau: Ihre Nachricht konnte nicht zugestellt werden. [...] ',
    '',
    'Inhaltsanalyse im Detail:   (7.1 Punkte, 5.0 benötigt)',
    '',
    'Pkte Regelname              Beschreibung',
    '---- ---------------------- --------------------------------------------------',
    ' 3.5 URIBL_BLACK            Enthält URL in der URIBL-Blacklist',
  ],
  fr: [
    '------------------ Début de Rapport SpamAssassin ---------------------',
    'Ce message est probablement du SPAM (message non sollicité envoyé en',
    'masse, publicité, escroquerie...).',
    '',
    'Cette notice a été ajoutée par le système d\'analyse "SpamAssassin" sur',
    'votre serveur de courrier "mx.sender.example", pour vous',
    'aider à identifier ce type de messages.',
    '',
    "Si ce robot a classifié incorrectement un message qui vous était",
    "destiné, ou pour toute question, veuillez contacter l'administrateur",
    'du système par e-mail à postmaster@sender.example .',
    '',
    "Détails de l'analyse du message:   (7.1 points, 5.0 requis)",
    ' 3.5 URIBL_BLACK            Contains an URL listed in the URIBL blacklist',
    '-------------------- Fin de Rapport SpamAssassin ---------------------',
  ],
  it: [
    'Il software antispam sul sistema "mx.sender.example"',
    'ha identificato questo messaggio come possibile spam. Il messaggio',
    'originale è stato allegato, così che tu possa visualizzarlo o',
    'contrassegnare messaggi simili in futuro. Per qualsiasi domanda',
    'contatta the administrator of that system.',
    '',
    'Anteprima: Consegna non riuscita, verifica il tuo account. [...]',
    '',
    'Dettaglio analisi del punteggio: (7.1 punti, 5.0 richiesti)',
    ' 3.5 URIBL_BLACK            Contains an URL listed in the URIBL blacklist',
  ],
}

function spamReport(lang: string): string {
  const b = '----------=_67C56F2A.1B2C3D4E'
  return [
    'Received: from localhost by mx.sender.example',
    '\twith SpamAssassin (version 4.0.1);',
    '\tTue, 03 Mar 2026 09:58:02 +0100',
    'From: "Account Team" <alerts@phish.example>',
    'To: <sales@sender.example>',
    'Subject: [SPAM] Delivery failure: verify your mailbox',
    'Date: Tue, 3 Mar 2026 09:57:00 +0100',
    'Message-Id: <p1@phish.example>',
    'X-Spam-Flag: YES',
    'X-Spam-Status: Yes, score=7.1 required=5.0 tests=RCVD_IN_SBL,URIBL_BLACK',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Disposition: inline',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...SA_REPORT[lang],
    '',
    `--${b}`,
    'Content-Type: message/rfc822; x-spam-type=original',
    'Content-Description: original message before SpamAssassin',
    'Content-Disposition: attachment',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Return-Path: <alerts@phish.example>',
    'From: "Account Team" <alerts@phish.example>',
    'To: <sales@sender.example>',
    'Subject: Delivery failure: verify your mailbox',
    'Date: Tue, 3 Mar 2026 09:57:00 +0100',
    'Message-Id: <p1@phish.example>',
    '',
    'Your account delivery failed. Verify now.',
    '',
    `--${b}--`,
    '',
  ].join('\n')
}

const SPAM_REPORTS: Row[] = ['en', 'de', 'fr', 'it'].map((lang) => ({ name: `SpamAssassin report (${lang})`, raw: spamReport(lang), want: [] }))

const FAMILIES: [string, Row[]][] = [
  ["masqmail: the one error under the list's hint heading", MASQMAIL],
  ["a DNS block list's default refusal naming the sending IP", DNSBL],
  ['a local delivery program says the user does not exist', LOCAL_PROGRAM],
  ['a Sieve reject (RFC 5429)', SIEVE_REJECT],
  ["SpamAssassin's spam report is no bounce", SPAM_REPORTS],
]

describeWhole('outside check e', FAMILIES)

/** The same notices as a webmail page's text (parseBounceText): the notification part as shown. */
const textOf = (raw: string) => raw.split(`--${MASQ_BOUNDARY}`)[1].replace(/^[\s\S]*?\n\n/, '')
const TEXT_ROWS: TextRow[] = [
  ...MASQMAIL.filter((r) => r.want.length === 1).map(
    (r) => [`masqmail ${r.name}`, r.raw.includes('Warning: could not yet') || r.raw.includes('Attention:') ? 'Warning: could not yet send message' : 'Mail Delivery Failure Notice', 'MAILER-DAEMON@relay.sender.example', textOf(r.raw), r.want] as TextRow,
  ),
  [
    'SendGrid legacy text notice: the IP listed at a zone',
    'Undelivered Mail Returned to Sender',
    'MAILER-DAEMON',
    DNSBL[6].raw.slice(DNSBL[6].raw.indexOf('\n\n') + 2),
    [['anna.berg@prospect.example', 'fix-sending']],
  ],
]

describeText('outside check e', TEXT_ROWS)
