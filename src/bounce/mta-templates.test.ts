/**
 * Issue 9: notices as mail servers' own templates write them. Each row is a notice written here (our
 * own addresses, hosts and server answers) in the layout a server's source code or documentation
 * gives, read as a whole message with LF, CRLF and CR line endings, and, where a webmail or Outlook
 * shows only the notice's text part, as rendered text. Each row names the template it follows.
 *
 * Templates read (code and documentation only, never a project's sample mails):
 * - Postfix bounce(5) / `src/bounce/bounce_template.c` default failure, delay and success templates,
 *   and `bounce_template_file` as hosts translate it (German, French, Spanish, Italian, Dutch,
 *   Portuguese: the same sentences, the per-recipient lines stay Postfix's own English);
 * - OpenSMTPD `usr.sbin/smtpd/bounce.c` (NOTICE_INTRO, notice_error, notice_warning(2),
 *   notice_success, action_str, the "Delivery Report" part without a Diagnostic-Code);
 * - Haraka `config/outbound.bounce_message` and `outbound/hmail.js`
 *   populate_bounce_message_with_headers (its "Status: 5.1.1 (550 …)" field);
 * - Stalwart `crates/smtp/src/queue/dsn.rs` (subjects "Failed to deliver message", "Warning: Delay in
 *   message delivery", "Partially delivered message", the "<addr> (host 'h' rejected command …)"
 *   lines and the mixed-report section headings);
 * - maddy `internal/dsn/dsn.go` (failedText, "Delivery to X failed with error: …", X-Maddy-Sender);
 * - Apache James DSNBounce mailet ("Failed recipient(s):" / "Error message:");
 * - Courier `courier/module.dsn` (UNDELIVERABLE MAIL, DELAYS IN DELIVERING YOUR MESSAGE, subjects
 *   "NOTICE: mail delivery status." / "WARNING: delayed mail.");
 * - qmail / netqmail / notqmail `qmail-send.c` and `qmail-remote.c` ("Hi. This is the qmail-send
 *   program at", "does not like recipient.", "Sorry, no mailbox here by that name. (#5.1.1)");
 * - Exim spec ch. 48 "Customizing bounce and warning messages" (bounce_message_file,
 *   warn_message_file) with its default texts, and hosts' French / German translations;
 * - hMailServer's "did not reach some or all of the intended recipients" (its hMailServer.ini /
 *   admin help), SmarterMail's "Could not deliver message to the following recipient(s)" (hosting
 *   knowledge bases quoting it), CommuniGate Pro's "SMTP module(domain …) reports:", Lotus Domino's
 *   Delivery Failure Report, Exchange 2003/2007 texts, MDaemon's "PERMANENT fatal delivery errors";
 * - Dovecot LDA/LMTP `rejection_subject` / `rejection_reason` (RFC 5429 Sieve reject as an MDN with
 *   "Disposition: automatic-action/MDN-sent-automatically; deleted").
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS, multipartNotice, rawNotice, type NoticePart } from './test-notice'
import type { Verdict } from './types'

interface Row {
  /** Server and version, then the layout. */
  name: string
  /** The template's file or documentation page. */
  source: string
  from: string
  subject: string
  headers?: string[]
  body: string | NoticePart[]
  multipart?: 'mixed' | 'report' | 'report-mdn'
  /** Failed (or delayed) recipients found exactly, with the verdict judged right. */
  expected: Record<string, Verdict>
  /** The report's kind when it matters: a delay warning is 'delay'. */
  kind?: 'bounce' | 'delay'
}

function raw(r: Row): string {
  return typeof r.body === 'string' ? rawNotice({ ...r, body: r.body }) : multipartNotice(r, r.body, r.multipart)
}

function rows(list: Row[]): [string, string, Row][] {
  return list.flatMap((r) => ENDINGS.map(([ending, to]) => [`${r.name} (${ending})`, to(raw(r)), r] as [string, string, Row]))
}

const HEADERS_ONLY = 'Return-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: someone@client.example\nSubject: Proposal\nMessage-ID: <orig-7@acme.example>\nDate: Mon, 3 Nov 2025 09:58:00 +0000\n'

/** A delivery-status part: per-message fields, then one block per recipient. */
function dsn(mta: string, recipients: string[], extra = ''): string {
  return [`Reporting-MTA: dns; ${mta}`, extra, 'Arrival-Date: Mon, 3 Nov 2025 09:58:00 +0000', '', recipients.join('\n\n'), ''].filter((l, i) => i !== 1 || l).join('\n')
}

function rcpt(address: string, action: string, status: string, diagnostic?: string, remote?: string): string {
  return [`Final-Recipient: rfc822; ${address}`, `Action: ${action}`, `Status: ${status}`, remote ? `Remote-MTA: dns; ${remote}` : '', diagnostic ? `Diagnostic-Code: smtp; ${diagnostic}` : '']
    .filter(Boolean)
    .join('\n')
}

// ---- Postfix bounce(5) default templates (bounce_template.c) ----
const POSTFIX_FAILURE_INTRO =
  "This is the mail system at host mx1.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n"

/** How hosts translate Postfix's failure template (bounce_template_file); recipient lines stay English. */
const POSTFIX_LOCALISED: { lang: string; subject: string; intro: string }[] = [
  {
    lang: 'German',
    subject: 'Unzustellbare Nachricht an den Absender zurückgeschickt',
    intro:
      'Dies ist das Mailsystem auf dem Rechner mx1.acme.example.\n\nLeider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht\nzugestellt werden. Sie ist unten angehängt.\n\nFür weitere Hilfe senden Sie bitte eine E-Mail an postmaster.\n\nWenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Sie können\nIhren eigenen Text aus der angehängten Nachricht löschen.\n\n                   Das Mailsystem\n\n',
  },
  {
    lang: 'French',
    subject: "Message non délivré retourné à l'expéditeur",
    intro:
      "Ceci est le système de messagerie de l'hôte mx1.acme.example.\n\nJ'ai le regret de vous informer que votre message n'a pas pu\nêtre délivré à un ou plusieurs destinataires. Il est joint ci-dessous.\n\nPour obtenir de l'aide, veuillez écrire à postmaster.\n\nSi vous le faites, joignez ce rapport d'erreur. Vous pouvez\nsupprimer votre propre texte du message retourné ci-joint.\n\n                   Le système de messagerie\n\n",
  },
  {
    lang: 'Spanish',
    subject: 'Correo no entregado devuelto al remitente',
    intro:
      'Este es el sistema de correo del servidor mx1.acme.example.\n\nLamento informarle de que su mensaje no ha podido ser entregado\na uno o más destinatarios. Se adjunta a continuación.\n\nPara más ayuda, envíe un correo a postmaster.\n\nSi lo hace, incluya este informe del problema. Puede borrar\nsu propio texto del mensaje devuelto adjunto.\n\n                   El sistema de correo\n\n',
  },
  {
    lang: 'Italian',
    subject: 'Messaggio non recapitato restituito al mittente',
    intro:
      "Questo è il sistema di posta del server mx1.acme.example.\n\nSiamo spiacenti di informarla che il suo messaggio non ha potuto\nessere consegnato a uno o più destinatari. È allegato qui sotto.\n\nPer ulteriore assistenza scriva a postmaster.\n\nIn tal caso includa questo rapporto. Può cancellare il suo\ntesto dal messaggio restituito in allegato.\n\n                   Il sistema di posta\n\n",
  },
  {
    lang: 'Dutch',
    subject: 'Onbestelbaar bericht teruggestuurd naar afzender',
    intro:
      'Dit is het mailsysteem op host mx1.acme.example.\n\nHet spijt me u te moeten melden dat uw bericht niet kon worden\nafgeleverd bij een of meer ontvangers. Het is hieronder bijgevoegd.\n\nStuur voor verdere hulp een e-mail naar postmaster.\n\nVoeg in dat geval dit probleemrapport bij. U kunt uw eigen tekst\nuit het bijgevoegde teruggestuurde bericht verwijderen.\n\n                   Het mailsysteem\n\n',
  },
  {
    lang: 'Portuguese',
    subject: 'Mensagem não entregue devolvida ao remetente',
    intro:
      'Este é o sistema de correio do servidor mx1.acme.example.\n\nLamentamos informar que a sua mensagem não pôde ser entregue\na um ou mais destinatários. Segue em anexo.\n\nPara mais ajuda, envie um e-mail para postmaster.\n\nSe o fizer, inclua este relatório do problema. Pode apagar o\nseu próprio texto da mensagem devolvida em anexo.\n\n                   O sistema de correio\n\n',
  },
]

/** Postfix's delay template as hosts translate it (the banner and the retry sentence). */
const POSTFIX_DELAY_LOCALISED: { lang: string; subject: string; intro: string }[] = [
  {
    lang: 'English (default)',
    subject: 'Delayed Mail (still being retried)',
    intro:
      'This is the mail system at host mx1.acme.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n',
  },
  {
    lang: 'German',
    subject: 'Verzögerte Nachricht (wird weiterhin zugestellt)',
    intro:
      'Dies ist das Mailsystem auf dem Rechner mx1.acme.example.\n\n##########################################################################\n# DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN. #\n##########################################################################\n\nIhre Nachricht konnte seit mehr als 4 Stunde(n) nicht zugestellt werden.\nSie wird weiter versucht, bis sie 5 Tag(e) alt ist.\n\n                   Das Mailsystem\n\n',
  },
  {
    lang: 'French',
    subject: 'Message retardé (nouvelles tentatives en cours)',
    intro:
      "Ceci est le système de messagerie de l'hôte mx1.acme.example.\n\n###############################################################################\n# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS BESOIN DE RENVOYER VOTRE MESSAGE. #\n###############################################################################\n\nVotre message n'a pas pu être délivré depuis plus de 4 heure(s).\nDe nouvelles tentatives auront lieu jusqu'à ce qu'il ait 5 jour(s).\n\n                   Le système de messagerie\n\n",
  },
  {
    lang: 'Spanish',
    subject: 'Correo retrasado (se sigue intentando)',
    intro:
      'Este es el sistema de correo del servidor mx1.acme.example.\n\n###############################################################\n# ESTO ES SOLO UN AVISO. NO NECESITA REENVIAR SU MENSAJE. #\n###############################################################\n\nSu mensaje no ha podido ser entregado durante más de 4 hora(s).\nSe seguirá intentando hasta que tenga 5 día(s).\n\n                   El sistema de correo\n\n',
  },
  {
    lang: 'Italian',
    subject: 'Posta ritardata (nuovi tentativi in corso)',
    intro:
      "Questo è il sistema di posta del server mx1.acme.example.\n\n#####################################################################\n# QUESTO È SOLO UN AVVISO. NON È NECESSARIO INVIARE DI NUOVO IL MESSAGGIO. #\n#####################################################################\n\nNon è stato possibile consegnare il suo messaggio da più di 4 ora/e.\nVerranno effettuati altri tentativi finché non avrà 5 giorno/i.\n\n                   Il sistema di posta\n\n",
  },
  {
    lang: 'Dutch',
    subject: 'Vertraagde mail (wordt nog opnieuw geprobeerd)',
    intro:
      'Dit is het mailsysteem op host mx1.acme.example.\n\n####################################################################\n# DIT IS ALLEEN EEN WAARSCHUWING. U HOEFT UW BERICHT NIET OPNIEUW TE VERZENDEN. #\n####################################################################\n\nUw bericht kon gedurende meer dan 4 uur niet worden afgeleverd.\nHet wordt opnieuw geprobeerd totdat het 5 dag(en) oud is.\n\n                   Het mailsysteem\n\n',
  },
  {
    lang: 'Portuguese',
    subject: 'Mensagem atrasada (ainda a ser tentada)',
    intro:
      'Este é o sistema de correio do servidor mx1.acme.example.\n\n####################################################################\n# ISTO É APENAS UM AVISO. NÃO PRECISA DE REENVIAR A SUA MENSAGEM. #\n####################################################################\n\nA sua mensagem não pôde ser entregue há mais de 4 hora(s).\nSerá tentada novamente até ter 5 dia(s).\n\n                   O sistema de correio\n\n',
  },
]

const FAILURES: Row[] = [
  // Postfix 3.x default failure_template with its delivery-status part (bounce_template.c, bounce_notify_util.c).
  {
    name: 'Postfix 3.x: default failure template, unknown user and an expired full mailbox',
    source: 'postfix bounce(5) failure_template; bounce_notify_util.c',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        description: 'Notification',
        body:
          POSTFIX_FAILURE_INTRO +
          '<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n\n<buyer@shop.example>: host mx.shop.example[192.0.2.30] said: 452 4.2.2\n    <buyer@shop.example>: Mailbox full (in reply to RCPT TO command)\n',
      },
      {
        type: 'message/delivery-status',
        description: 'Delivery report',
        body: dsn(
          'mx1.acme.example',
          [
            rcpt('jane.roe@client.example', 'failed', '5.1.1', '550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown in virtual mailbox table', 'mx.client.example'),
            rcpt('buyer@shop.example', 'failed', '4.2.2', '452 4.2.2 <buyer@shop.example>: Mailbox full', 'mx.shop.example'),
          ],
          'X-Postfix-Queue-ID: 4AB12C3D4E\nX-Postfix-Sender: rfc822; sales@acme.example',
        ),
      },
      { type: 'text/rfc822-headers', description: 'Undelivered Message Headers', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove', 'buyer@shop.example': 'retry' },
  },
  // Postfix 2.x text-only ("The Postfix program"), DNS failures: a dead domain and a lookup to retry.
  {
    name: 'Postfix 2.x: "This is the Postfix program", host not found and a DNS try-again',
    source: 'postfix 2.x bounce_template.c (Postfix program wording), smtp_addr.c "Host or domain name not found"',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    body:
      "This is the Postfix program at host mx1.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                        The Postfix program\n\n<pat@gone-domain.example>: Host or domain name not found. Name service error\n    for name=gone-domain.example type=MX: Host not found\n\n<lee@flaky.example>: Host or domain name not found. Name service error for\n    name=flaky.example type=MX: Host not found, try again\n",
    expected: { 'pat@gone-domain.example': 'remove', 'lee@flaky.example': 'retry' },
  },
  // Postfix's failure template translated, with Postfix's own DSN part (what bounce(8) always adds).
  ...POSTFIX_LOCALISED.map(
    (l): Row => ({
      name: `Postfix: failure template in ${l.lang}, with its DSN part`,
      source: 'postfix bounce(5) bounce_template_file, translated failure_template',
      from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
      subject: l.subject,
      multipart: 'report',
      body: [
        {
          type: 'text/plain; charset=utf-8',
          description: 'Notification',
          body: l.intro + '<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n',
        },
        { type: 'message/delivery-status', description: 'Delivery report', body: dsn('mx1.acme.example', [rcpt('jane.roe@client.example', 'failed', '5.1.1', '550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown', 'mx.client.example')]) },
        { type: 'text/rfc822-headers', description: 'Undelivered Message Headers', body: HEADERS_ONLY },
      ],
      expected: { 'jane.roe@client.example': 'remove' },
    }),
  ),
  // ---- OpenSMTPD bounce.c ----
  {
    name: 'OpenSMTPD 6.x: notice_error, report line "addr: 550 …", DSN part without Diagnostic-Code',
    source: 'OpenSMTPD usr.sbin/smtpd/bounce.c (NOTICE_INTRO, notice_error, action_str "failed")',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: failed',
    multipart: 'mixed',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        description: 'Notification',
        body:
          '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\njane.roe@client.example: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown in local recipient table\nkim@client.example: 552 5.2.2 <kim@client.example>: Mailbox full\n\n    Below is a copy of the original message:\n',
      },
      {
        type: 'message/delivery-status',
        description: 'Delivery Report',
        body: 'Reporting-MTA: dns; mx1.acme.example\n\nFinal-Recipient: rfc822; jane.roe@client.example\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; kim@client.example\nAction: failed\nStatus: 5.2.2\n',
      },
      { type: 'text/rfc822-headers', description: 'Message headers', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'OpenSMTPD: local delivery "550 Invalid recipient"',
    source: 'OpenSMTPD bounce.c report line; smtp_session.c "550 Invalid recipient"',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: failed',
    multipart: 'mixed',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        description: 'Notification',
        body: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\nold.team@client.example: 550 Invalid recipient: <old.team@client.example>\n\n    Below is a copy of the original message:\n',
      },
      { type: 'message/delivery-status', description: 'Delivery Report', body: 'Reporting-MTA: dns; mx1.acme.example\n\nFinal-Recipient: rfc822; old.team@client.example\nAction: failed\nStatus: 5.1.1\n' },
      { type: 'text/rfc822-headers', description: 'Message headers', body: HEADERS_ONLY },
    ],
    expected: { 'old.team@client.example': 'remove' },
  },
  {
    name: 'OpenSMTPD 5.x: text-only notice (no DSN part), "e-mail" spelling',
    source: 'OpenSMTPD 5.x bounce.c (text/plain notice before the delivery-status part was added)',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: error',
    body: 'Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\njane.roe@client.example: 550 5.1.1 User unknown\n\nBelow is a copy of the original message:\n\nReceived: from acme.example (localhost [127.0.0.1])\nFrom: sales@acme.example\nTo: jane.roe@client.example\nSubject: Proposal\n',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'OpenSMTPD: a reply without an enhanced code, so the DSN says only "Status: 5.0.0"',
    source: 'OpenSMTPD bounce.c (Status from esc_code, ESC_OTHER_STATUS when the reply had none; no Diagnostic-Code)',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: failed',
    multipart: 'mixed',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        description: 'Notification',
        body: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\njane.roe@client.example: 550 No such user here\nkim@client.example: 552 Requested mail action aborted: exceeded storage allocation\n\n    Below is a copy of the original message:\n',
      },
      {
        type: 'message/delivery-status',
        description: 'Delivery Report',
        body: 'Reporting-MTA: dns; mx1.acme.example\n\nFinal-Recipient: rfc822; jane.roe@client.example\nAction: failed\nStatus: 5.0.0\n\nFinal-Recipient: rfc822; kim@client.example\nAction: failed\nStatus: 5.0.0\n',
      },
      { type: 'text/rfc822-headers', description: 'Message headers', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  // ---- Haraka ----
  {
    name: 'Haraka 2.x: outbound.bounce_message, "Intended Recipients:" / "Failure Reason:"',
    source: 'Haraka config/outbound.bounce_message (text/plain before multipart)',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the Haraka Mailer program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\nIntended Recipients: <jane.roe@client.example>\nFailure Reason: Error: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown in virtual mailbox table\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Haraka 3.x: multipart/report, "Status: 5.1.1 (550 …)" and "smtp;550 …"',
    source: 'Haraka outbound/hmail.js populate_bounce_message_with_headers',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        body: "Hi. This is the Haraka Mailer program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\nIntended Recipients: <jane.roe@client.example>, <kim@client.example>\nFailure Reason: Error: Too many failures (452 4.2.2 Mailbox full)\n",
      },
      {
        type: 'message/delivery-status',
        body: 'Original-Envelope-Id: <orig-7@acme.example>\nReporting-MTA: dns;mx1.acme.example\nArrival-Date: Mon, 03 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: failed\nStatus: 5.1.1 (550 Recipient address rejected: User unknown)\nRemote-MTA: mx.client.example\nDiagnostic-Code: smtp;550 5.1.1 Recipient address rejected: User unknown \n\nFinal-Recipient: rfc822;kim@client.example\nAction: failed\nStatus: 5.2.2 (452 Mailbox full)\nRemote-MTA: mx.client.example\nDiagnostic-Code: smtp;452 4.2.2 Mailbox full \n',
      },
      { type: 'text/rfc822-headers', description: 'Undelivered Message Headers', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  // ---- Stalwart (crates/smtp/src/queue/dsn.rs) ----
  {
    name: 'Stalwart 0.x: "Failed to deliver message", host rejected RCPT and a dead domain',
    source: 'Stalwart crates/smtp/src/queue/dsn.rs (HostResponse::write_dsn_text, Error::DnsError)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Failed to deliver message',
    headers: ['Auto-Submitted: auto-generated'],
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=utf-8',
        body: "Your message could not be delivered to the following recipients:\n\n<jane.roe@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<jane.roe@client.example>' with code 550 (5.1.1) 'Mailbox not found')\n<pat@gone-domain.example> (failed to lookup 'gone-domain.example': Domain does not exist)\n\n",
      },
      {
        type: 'message/delivery-status',
        body: 'Reporting-MTA: dns;mx1.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: failed\nDiagnostic-Code: smtp;550 5.1.1 Mailbox not found\nRemote-MTA: dns;mx.client.example\nStatus: 5.1.1\n\nFinal-Recipient: rfc822;pat@gone-domain.example\nAction: failed\nStatus: 5.1.2\n',
      },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove', 'pat@gone-domain.example': 'remove' },
  },
  {
    name: 'Stalwart: "Partially delivered message", one delivered and one failed section',
    source: 'Stalwart dsn.rs (is_mixed: "----- Delivery to the following addresses was successful -----" / "… failed -----")',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Partially delivered message',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=utf-8',
        body: "Your message has been partially delivered:\n\n    ----- Delivery to the following addresses was successful -----\n<kim@client.example> (delivered to 'mx.client.example' with code 250 (2.0.0) 'Ok: queued as 9F2E1')\n\n    ----- Delivery to the following addresses failed -----\n<jane.roe@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<jane.roe@client.example>' with code 550 (5.1.1) 'User unknown')\n\n",
      },
      {
        type: 'message/delivery-status',
        body: 'Reporting-MTA: dns;mx1.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;kim@client.example\nAction: delivered\nDiagnostic-Code: smtp;250 2.0.0 Ok: queued as 9F2E1\nRemote-MTA: dns;mx.client.example\nStatus: 2.0.0\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: failed\nDiagnostic-Code: smtp;550 5.1.1 User unknown\nRemote-MTA: dns;mx.client.example\nStatus: 5.1.1\n',
      },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Stalwart: "Temporary and permanent failures", a delayed and a failed section',
    source: 'Stalwart dsn.rs ("----- There was a temporary problem delivering to these addresses -----")',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Warning: Temporary and permanent failures during message delivery',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=utf-8',
        body: "Your message could not be delivered to some recipients:\n\n    ----- There was a temporary problem delivering to these addresses -----\n<lee@slow.example> (connection to 'mx.slow.example' failed: Connection timed out)\n\n    ----- Delivery to the following addresses failed -----\n<jane.roe@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<jane.roe@client.example>' with code 550 (5.1.1) 'No such user')\n\n",
      },
      {
        type: 'message/delivery-status',
        body: 'Reporting-MTA: dns;mx1.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;lee@slow.example\nAction: delayed\nStatus: 4.4.1\nWill-Retry-Until: Sat, 8 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: failed\nDiagnostic-Code: smtp;550 5.1.1 No such user\nRemote-MTA: dns;mx.client.example\nStatus: 5.1.1\n',
      },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'lee@slow.example': 'pending', 'jane.roe@client.example': 'remove' },
  },
  // ---- maddy (internal/dsn/dsn.go) ----
  {
    name: 'maddy 0.x: failedText, "Delivery to X failed with error", X-Maddy-Sender',
    source: 'maddy internal/dsn/dsn.go (failedText, writeHumanReadablePart, ReportingMTAInfo.WriteTo)',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'Undelivered Mail Returned to Sender',
    headers: ['Auto-Submitted: auto-replied'],
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset="utf-8"',
        description: 'Notification',
        body: '\nThis is the mail delivery system at mx1.acme.example.\n\nUnfortunately, your message could not be delivered to one or more\nrecipients. The usual cause of this problem is invalid\nrecipient address or maintenance at the recipient side.\n\nContact the postmaster for further assistance, provide the Message ID (below):\n\nMessage ID: 6d1e2f3a\nArrival: 2025-11-03 09:58:00 +0000 UTC\nLast delivery attempt: 2025-11-03 10:00:00 +0000 UTC\n\nDelivery to jane.roe@client.example failed with error: SMTP error 550: 5.1.1 User unknown\nDelivery to kim@client.example failed with error: SMTP error 552: 5.2.2 Mailbox quota exceeded\n',
      },
      {
        type: 'message/delivery-status',
        description: 'Delivery report',
        body: 'Reporting-MTA: dns; mx1.acme.example\nX-Maddy-Sender: rfc822; sales@acme.example\nX-Maddy-MsgID: 6d1e2f3a\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\nLast-Attempt-Date: Mon, 3 Nov 2025 10:00:00 +0000\n\nFinal-Recipient: rfc822; jane.roe@client.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\nRemote-MTA: dns; mx.client.example\n\nFinal-Recipient: rfc822; kim@client.example\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded\nRemote-MTA: dns; mx.client.example\n',
      },
      { type: 'message/rfc822-headers', description: 'Undelivered message header', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  // ---- Apache James DSNBounce ----
  {
    name: 'Apache James 3.x: DSNBounce, "Failed recipient(s):" / "Error message:" with a DSN part',
    source: 'Apache James server/mailet/mailets DSNBounce (getBounceMessage text, RFC 3464 part)',
    from: 'postmaster@mx1.acme.example',
    subject: '[FAILURE NOTIFICATION] Proposal',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        body: "Hi. This is the James mail server at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message.\n\nFailed recipient(s):\njane.roe@client.example\n\nError message:\n550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\n",
      },
      {
        type: 'message/delivery-status',
        body: 'Reporting-MTA: dns; mx1.acme.example\nReceived-From-MTA: dns; acme.example\n\nFinal-Recipient: rfc822; jane.roe@client.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\nLast-Attempt-Date: Mon, 3 Nov 2025 10:00:00 +0000\n',
      },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Apache James 2.x: Bounce mailet text only, two recipients blocked by a DNSBL',
    source: 'Apache James Bounce / AbstractNotify mailet (notice text, "Failed recipient(s):")',
    from: 'postmaster@mx1.acme.example',
    subject: 'Re: Proposal',
    headers: ['X-Mailer: Apache James'],
    body: "Hi. This is the James mail server at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message.\n\nFailed recipient(s):\njane.roe@client.example\nkim@client.example\n\nError message:\n554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org\n",
    expected: { 'jane.roe@client.example': 'fix-sending', 'kim@client.example': 'fix-sending' },
  },
  // ---- Courier module.dsn ----
  {
    name: 'Courier 1.x: UNDELIVERABLE MAIL with the ">>> RCPT TO / <<< 550" transcript',
    source: 'Courier courier/module.dsn (dsnfailed text), courierdsn(8)',
    from: 'Courier mail server at mx1.acme.example <@>',
    subject: 'NOTICE: mail delivery status.',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        body: '\nThis is a delivery status notification from mx1.acme.example,\nrunning the Courier mail server, version 1.1.4.\n\nThe original message was received on Mon, 3 Nov 2025 09:58:00 +0000\nfrom [198.51.100.4] (desk.acme.example [198.51.100.4])\n\n---------------------------------------------------------------------------\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<jane.roe@client.example>:\n    mx.client.example [192.0.2.25]:\n>>> RCPT TO:<jane.roe@client.example>\n<<< 550 5.1.1 <jane.roe@client.example>: No such mailbox\n\n---------------------------------------------------------------------------\n\nIf your message was also sent to additional recipients, their delivery\nstatus is not included in this report.  You may or may not receive\nother delivery status notifications for additional recipients.\n\nThe original message follows as a separate attachment.\n',
      },
      { type: 'message/delivery-status', body: dsn('mx1.acme.example', [rcpt('jane.roe@client.example', 'failed', '5.0.0', '550 5.1.1 <jane.roe@client.example>: No such mailbox', 'mx.client.example')], 'Received-From-MTA: dns; desk.acme.example ([198.51.100.4])') },
      { type: 'text/rfc822-headers', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove' },
  },
  // ---- qmail-send / netqmail / notqmail ----
  {
    name: 'netqmail 1.06: qmail-send, remote "does not like recipient" then Remote host said',
    source: 'qmail-send.c (bounce intro), qmail-remote.c ("does not like recipient.", "Remote host said:", "Giving up on")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the qmail-send program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<jane.roe@client.example>:\n192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown in virtual mailbox table\nGiving up on 192.0.2.25.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <sales@acme.example>\nFrom: sales@acme.example\nTo: jane.roe@client.example\nSubject: Proposal\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'notqmail 1.08: local "no mailbox here by that name" and a host that cannot be found',
    source: 'qmail-local.c / qmail-lspawn ("Sorry, no mailbox here by that name. (#5.1.1)"), qmail-remote.c ("Sorry, I couldn\'t find any host named … (#5.1.2)")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the qmail-send program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<old.team@acme.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n<pat@gone-domain.example>:\nSorry, I couldn't find any host named gone-domain.example. (#5.1.2)\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <sales@acme.example>\n",
    expected: { 'old.team@acme.example': 'remove', 'pat@gone-domain.example': 'remove' },
  },
  {
    name: 'qmail 1.03: over quota and a connection that never came (both temporary in nature)',
    source: 'qmail-local.c ("disk quota exceeded"), qmail-remote.c ("Sorry, I wasn\'t able to establish an SMTP connection. (#4.4.1)")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the qmail-send program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<kim@client.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n\n<lee@slow.example>:\nI wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.\n\n--- Below this line is a copy of the message.\n",
    expected: { 'kim@client.example': 'retry', 'lee@slow.example': 'retry' },
  },
  // ---- Exim bounce_message_file (spec ch. 48) ----
  {
    name: 'Exim 4.9x: default bounce text, indented address then SMTP error',
    source: 'Exim spec "Customizing bounce and warning messages" (default bounce_message_file text)',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Mail delivery failed: returning message to sender',
    headers: ['X-Failed-Recipients: jane.roe@client.example', 'Auto-Submitted: auto-replied'],
    body: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\n------ This is a copy of the message, including all the headers. ------\n\nReturn-path: <sales@acme.example>\n',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim: bounce_message_file translated to French (hosting template)',
    source: 'Exim bounce_message_file (spec ch. 48), French translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Echec de distribution : message retourné à l’expéditeur',
    headers: ['Auto-Submitted: auto-replied'],
    body: "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nUn message que vous avez envoyé n'a pas pu être distribué à un ou plusieurs\nde ses destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 Adresse destinataire inconnue\n\n------ Ceci est une copie du message, en-têtes compris. ------\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim: bounce_message_file translated to German, mailbox full',
    source: 'Exim bounce_message_file (spec ch. 48), German translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Zustellung fehlgeschlagen: Nachricht an den Absender zurück',
    body: 'Diese Nachricht wurde automatisch von der Mail-Software erstellt.\n\nEine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger\nnicht zugestellt werden. Dies ist ein permanenter Fehler. Folgende Adresse(n) schlugen fehl:\n\n  kim@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<kim@client.example>:\n    552 5.2.2 Postfach voll\n',
    expected: { 'kim@client.example': 'retry' },
  },
  {
    name: 'Exim: bounce_message_file translated to Italian',
    source: 'Exim bounce_message_file (spec ch. 48), Italian translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Consegna non riuscita: messaggio restituito al mittente',
    body: 'Questo messaggio è stato creato automaticamente dal software di consegna della posta.\n\nUn messaggio che hai inviato non può essere consegnato a uno o più destinatari.\nQuesto è un errore permanente. I seguenti indirizzi hanno fallito:\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 Utente sconosciuto\n',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim: bounce_message_file translated to Spanish, dead domain',
    source: 'Exim bounce_message_file (spec ch. 48), Spanish translation; Exim "Unrouteable address"',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Fallo en la entrega: mensaje devuelto al remitente',
    body: 'Este mensaje fue creado automáticamente por el software de entrega de correo.\n\nUn mensaje que usted envió no pudo ser entregado a uno o más destinatarios.\nEste es un error permanente. Las siguientes direcciones fallaron:\n\n  pat@gone-domain.example\n    Unrouteable address\n',
    expected: { 'pat@gone-domain.example': 'remove' },
  },
  // ---- PowerMTA (Port25) ----
  {
    name: 'PowerMTA 5: "Hello, this is the mail server on", "delivery failed; will not continue trying"',
    source: 'PowerMTA DSN text (its bounce notice, X-PowerMTA-BounceCategory field in the DSN part)',
    from: 'postmaster@mta5.acme-mail.example',
    subject: 'Delivery report',
    multipart: 'report',
    body: [
      {
        type: 'text/plain',
        body: 'Hello, this is the mail server on mta5.acme-mail.example.\n\nI am sending you this message to inform you on the delivery status of a\nmessage you previously sent.  Immediately below you will find a list of\nthe affected recipients;  also attached is a Delivery Status Notification\n(DSN) report in standard format, as well as the headers of the original\nmessage.\n\n  <jane.roe@client.example>  delivery failed; will not continue trying\n',
      },
      {
        type: 'message/delivery-status',
        body: 'Reporting-MTA: dns;mta5.acme-mail.example\nX-PowerMTA-VirtualMTA: mta5.acme-mail.example\nReceived-From-MTA: dns;(127.0.0.1)\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: failed\nStatus: 5.0.0 (undefined status)\nRemote-MTA: dns;mx.client.example (192.0.2.25)\nDiagnostic-Code: smtp;550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\nX-PowerMTA-BounceCategory: bad-mailbox\n',
      },
      { type: 'text/rfc822-headers', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove' },
  },
  // ---- hMailServer ----
  {
    name: 'hMailServer 5.6: "did not reach some or all", Error Type / Remote server replied',
    source: 'hMailServer (SMTPDeliverer bounce text as its admin help and forums quote it)',
    from: 'mailer-daemon@acme.example',
    subject: 'Message undeliverable: Proposal',
    body: 'Your message did not reach some or all of the intended recipients.\n\n   Sent: Mon, 03 Nov 2025 09:58:00 +0000\n   Subject: Proposal\n\nThe following recipient(s) could not be reached:\n\njane.roe@client.example\n   Error Type: SMTP\n   Remote server (192.0.2.25) issued an error.\n   hMailServer sent: RCPT TO:<jane.roe@client.example>\n   Remote server replied: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\nkim@client.example\n   Error Type: SMTP\n   Remote server (192.0.2.25) issued an error.\n   hMailServer sent: RCPT TO:<kim@client.example>\n   Remote server replied: 552 5.2.2 Mailbox full\n\nhMailServer\n',
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'hMailServer 5.6: DNS and connection failures ("No mail servers appear to exists", "DNS query has failed", "Connection to recipients server failed")',
    source: 'hMailServer source DeliveryTask / SMTPClientConnection (bounceMessageText: "Error Description: No mail servers appear to exists for the recipient\'s address.", "Unable to find the recipient\'s email server. The DNS query has failed.", "Connection to recipients server failed.")',
    from: 'mailer-daemon@acme.example',
    subject: 'Message undeliverable: Proposal',
    body: "Your message did not reach some or all of the intended recipients.\n\n   Sent: Mon, 03 Nov 2025 09:58:00 +0000\n   Subject: Proposal\n\nThe following recipient(s) could not be reached:\n\npat@gone-domain.example\n   Error Type: SMTP\n   Error Description: No mail servers appear to exists for the recipient's address.\n   Additional information: Please check that you have not misspelled the recipient's email address.\n\nlee@brokendns.example\n   Error Type: SMTP\n   Error Description: Unable to find the recipient's email server. The DNS query has failed.\n\ndi@slow.example\n   Error Type: SMTP\n   Connection to recipients server failed.\n   Error: Timeout while connecting to server.\n\nhMailServer\n",
    expected: { 'pat@gone-domain.example': 'remove', 'lee@brokendns.example': 'retry', 'di@slow.example': 'retry' },
  },
  // ---- SmarterMail ----
  {
    name: 'SmarterMail: "Failed Recipient:" / "Reason:" lines, unknown user and full mailbox',
    source: 'SmarterMail System Administrator delivery failure text (hosting knowledge bases quoting it)',
    from: 'System Administrator <postmaster@acme.example>',
    subject: 'Undeliverable Mail',
    body: 'Could not deliver message to the following recipient(s):\n\nFailed Recipient: jane.roe@client.example\nReason: Remote host said: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\nFailed Recipient: kim@client.example\nReason: The mailbox is full\n',
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'SmarterMail with a host\'s signature under "-- " naming a help address and a phone number',
    source: 'SmarterMail delivery failure text; RFC 3676 4.3 signature separator (a help address below it is no recipient)',
    from: 'System Administrator <postmaster@acme.example>',
    subject: 'Undeliverable Mail',
    body: 'Could not deliver message to the following recipient(s):\n\nFailed Recipient: jane.roe@client.example\nReason: Remote host said: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\n-- \nAcme Hosting support desk: help@acme-hosting.example, +1 555 0100\nMessages that failed are kept for 5 days.\n',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  // ---- CommuniGate Pro ----
  {
    name: 'CommuniGate Pro: "Failed to deliver to" / "SMTP module(domain …) reports:"',
    source: 'CommuniGate Pro error report (Transfer.html: module(queue)address; its undeliverable-mail text)',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'Undeliverable mail: Proposal',
    body: "Failed to deliver to '<jane.roe@client.example>'\nSMTP module(domain client.example) reports:\n mx.client.example: 550 5.1.1 <jane.roe@client.example>... User unknown\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'CommuniGate Pro: "LOCAL module(account …) reports:" unknown account',
    source: 'CommuniGate Pro error report (LOCAL module wording)',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'Undeliverable mail: Proposal',
    body: "Failed to deliver to '<old.team@acme.example>'\nLOCAL module(account old.team) reports:\n unknown user account\n",
    expected: { 'old.team@acme.example': 'remove' },
  },
  // ---- Lotus Domino Delivery Failure Report (English and German client) ----
  {
    name: 'Lotus Domino 9: Delivery Failure Report in German ("wurde nicht zugestellt an" / "weil")',
    source: 'Domino router delivery failure report, German locale (DeliveryReport form)',
    from: 'Mail Router <postmaster@client.example>',
    subject: 'Unzustellbar: Angebot',
    body: 'Ihre Nachricht\n\n  Betreff: Angebot\n\nwurde nicht zugestellt an:\n\n  jane.roe@client.example\n\nweil:\n\n  User jane.roe (jane.roe@client.example) not listed in Domino Directory\n',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  // ---- Exchange 2003 text DSN ----
  {
    name: 'Exchange 2003: "Delivery to the following recipients failed." text DSN',
    source: 'Exchange 2003 SMTP DSN text (Delivery Status Notification (Failure))',
    from: 'postmaster@client.example',
    subject: 'Delivery Status Notification (Failure)',
    multipart: 'report',
    body: [
      { type: 'text/plain; charset=unicode-1-1-utf-7', body: 'This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       jane.roe@client.example\n\n' },
      { type: 'message/delivery-status', body: 'Reporting-MTA: dns;exch1.client.example\nReceived-From-MTA: dns;mx.client.example\nArrival-Date: Mon, 3 Nov 2025 10:00:00 +0000\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: failed\nStatus: 5.1.1\n' },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'remove' },
  },
  // ---- MDaemon ----
  {
    name: 'MDaemon: "PERMANENT fatal delivery errors" with its session transcript',
    source: 'MDaemon DSN text ("The attached message had PERMANENT fatal delivery errors!", "--- Session Transcript ---")',
    from: 'MDaemon@mx1.acme.example',
    subject: 'Permanent Delivery Failure',
    headers: ['X-MDaemon-Deliver-To: sales@acme.example'],
    body: 'The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.  The number and frequency\nof delivery attempts are determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n--- Session Transcript ---\n Mon 2025-11-03 10:00:00.123: Parsing message <mx1.acme.example\\pd35000000001.msg>\n Mon 2025-11-03 10:00:00.124: *  From: sales@acme.example\n Mon 2025-11-03 10:00:00.124: *  To: jane.roe@client.example\n Mon 2025-11-03 10:00:00.125: Attempting SMTP connection to [mx.client.example : 25]\n Mon 2025-11-03 10:00:00.300: Connection established (198.51.100.4:50123 --> 192.0.2.25:25)\n Mon 2025-11-03 10:00:00.400: >> MAIL From:<sales@acme.example> SIZE=2048\n Mon 2025-11-03 10:00:00.500: << 250 2.1.0 Ok\n Mon 2025-11-03 10:00:00.501: >> RCPT To:<jane.roe@client.example>\n Mon 2025-11-03 10:00:00.600: << 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n--- End Transcript ---\n',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  // ---- Dovecot LDA / LMTP rejection and Sieve reject (RFC 5429) ----
  {
    name: 'Dovecot 2.3 LDA: quota rejection as an MDN ("Disposition: … deleted")',
    source: 'Dovecot lda / lmtp rejection_subject "Rejected: %s", rejection_reason "Your message to <%t> was automatically rejected:%n%r"; RFC 5429',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.client.example>',
    subject: 'Rejected: Proposal',
    headers: ['Auto-Submitted: auto-replied (rejected)', 'Precedence: bulk'],
    multipart: 'report-mdn',
    body: [
      { type: 'text/plain; charset=utf-8', body: 'Your message to <kim@client.example> was automatically rejected:\nQuota exceeded (mailbox for user is full)\n' },
      {
        type: 'message/disposition-notification',
        body: 'Reporting-UA: mx.client.example; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; kim@client.example\nOriginal-Message-ID: <orig-7@acme.example>\nDisposition: automatic-action/MDN-sent-automatically; deleted\n',
      },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'kim@client.example': 'retry' },
  },
  {
    name: 'Dovecot Pigeonhole: Sieve reject as an MDN, the recipient\'s own rule',
    source: 'Pigeonhole sieve reject (RFC 5429 section 2.1: MDN with "deleted"), Dovecot rejection_reason',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.client.example>',
    subject: 'Rejected: Proposal',
    headers: ['Auto-Submitted: auto-replied (rejected)'],
    multipart: 'report-mdn',
    body: [
      { type: 'text/plain; charset=utf-8', body: 'Your message to <jane.roe@client.example> was automatically rejected:\nI am not accepting unsolicited offers at this address.\n' },
      {
        type: 'message/disposition-notification',
        body: 'Reporting-UA: mx.client.example; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; jane.roe@client.example\nOriginal-Message-ID: <orig-7@acme.example>\nDisposition: automatic-action/MDN-sent-automatically; deleted\n',
      },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'Dovecot LMTP with a DSN: "Action: failed", 5.2.2 quota',
    source: 'Dovecot mail-deliver / lda_mailbox_autocreate: DSN form of the rejection (RFC 3464 part)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.client.example>',
    subject: 'Rejected: Proposal',
    multipart: 'report',
    body: [
      { type: 'text/plain; charset=utf-8', body: 'Your message to <kim@client.example> was automatically rejected:\nQuota exceeded (mailbox for user is full)\n' },
      { type: 'message/delivery-status', body: 'Reporting-MTA: dns; mx.client.example\n\nFinal-Recipient: rfc822; kim@client.example\nAction: failed\nStatus: 5.2.2\n' },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'kim@client.example': 'retry' },
  },
  // ---- Postfix 2.x text-only, one notice, each recipient a different cause ----
  {
    name: 'Postfix 2.x: one notice, five causes (blocked, relay denied, too big, timed out, loop)',
    source: 'postfix bounce(5) failure_template; smtp_proto.c "(in reply to … command)", smtp_connect.c "conversation … timed out", "loops back to myself"',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    body:
      POSTFIX_FAILURE_INTRO +
      '<ann@blocklist.example>: host mx.blocklist.example[192.0.2.51] said: 554 5.7.1\n    Service unavailable; Client host [203.0.113.7] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)\n\n<bo@norelay.example>: host mx.norelay.example[192.0.2.52] said: 554 5.7.1\n    <bo@norelay.example>: Relay access denied (in reply to RCPT TO command)\n\n<cy@small.example>: host mx.small.example[192.0.2.53] said: 552 5.3.4\n    Message size exceeds fixed limit (in reply to end of DATA command)\n\n<di@slow.example>: conversation with mx.slow.example[192.0.2.54] timed out\n    while receiving the initial server greeting\n\n<ed@looping.example>: mail for looping.example loops back to myself\n',
    // bo@norelay.example was fix-sending: relay access denied by the recipient's MX is retried (verdict-audit.test.ts).
    expected: { 'ann@blocklist.example': 'fix-sending', 'bo@norelay.example': 'retry', 'cy@small.example': 'fix-sending', 'di@slow.example': 'retry', 'ed@looping.example': 'retry' },
  },
  {
    name: 'Postfix 3.x: a final notice after the queue lifetime, "delivery temporarily suspended" and a remote close',
    source: 'postfix qmgr "delivery temporarily suspended: …" (maximal_queue_lifetime reached), smtp_proto.c "lost connection with … while sending end of data -- message may be sent more than once"',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    body:
      POSTFIX_FAILURE_INTRO +
      '<lee@slow.example>: delivery temporarily suspended: connect to\n    mx.slow.example[192.0.2.40]:25: Connection timed out\n\n<di@flaky.example>: lost connection with mx.flaky.example[192.0.2.41] while\n    sending end of data -- message may be sent more than once\n',
    expected: { 'lee@slow.example': 'retry', 'di@flaky.example': 'retry' },
  },
  // ---- qmail: the sender refused, no mail exchanger, a loop ----
  {
    name: 'qmail-send: "sender was rejected", "couldn\'t find a mail exchanger", a looping message',
    source: 'qmail-remote.c ("Connected to … but sender was rejected.", "Sorry, I couldn\'t find a mail exchanger or IP address. (#5.4.4)"), qmail-local.c ("This message is looping: it already has my Delivered-To line. (#5.4.6)")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the qmail-send program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<ann@picky.example>:\nConnected to 192.0.2.61 but sender was rejected.\nRemote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)\n\n<pat@nomx.example>:\nSorry, I couldn't find a mail exchanger or IP address. (#5.4.4)\n\n<ed@acme.example>:\nThis message is looping: it already has my Delivered-To line. (#5.4.6)\n\n--- Below this line is a copy of the message.\n",
    expected: { 'ann@picky.example': 'fix-sending', 'pat@nomx.example': 'remove', 'ed@acme.example': 'retry' },
  },
  {
    name: 'qmail-ldap / qmail-remote: disabled address, size, best-preference MX, name rejected',
    source: 'qmail-ldap patch messages and qmail-remote.c as Sisimai Lhost/qmail.pm code lists them ("Mailaddress is administratively disabled. (#5.2.1)", "The message exeeded the maximum size the user accepts", "Although I\'m listed as a best-preference MX", "but my name was rejected")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the qmail-send program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<gone.user@client.example>:\nMailaddress is administratively disabled. (#5.2.1)\n\n<kim@client.example>:\nThe message exeeded the maximum size the user accepts. (#5.2.3)\n\n<lee@misrouted.example>:\nSorry. Although I'm listed as a best-preference MX or A for that host,\nit isn't in my control/locals file, so I don't treat it as local. (#5.4.6)\n\n<ann@picky.example>:\nConnected to 192.0.2.61 but my name was rejected.\nRemote host said: 550 5.7.1 HELO/EHLO name rejected: not a fully qualified host name\n\n--- Below this line is a copy of the message.\n",
    expected: { 'gone.user@client.example': 'remove', 'kim@client.example': 'fix-sending', 'lee@misrouted.example': 'retry', 'ann@picky.example': 'fix-sending' },
  },
  // ---- Haraka: two recipients in one "Intended Recipients:" line, one reason for both ----
  {
    name: 'Haraka 2.x: two recipients on the "Intended Recipients:" line, one reason',
    source: 'Haraka config/outbound.bounce_message ({recipients} joined with ", ")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    body: "Hi. This is the Haraka Mailer program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\nIntended Recipients: <jane.roe@client.example>, <kim@client.example>\nFailure Reason: Error: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org\n",
    expected: { 'jane.roe@client.example': 'fix-sending', 'kim@client.example': 'fix-sending' },
  },
  // ---- Exim: temporary causes that ran out of time stay retry ----
  {
    name: 'Exim 4.9x: "retry timeout exceeded" and hosts failing for a long time',
    source: 'Exim spec (retry rules: "retry timeout exceeded", "all hosts for … have been failing for a long time")',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Mail delivery failed: returning message to sender',
    body: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  kim@client.example\n    mailbox is full: retry timeout exceeded\n  di@slow.example\n    all hosts for \'slow.example\' have been failing for a long time (and retry time not reached)\n',
    expected: { 'kim@client.example': 'retry', 'di@slow.example': 'retry' },
  },
  // ---- Amazon WorkMail (SES under it): "Technical report:" with a 5.1.0 wrapper ----
  {
    name: 'Amazon WorkMail: "Technical report:", 5.1.0 "Unknown address error" wrapping the real answer',
    source: 'Sisimai Lhost/AmazonWorkMail.pm (code: X-Mailer Amazon WorkMail, X-SES-Outgoing, "Technical report:", 5.1.0 wrapper)',
    from: 'MAILER-DAEMON@us-west-2.awsapps.com',
    subject: 'Delivery Status Notification (Failure)',
    headers: ['X-Mailer: Amazon WorkMail', 'X-SES-Outgoing: 2025.11.03-54.240.27.159'],
    body: "An error occurred while trying to deliver the mail to the following recipients:\njane.roe@client.example\nann@blocklist.example\n\nTechnical report:\n\nReporting-MTA: dns; a27-10.smtp-out.us-west-2.amazonses.com\n\nAction: failed\nFinal-Recipient: rfc822; jane.roe@client.example\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown in virtual mailbox table' (delivery attempts: 0)\nStatus: 5.1.0\n\nAction: failed\nFinal-Recipient: rfc822; ann@blocklist.example\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 554-'5.7.1 Service unavailable; Client host [54.240.27.159] blocked using zen.spamhaus.org' (delivery attempts: 0)\nStatus: 5.1.0\n",
    expected: { 'jane.roe@client.example': 'remove', 'ann@blocklist.example': 'fix-sending' },
  },
  {
    name: 'Amazon WorkMail: message expired after temporary failures',
    source: 'Sisimai Lhost/AmazonWorkMail.pm (code comment: "554 4.4.7 Message expired: unable to deliver in 840 minutes. <421 4.4.2 Connection timed out>")',
    from: 'MAILER-DAEMON@us-west-2.awsapps.com',
    subject: 'Delivery Status Notification (Failure)',
    headers: ['X-Mailer: Amazon WorkMail', 'X-SES-Outgoing: 2025.11.03-54.240.27.159'],
    body: 'An error occurred while trying to deliver the mail to the following recipients:\ndi@slow.example\n\nTechnical report:\n\nReporting-MTA: dns; a27-10.smtp-out.us-west-2.amazonses.com\n\nAction: failed\nFinal-Recipient: rfc822; di@slow.example\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>\nStatus: 4.4.7\n',
    expected: { 'di@slow.example': 'retry' },
  },
  // ---- Google Workspace: a sender-side setting, the recipient only in the returned copy ----
  {
    name: 'Google Workspace: "Send mail as" misconfigured, no address in the notice text',
    source: 'Sisimai Lhost/GoogleWorkspace.pm (code comment: "** Message not delivered **", CustomFromDenied, recipient from the copy\'s To)',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    multipart: 'mixed',
    body: [
      { type: 'text/plain; charset=UTF-8', body: "** Message not delivered **\n\nYou're sending this from a different address or alias using the 'Send mail as' feature.\nThe settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.\n\nLearn more here: https://support.google.com/mail/?p=CustomFromDenied\n\nThe response was:\nUnspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability\n" },
      { type: 'message/rfc822', body: 'From: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\nMessage-ID: <orig-7@acme.example>\n\nHello,\n' },
    ],
    expected: { 'jane.roe@client.example': 'fix-sending' },
  },
  // ---- amavisd-new content filter notices: the content was refused, the address is fine ----
  {
    name: 'amavisd-new: BANNED CONTENTS ALERT, "-> recipient" under "to the following recipient:"',
    source: 'amavisd-new notify_sender template (BANNED CONTENTS ALERT); Sisimai Lhost/Amavis.pm ("Content-filter at" sender)',
    from: '"Content-filter at mx.client.example" <postmaster@mx.client.example>',
    subject: 'BANNED contents from you (.exe,proposal.exe)',
    body: 'BANNED CONTENTS ALERT\n\nOur content checker found\n    banned name: .exe,proposal.exe\n\nin email presumably from you <sales@acme.example>\nto the following recipient:\n-> jane.roe@client.example\n\nOur internal reference code for your message is 31536-15/Z9FY344g\n\nDelivery of the email was stopped!\n\nThe message has been blocked because it contains a component\n(as a MIME part or nested within) with declared name\nor MIME type or contents type violating our access policy.\n',
    expected: { 'jane.roe@client.example': 'fix-sending' },
  },
  {
    name: 'amavisd-new: VIRUS ALERT to two recipients',
    source: 'amavisd-new notify_sender template (VIRUS ALERT)',
    from: '"Content-filter at mx.client.example" <postmaster@mx.client.example>',
    subject: 'VIRUS (Eicar-Signature) IN MAIL FROM YOU',
    body: 'VIRUS ALERT\n\nOur content checker found\n    virus: Eicar-Signature\n\nin email presumably from you <sales@acme.example>\nto the following recipients:\n-> jane.roe@client.example\n-> kim@client.example\n\nOur internal reference code for your message is 31537-02/AbCdEf12\n\nDelivery of the email was stopped!\n\nPlease check your system for viruses.\n',
    expected: { 'jane.roe@client.example': 'fix-sending', 'kim@client.example': 'fix-sending' },
  },
  // ---- Exim 3.x wording ("remote mailer", "x@y:" with a colon) ----
  {
    name: 'Exim 3.x: "(Exim)" intro, "x@y:" entries, "SMTP error from remote mailer"',
    source: 'Exim 3 bounce text (spec 3.x: "This message was created automatically by mail delivery software (Exim).")',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Mail delivery failed: returning message to sender',
    body: 'This message was created automatically by mail delivery software (Exim).\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jane.roe@client.example:\n    SMTP error from remote mailer after RCPT TO:<jane.roe@client.example>:\n    host mx.client.example [192.0.2.25]: 550 5.1.1 <jane.roe@client.example>... User unknown\n  kim@client.example:\n    SMTP error from remote mailer after RCPT TO:<kim@client.example>:\n    host mx.client.example [192.0.2.25]: 452 4.2.2 <kim@client.example>... Mailbox full\n\n------ This is a copy of the message, including all the headers. ------\n',
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  // ---- Dovecot LMTP / LDA answers as Postfix and Exim report them ----
  {
    name: 'Postfix relaying Dovecot LMTP: "User doesn\'t exist" and "Quota exceeded" replies',
    source: 'Dovecot lmtp (RCPT: "550 5.1.1 <x> User doesn\'t exist: x", DATA: "552 5.2.2 <x> Quota exceeded (mailbox for user is full)"); postfix lmtp(8) notice lines',
    from: 'MAILER-DAEMON@mail.client.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    body:
      "This is the mail system at host mail.client.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<old.team@client.example>: host mail.client.example[private/dovecot-lmtp] said:\n    550 5.1.1 <old.team@client.example> User doesn't exist: old.team@client.example\n    (in reply to RCPT TO command)\n\n<kim@client.example>: host mail.client.example[private/dovecot-lmtp] said: 552\n    5.2.2 <kim@client.example> Quota exceeded (mailbox for user is full) (in\n    reply to end of DATA command)\n",
    expected: { 'old.team@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Exim delivering through dovecot-lda: quota and unknown user from the LDA',
    source: 'Exim pipe/lmtp transport to Dovecot (its "Quota exceeded (mailbox for user is full)", "User doesn\'t exist" answers); Exim spec ch. 48 default text',
    from: 'Mail Delivery System <Mailer-Daemon@mail.client.example>',
    subject: 'Mail delivery failed: returning message to sender',
    body: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  kim@client.example\n    LMTP error after end of data:\n    552 5.2.2 <kim@client.example> Quota exceeded (mailbox for user is full)\n  old.team@client.example\n    LMTP error after RCPT TO:<old.team@client.example>:\n    550 5.1.1 <old.team@client.example> User doesn\'t exist: old.team@client.example\n',
    expected: { 'kim@client.example': 'retry', 'old.team@client.example': 'remove' },
  },
  // ---- Postfix carrying large providers' multi-line replies ----
  {
    name: 'Postfix carrying Gmail\'s multi-line 550-5.1.1 and 550-5.7.26 replies',
    source: 'postfix smtp(8) reply folding ("said: 550-5.1.1 … 550 5.1.1 …"); Gmail SMTP error reference (5.1.1 NoSuchUser, 5.7.26 unauthenticated)',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Undelivered Mail Returned to Sender',
    body:
      POSTFIX_FAILURE_INTRO +
      "<nobody.here@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.26] said:\n    550-5.1.1 The email account that you tried to reach does not exist. Please\n    try 550-5.1.1 double-checking the recipient's email address for typos or\n    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1\n    https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b5-si.123 -\n    gsmtp (in reply to RCPT TO command)\n\n<pat.live@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.26] said:\n    550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n    550-5.7.26 Gmail requires all senders to authenticate with either SPF or\n    DKIM. 550 5.7.26  https://support.google.com/mail/answer/81126 - gsmtp (in\n    reply to end of DATA command)\n",
    expected: { 'nobody.here@gmail.com': 'remove', 'pat.live@gmail.com': 'fix-sending' },
  },
  // ---- Haraka's HTML notice (outbound.bounce_message_html) as the only readable part ----
  {
    name: 'Haraka 3.x: HTML-only notice ("Message not delivered", "Reaction of the server:")',
    source: 'Haraka config/outbound.bounce_message_html',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    multipart: 'mixed',
    body: [{ type: 'text/html; charset=us-ascii', body: "<html>\n<head>\n<style>\n* {\nfont-family:Roboto, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n<table cellpadding=\"0\" cellspacing=\"0\"><tbody>\n<tr><td>\n<h2 style=\"font-size:20px\">\nMessage not delivered\n</h2></td></tr>\n<tr><td style=\"padding-top:20px\">\nA problem has occurred when trying to deliver your mail to <a style='color:#212121'><b>&lt;jane.roe@client.example&gt;</b></a> . Look below for the technical details.\n</td></tr>\n<tr><td align=\"left\">\nReaction of the server: <br/>\n<p style=\"font-family:monospace\">\nError: 550 5.1.1 &lt;jane.roe@client.example&gt;: Recipient address rejected: User unknown\n</p>\n</td></tr>\n</tbody></table>\n</body>\n</html>\n" }],
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim: French bounce_message_file with its translated copy marker; the copy\'s own words are not read',
    source: 'Exim bounce_message_file (spec ch. 48: the "------ This is a copy of the message …" line is part of the template), French translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Echec de distribution : message retourné à l’expéditeur',
    body: "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nUn message que vous avez envoyé n'a pas pu être distribué à un ou plusieurs\nde ses destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 Adresse destinataire inconnue\n\n------ Ceci est une copie du message, en-têtes compris. ------\n\nReturn-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered,\nso I am writing to you directly.\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim: German bounce_message_file with its translated copy marker; the copy\'s own words are not read',
    source: 'Exim bounce_message_file (spec ch. 48: the "------ This is a copy of the message …" line is part of the template), German translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Zustellung fehlgeschlagen: Nachricht an den Absender zurück',
    body: "Diese Nachricht wurde automatisch von der Mail-Software erstellt.\n\nEine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger\nnicht zugestellt werden. Dies ist ein permanenter Fehler. Folgende Adresse(n) schlugen fehl:\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 Benutzer unbekannt\n\n------ Dies ist eine Kopie der Nachricht, einschließlich aller Header. ------\n\nReturn-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered,\nso I am writing to you directly.\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim: Italian bounce_message_file with its translated copy marker; the copy\'s own words are not read',
    source: 'Exim bounce_message_file (spec ch. 48: the "------ This is a copy of the message …" line is part of the template), Italian translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Consegna non riuscita: messaggio restituito al mittente',
    body: "Questo messaggio è stato creato automaticamente dal software di consegna della posta.\n\nUn messaggio che hai inviato non può essere consegnato a uno o più destinatari.\nQuesto è un errore permanente. I seguenti indirizzi hanno fallito:\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    552 5.2.2 Casella piena\n\n------ Questa è una copia del messaggio, incluse tutte le intestazioni. ------\n\nReturn-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered,\nso I am writing to you directly.\n",
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'Exim: Spanish bounce_message_file with its translated copy marker; the copy\'s own words are not read',
    source: 'Exim bounce_message_file (spec ch. 48: the "------ This is a copy of the message …" line is part of the template), Spanish translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Fallo en la entrega: mensaje devuelto al remitente',
    body: "Este mensaje fue creado automáticamente por el software de entrega de correo.\n\nUn mensaje que usted envió no pudo ser entregado a uno o más destinatarios.\nEste es un error permanente. Las siguientes direcciones fallaron:\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 Usuario desconocido\n\n------ Esta es una copia del mensaje, incluyendo todas las cabeceras. ------\n\nReturn-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered,\nso I am writing to you directly.\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'OpenSMTPD 5.x text notice with the original inline under "Below is a copy of the original message:"',
    source: 'OpenSMTPD bounce.c ("Below is a copy of the original message:" then the message itself)',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: error',
    body: "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\njane.roe@client.example: 550 5.1.1 User unknown\n\nBelow is a copy of the original message:\n\nReturn-Path: <sales@acme.example>\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered,\nso I am writing to you directly.\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Lotus Domino 9: Delivery Failure Report in French (the router\'s reason stays English)',
    source: 'Domino router DeliveryReport form in its French locale (the reason string comes from the router)',
    from: 'Mail Router <postmaster@client.example>',
    subject: "NON REMIS : Proposition",
    body: "Votre message\n\n  Objet : Proposition\n\nn'a pas été remis à :\n\n  jane.roe@client.example\n\npour la raison suivante :\n\n  User jane.roe (jane.roe@client.example) not listed in Domino Directory\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Lotus Domino 9: Delivery Failure Report in Spanish (the router reason stays English)',
    source: 'Domino router DeliveryReport form in its Spanish locale (the reason string comes from the router)',
    from: 'Mail Router <postmaster@client.example>',
    subject: "NO ENTREGADO: Propuesta",
    body: "Su mensaje\n\n  Asunto: Propuesta\n\nno se entregó a:\n\n  jane.roe@client.example\n\nporque:\n\n  User jane.roe (jane.roe@client.example) not listed in Domino Directory\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Lotus Domino 9: Delivery Failure Report in Italian (the router reason stays English)',
    source: 'Domino router DeliveryReport form in its Italian locale (the reason string comes from the router)',
    from: 'Mail Router <postmaster@client.example>',
    subject: "NON RECAPITATO: Proposta",
    body: "Il messaggio\n\n  Oggetto: Proposta\n\nnon è stato recapitato a:\n\n  jane.roe@client.example\n\nperché:\n\n  User jane.roe (jane.roe@client.example) not listed in Domino Directory\n",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Bilingual French/English failure template ("Ce message vous a été envoyé par le serveur de messagerie … (This message was sent to you by …)")',
    source: 'French hosts\' bilingual bounce templates for Postfix-style daemons (FR line, EN line in parentheses; "Mail Delivery Failure Notice")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'Mail Delivery Failure Notice',
    body: "Ce message vous a été envoyé par le serveur de messagerie\n(MTA 2.11) sur mx1.acme.example.\n(This message was sent to you by the mailer daemon (MTA 2.11)\nat mx1.acme.example.)\n\nJ'ai le regret de vous informer que votre courrier n'a pas pu être transmis à\ntous ses destinataires.\n(Sorry, but your mail could not be delivered to all of its recipients.)\n\nAdresse(s) en erreur / Failed address(es) :\n\n<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n\n<kim@client.example>: host mx.client.example[192.0.2.25] said: 452 4.2.2\n    Mailbox full (in reply to RCPT TO command)\n",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Postfix bilingual Spanish/English failure template with a "--" line, text part only',
    source: 'postfix bounce_template_file as a Spanish host publishes it',
    from: 'MAILER-DAEMON@mx1.acme.example (Sistema de entrega de correo)',
    subject: 'Servidor de correo: Mensaje no entregado',
    body: "Este es un mensaje automático de su servidor de correo mx1.acme.example.\n\nNo ha sido posible entregar su mensaje a uno o más destinatarios.\nEl mensaje que causó el error va adjunto a este aviso.\n\nPara más información, escriba al administrador: soporte@acme.example\nEn tal caso adjunte este informe.\n\n--\nEnglish:\nThis is the mail system at host mx1.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to soporte@acme.example\n\n                   The mail system\n\n<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n\n<kim@client.example>: host mx.client.example[192.0.2.25] said: 452 4.2.2\n    Mailbox full (in reply to RCPT TO command)\n",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
]

const DELAYS: Row[] = [
  {
    name: 'Postfix 3.x: delay template with its DSN part (Action: delayed)',
    source: 'postfix bounce(5) delay_template',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Delayed Mail (still being retried)',
    multipart: 'report',
    body: [
      { type: 'text/plain; charset=us-ascii', description: 'Notification', body: POSTFIX_DELAY_LOCALISED[0].intro + '<lee@slow.example>: connect to mx.slow.example[192.0.2.40]:25: Connection timed out\n' },
      { type: 'message/delivery-status', description: 'Delivery report', body: dsn('mx1.acme.example', [rcpt('lee@slow.example', 'delayed', '4.4.1', undefined, undefined) + '\nDiagnostic-Code: X-Postfix; connect to mx.slow.example[192.0.2.40]:25: Connection timed out\nWill-Retry-Until: Sat, 8 Nov 2025 09:58:00 +0000']) },
      { type: 'text/rfc822-headers', body: HEADERS_ONLY },
    ],
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'OpenSMTPD: notice_warning / notice_warning2 with "Action: delayed"',
    source: 'OpenSMTPD bounce.c (notice_warning, notice_warning2, action_str "delayed")',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: delayed',
    multipart: 'mixed',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        description: 'Notification',
        body: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\nlee@slow.example: 421 4.4.2 mx.slow.example Error: timeout exceeded\n\n    Please note that this is only a temporary failure report.\n    The message is kept in the queue for up to 4 days.\n    You DO NOT NEED to re-send the message to these recipients.\n\n    Below is a copy of the original message:\n',
      },
      { type: 'message/delivery-status', description: 'Delivery Report', body: 'Reporting-MTA: dns; mx1.acme.example\n\nFinal-Recipient: rfc822; lee@slow.example\nAction: delayed\nStatus: 4.4.2\n' },
      { type: 'text/rfc822-headers', description: 'Message headers', body: HEADERS_ONLY },
    ],
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'OpenSMTPD 5.x: text-only delay warning',
    source: 'OpenSMTPD 5.x bounce.c (notice_warning text before the DSN part)',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: warning',
    body: 'Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\nA message is delayed for more than 4 hours for the following\nlist of recipients:\n\nlee@slow.example: Connection refused\n\nPlease note that this is only a temporary failure report.\nThe message is kept in the queue for up to 4 days.\nYou DO NOT NEED to re-send the message to these recipients.\n\nBelow is a copy of the original message:\n',
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Stalwart: "Warning: Delay in message delivery"',
    source: 'Stalwart dsn.rs ("There was a temporary problem delivering your message", Will-Retry-Until)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Warning: Delay in message delivery',
    multipart: 'report',
    body: [
      { type: 'text/plain; charset=utf-8', body: "There was a temporary problem delivering your message to the following recipients:\n\n<lee@slow.example> (connection to 'mx.slow.example' failed: Connection refused (os error 111))\n\n" },
      { type: 'message/delivery-status', body: 'Reporting-MTA: dns;mx1.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:58:00 +0000\n\nFinal-Recipient: rfc822;lee@slow.example\nAction: delayed\nStatus: 4.4.1\nWill-Retry-Until: Sat, 8 Nov 2025 09:58:00 +0000\n' },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Courier: "WARNING: delayed mail." with DELAYS IN DELIVERING YOUR MESSAGE',
    source: 'Courier courier/module.dsn (dsndelayed text, subject "WARNING: delayed mail.")',
    from: 'Courier mail server at mx1.acme.example <@>',
    subject: 'WARNING: delayed mail.',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        body: '\nThis is a delivery status notification from mx1.acme.example,\nrunning the Courier mail server, version 1.1.4.\n\nThe original message was received on Mon, 3 Nov 2025 09:58:00 +0000\nfrom [198.51.100.4] (desk.acme.example [198.51.100.4])\n\n---------------------------------------------------------------------------\n\n                    DELAYS IN DELIVERING YOUR MESSAGE\n\nThis is a warning message only.  Your message remains in the mail queue\nand we will continue to attempt to deliver it.  However, delivery to the\nfollowing recipients has been delayed:\n\n<lee@slow.example>:\n    mx.slow.example [192.0.2.40]:\n<<< 421 4.3.2 Service not available, closing transmission channel\n\n---------------------------------------------------------------------------\n',
      },
      { type: 'message/delivery-status', body: dsn('mx1.acme.example', [rcpt('lee@slow.example', 'delayed', '4.3.2', '421 4.3.2 Service not available, closing transmission channel', 'mx.slow.example')]) },
      { type: 'text/rfc822-headers', body: HEADERS_ONLY },
    ],
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Exim 4.9x: default warn_message_file text',
    source: 'Exim spec ch. 48 (warn_message_file default: "has not yet been delivered … No action is required on your part")',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Warning: message 1vABCd-000123-Xy delayed 24 hours',
    headers: ['Auto-Submitted: auto-replied'],
    body: 'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx1.acme.example.\n\nThe message identifier is:     1vABCd-000123-Xy\nThe subject of the message is: Proposal\nThe date of the message is:    Mon, 03 Nov 2025 09:58:00 +0000\n\nThe address to which the message has not yet been delivered is:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n    Delay reason: SMTP error from remote mail server after initial connection:\n    421 4.3.2 Too many connections, try again later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n',
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Exim: warn_message_file translated to French',
    source: 'Exim warn_message_file (spec ch. 48), French translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Avertissement : message 1vABCd-000123-Xy retardé de 24 heures',
    body: "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\nUn message que vous avez envoyé n'a pas encore été distribué à un ou plusieurs\nde ses destinataires après plus de 24 heures dans la file d'attente de mx1.acme.example.\n\nL'adresse à laquelle le message n'a pas encore été distribué est :\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nAucune action n'est requise de votre part. Les tentatives de distribution vont\ncontinuer pendant un certain temps. Si le message reste non distribué, le logiciel\nfinira par abandonner et vous le renverra.\n",
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Exim: warn_message_file translated to German',
    source: 'Exim warn_message_file (spec ch. 48), German translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Warnung: Nachricht 1vABCd-000123-Xy seit 24 Stunden verzögert',
    body: 'Diese Nachricht wurde automatisch von der Mail-Software erstellt.\nEine von Ihnen gesendete Nachricht konnte nach mehr als 24 Stunden in der\nWarteschlange auf mx1.acme.example noch nicht an einen oder mehrere Empfänger zugestellt werden.\n\nDie Adresse, an die die Nachricht noch nicht zugestellt wurde:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nSie müssen nichts unternehmen. Die Zustellung wird noch einige Zeit versucht.\nSollte sie endgültig scheitern, erhalten Sie die Nachricht zurück.\n',
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Exim: warn_message_file translated to Italian',
    source: 'Exim warn_message_file (spec ch. 48), Italian translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Avviso: messaggio 1vABCd-000123-Xy ritardato di 24 ore',
    body: "Questo messaggio è stato creato automaticamente dal software di consegna della posta.\nUn messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari\ndopo più di 24 ore in coda su mx1.acme.example.\n\nL'indirizzo a cui il messaggio non è ancora stato consegnato è:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nNon è richiesta alcuna azione da parte tua. I tentativi di consegna continueranno\nper qualche tempo; alla fine, se non riusciranno, il messaggio ti verrà restituito.\n",
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Exim: warn_message_file translated to Spanish',
    source: 'Exim warn_message_file (spec ch. 48), Spanish translation as hosts ship it',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Aviso: mensaje 1vABCd-000123-Xy retrasado 24 horas',
    body: 'Este mensaje fue creado automáticamente por el software de entrega de correo.\nUn mensaje que usted envió todavía no ha sido entregado a uno o más destinatarios\ntras más de 24 horas en la cola de mx1.acme.example.\n\nLa dirección a la que todavía no se ha entregado el mensaje es:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nNo es necesaria ninguna acción por su parte. Los intentos de entrega continuarán\ndurante algún tiempo; si finalmente fallan, el mensaje le será devuelto.\n',
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Bilingual French/English delay template ("[ENGLISH BELOW]", "Attention: impossible d\'envoyer un message")',
    source: 'French hosts\' bilingual warning templates (FRANCAIS section, then ENGLISH; the subject translates sendmail\'s "Warning: could not send message")',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: "Attention: impossible d'envoyer un message",
    body: "[ENGLISH BELOW]\n\n------------------------------[ FRANCAIS ]------------------------------\n\nCe message vous a été envoyé par le serveur de messagerie\n(MTA 2.11) sur mx1.acme.example.\n\nJ'ai le regret de vous informer que votre courrier n'a pas encore pu être\ntransmis à tous ses destinataires. Les adresses ci-dessous sont en attente ;\nde nouvelles tentatives auront lieu pendant 5 jours.\n\nIL S'AGIT D'UN SIMPLE AVERTISSEMENT : VOUS N'AVEZ PAS BESOIN DE RENVOYER VOTRE MESSAGE.\n\n------------------------------[ ENGLISH ]-------------------------------\n\nThis message was sent to you by the mailer daemon (MTA 2.11)\nat mx1.acme.example.\n\nYour mail could not yet be delivered to all of its recipients. The\naddresses below are still queued and will be retried for 5 days.\n\nTHIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n------------------------------------------------------------------------\n\n<lee@slow.example>: connect to mx.slow.example[192.0.2.40]:25: Connection\n    timed out\n",
    expected: { 'lee@slow.example': 'pending' },
  },
  {
    name: 'Postfix with soft_bounce = yes: the delay notice quotes a 550 "User unknown", still being retried',
    source: 'postconf(5) soft_bounce (5xx replies are deferred); postfix bounce(5) delay_template',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Delayed Mail (still being retried)',
    body: POSTFIX_DELAY_LOCALISED[0].intro + '<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n',
    expected: { 'jane.roe@client.example': 'pending' },
  },
]

/** Notices about successful delivery (or relay): no failed recipient. */
const SUCCESSES: Row[] = [
  {
    name: 'Postfix 3.x: success template ("Successful Mail Delivery Report"), delivered and expanded',
    source: 'postfix bounce(5) success_template',
    from: 'MAILER-DAEMON@mx1.acme.example (Mail Delivery System)',
    subject: 'Successful Mail Delivery Report',
    multipart: 'report',
    body: [
      {
        type: 'text/plain; charset=us-ascii',
        description: 'Notification',
        body: 'This is the mail system at host mx1.acme.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n<jane.roe@client.example>: delivery via mx.client.example[192.0.2.25]:25: 250\n    2.0.0 Ok: queued as 9F2E1\n\n<team@acme.example>: alias expanded\n',
      },
      {
        type: 'message/delivery-status',
        description: 'Delivery report',
        body: dsn('mx1.acme.example', [rcpt('jane.roe@client.example', 'relayed', '2.0.0', '250 2.0.0 Ok: queued as 9F2E1', 'mx.client.example'), 'Final-Recipient: rfc822; team@acme.example\nAction: expanded\nStatus: 2.0.0\nDiagnostic-Code: X-Postfix; alias expanded']),
      },
      { type: 'text/rfc822-headers', body: HEADERS_ONLY },
    ],
    expected: {},
  },
  {
    name: 'OpenSMTPD: notice_success ("Delivery status notification: delivered")',
    source: 'OpenSMTPD bounce.c (notice_success, action_str "delivered")',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: delivered',
    multipart: 'mixed',
    body: [
      { type: 'text/plain; charset=us-ascii', description: 'Notification', body: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    Your message was successfully delivered to these recipients.\n\njane.roe@client.example: 250 2.0.0 Ok: queued as 9F2E1\n\n    Below is a copy of the original message:\n' },
      { type: 'message/delivery-status', description: 'Delivery Report', body: 'Reporting-MTA: dns; mx1.acme.example\n\nFinal-Recipient: rfc822; jane.roe@client.example\nAction: delivered\nStatus: 2.0.0\n' },
      { type: 'text/rfc822-headers', description: 'Message headers', body: HEADERS_ONLY },
    ],
    expected: {},
  },
  {
    name: 'OpenSMTPD: notice_relay ("Delivery status notification: relayed")',
    source: 'OpenSMTPD bounce.c (notice_relay, action_str "relayed")',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: relayed',
    body: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    Your message was relayed to these recipients.\n\njane.roe@client.example: 250 2.0.0 Ok: queued as 9F2E1\n\n    Below is a copy of the original message:\n',
    expected: {},
  },
  {
    name: 'Stalwart: "Successfully delivered message"',
    source: 'Stalwart dsn.rs ("Your message has been successfully delivered to the following recipients")',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Successfully delivered message',
    multipart: 'report',
    body: [
      { type: 'text/plain; charset=utf-8', body: "Your message has been successfully delivered to the following recipients:\n\n<jane.roe@client.example> (delivered to 'mx.client.example' with code 250 (2.0.0) 'Ok: queued as 9F2E1')\n\n" },
      { type: 'message/delivery-status', body: 'Reporting-MTA: dns;mx1.acme.example\n\nFinal-Recipient: rfc822;jane.roe@client.example\nAction: delivered\nStatus: 2.0.0\n' },
      { type: 'message/rfc822', body: HEADERS_ONLY },
    ],
    expected: {},
  },
  {
    name: 'Stalwart: "Successfully delivered message" text only (Outlook-style plain copy)',
    source: 'Stalwart dsn.rs (success text, no report part kept)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Successfully delivered message',
    body: "Your message has been successfully delivered to the following recipients:\n\n<jane.roe@client.example> (delivered to 'mx.client.example' with code 250 (2.0.0) 'Ok: queued as 9F2E1')\n",
    expected: {},
  },
]

/** Automatic replies that mail servers' own filters send: never a bounce, nobody failed. */
const NON_BOUNCES: Row[] = [
  {
    name: 'Dovecot Pigeonhole: Sieve vacation reply ("Auto: <subject>", auto-replied (vacation))',
    source: 'RFC 5230 vacation; Pigeonhole sieve vacation extension (default subject "Auto: %s", Auto-Submitted: auto-replied (vacation))',
    from: 'Jane Roe <jane.roe@client.example>',
    subject: 'Auto: Proposal',
    headers: ['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk'],
    body: 'I am out of the office until 10 November and cannot read my mail.\nFor urgent matters please write to kim@client.example.\n',
    expected: {},
  },
  {
    name: 'Dovecot Pigeonhole: Sieve vacation reply in German, the colleague named beside "nicht erreichbar"',
    source: 'RFC 5230 vacation (reason text chosen by the user); Pigeonhole vacation headers',
    from: 'Jane Roe <jane.roe@client.example>',
    subject: 'Abwesenheitsnotiz: Proposal',
    headers: ['Auto-Submitted: auto-replied (vacation)'],
    body: 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 10. November nicht erreichbar.\nIn dringenden Fällen wenden Sie sich bitte an kim@client.example.\n',
    expected: {},
  },
  {
    name: 'Exim autoreply transport: "this mailbox is no longer monitored"',
    source: 'Exim spec "The autoreply transport" (Auto-Submitted: auto-replied); README: an unmonitored mailbox is an auto-reply',
    from: 'Old Team <old.team@client.example>',
    subject: 'Re: Proposal',
    headers: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    body: 'Thank you for your message. This mailbox is no longer monitored.\nPlease write to sales@client.example instead.\n',
    expected: {},
  },
  {
    name: 'A plain-text delivery report: "was delivered to the following recipients:" over a bare list',
    source: 'Delivery receipts in the Exchange 2003 / Courier style ("Your message was delivered to the following recipients:", RFC 3461 NOTIFY=SUCCESS)',
    from: 'postmaster@client.example',
    subject: 'Delivery report: Proposal',
    body: 'Your message was delivered to the following recipients:\n\n  jane.roe@client.example\n  kim@client.example\n\nRemote server said: 250 2.0.0 Ok: queued as 9F2E1\n',
    expected: {},
  },
]

/** The text part alone, as Outlook or an HTML-only webmail shows it: subject, sender and text. */
interface Rendered {
  name: string
  source: string
  from: string
  subject: string
  text: string
  expected: Record<string, Verdict>
  kind?: 'bounce' | 'delay'
}

const RENDERED: Rendered[] = [
  ...POSTFIX_LOCALISED.map(
    (l): Rendered => ({
      name: `Postfix failure template in ${l.lang}, rendered`,
      source: 'postfix bounce(5) bounce_template_file, translated failure_template',
      from: 'Mail Delivery System <MAILER-DAEMON@mx1.acme.example>',
      subject: l.subject,
      text: l.intro + '<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n\n<kim@client.example>: host mx.client.example[192.0.2.25] said: 552 5.2.2\n    <kim@client.example>: Mailbox full (in reply to RCPT TO command)',
      expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
    }),
  ),
  ...POSTFIX_DELAY_LOCALISED.map(
    (l): Rendered => ({
      name: `Postfix delay template in ${l.lang}, rendered`,
      source: 'postfix bounce(5) bounce_template_file, translated delay_template',
      from: 'Mail Delivery System <MAILER-DAEMON@mx1.acme.example>',
      subject: l.subject,
      text: l.intro + '<lee@slow.example>: connect to mx.slow.example[192.0.2.40]:25: Connection timed out',
      expected: { 'lee@slow.example': 'pending' },
      kind: 'delay',
    }),
  ),
  {
    name: 'Stalwart "Failed to deliver message", rendered',
    source: 'Stalwart dsn.rs',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Failed to deliver message',
    text: "Your message could not be delivered to the following recipients:\n\n<jane.roe@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<jane.roe@client.example>' with code 550 (5.1.1) 'Mailbox not found')\n<kim@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<kim@client.example>' with code 552 (5.2.2) 'Mailbox full')",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Stalwart "Partially delivered message", rendered: the delivered address is no failure',
    source: 'Stalwart dsn.rs (mixed sections)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Partially delivered message',
    text: "Your message has been partially delivered:\n\n    ----- Delivery to the following addresses was successful -----\n<kim@client.example> (delivered to 'mx.client.example' with code 250 (2.0.0) 'Ok: queued as 9F2E1')\n\n    ----- Delivery to the following addresses failed -----\n<jane.roe@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<jane.roe@client.example>' with code 550 (5.1.1) 'User unknown')",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Stalwart "Warning: Delay in message delivery", rendered',
    source: 'Stalwart dsn.rs',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Warning: Delay in message delivery',
    text: "There was a temporary problem delivering your message to the following recipients:\n\n<lee@slow.example> (connection to 'mx.slow.example' failed: Connection refused (os error 111))",
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'maddy failedText, rendered',
    source: 'maddy internal/dsn/dsn.go',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'Undelivered Mail Returned to Sender',
    text: 'This is the mail delivery system at mx1.acme.example.\n\nUnfortunately, your message could not be delivered to one or more\nrecipients. The usual cause of this problem is invalid\nrecipient address or maintenance at the recipient side.\n\nContact the postmaster for further assistance, provide the Message ID (below):\n\nMessage ID: 6d1e2f3a\nArrival: 2025-11-03 09:58:00 +0000 UTC\nLast delivery attempt: 2025-11-03 10:00:00 +0000 UTC\n\nDelivery to jane.roe@client.example failed with error: SMTP error 550: 5.1.1 User unknown',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'OpenSMTPD notice_error, rendered',
    source: 'OpenSMTPD bounce.c',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: failed',
    text: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\njane.roe@client.example: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\n    Below is a copy of the original message:',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'OpenSMTPD notice_warning, rendered',
    source: 'OpenSMTPD bounce.c',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: delayed',
    text: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\nlee@slow.example: 421 4.4.2 mx.slow.example Error: timeout exceeded\n\n    Please note that this is only a temporary failure report.\n    The message is kept in the queue for up to 4 days.\n    You DO NOT NEED to re-send the message to these recipients.',
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Courier UNDELIVERABLE MAIL, rendered',
    source: 'Courier courier/module.dsn',
    from: 'Courier mail server at mx1.acme.example <postmaster@mx1.acme.example>',
    subject: 'NOTICE: mail delivery status.',
    text: 'This is a delivery status notification from mx1.acme.example,\nrunning the Courier mail server, version 1.1.4.\n\nThe original message was received on Mon, 3 Nov 2025 09:58:00 +0000\nfrom [198.51.100.4] (desk.acme.example [198.51.100.4])\n\n---------------------------------------------------------------------------\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<jane.roe@client.example>:\n    mx.client.example [192.0.2.25]:\n>>> RCPT TO:<jane.roe@client.example>\n<<< 550 5.1.1 <jane.roe@client.example>: No such mailbox\n\n---------------------------------------------------------------------------',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Courier DELAYS IN DELIVERING YOUR MESSAGE, rendered',
    source: 'Courier courier/module.dsn',
    from: 'Courier mail server at mx1.acme.example <postmaster@mx1.acme.example>',
    subject: 'WARNING: delayed mail.',
    text: 'This is a delivery status notification from mx1.acme.example,\nrunning the Courier mail server, version 1.1.4.\n\n---------------------------------------------------------------------------\n\n                    DELAYS IN DELIVERING YOUR MESSAGE\n\nThis is a warning message only.  Your message remains in the mail queue\nand we will continue to attempt to deliver it.  However, delivery to the\nfollowing recipients has been delayed:\n\n<lee@slow.example>:\n    mx.slow.example [192.0.2.40]:\n<<< 421 4.3.2 Service not available, closing transmission channel',
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Haraka bounce_message, rendered',
    source: 'Haraka config/outbound.bounce_message',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    text: "Hi. This is the Haraka Mailer program at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\nIntended Recipients: <jane.roe@client.example>\nFailure Reason: Error: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'PowerMTA text part alone, rendered: failed with no cause given',
    source: 'PowerMTA DSN text',
    from: 'postmaster@mta5.acme-mail.example',
    subject: 'Delivery report',
    text: 'Hello, this is the mail server on mta5.acme-mail.example.\n\nI am sending you this message to inform you on the delivery status of a\nmessage you previously sent.  Immediately below you will find a list of\nthe affected recipients;  also attached is a Delivery Status Notification\n(DSN) report in standard format, as well as the headers of the original\nmessage.\n\n  <jane.roe@client.example>  delivery failed; will not continue trying',
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'James "Failed recipient(s)" list, rendered: one cause for every listed address',
    source: 'Apache James Bounce / DSNBounce mailet text',
    from: 'postmaster@mx1.acme.example',
    subject: '[FAILURE NOTIFICATION] Proposal',
    text: "Hi. This is the James mail server at mx1.acme.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message.\n\nFailed recipient(s):\njane.roe@client.example\nkim@client.example\n\nError message:\n550 5.1.1 User unknown",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'remove' },
  },
  {
    name: 'Exchange 2003 NDR in English, rendered: "addr on <date>" entries with their own reason and #code'
    ,source: 'Exchange 2003 NDR template (its localised "did not reach some or all of the intended recipients" texts)',
    from: 'System Administrator <postmaster@client.example>',
    subject: "Undeliverable: Proposal",
    text: "Your message did not reach some or all of the intended recipients.\n\n      Subject:\tProposal\n      Sent:\t11/3/2025 10:00 AM\n\nThe following recipient(s) cannot be reached:\n\n      jane.roe@client.example on 11/3/2025 10:00 AM\n            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.\n            <mx.client.example #5.1.1>\n\n      kim@client.example on 11/3/2025 10:00 AM\n            The recipient's mailbox is full and can't accept messages now.  Please try resending this message later, or contact the recipient directly.\n            <mx.client.example #5.2.2>",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 NDR in German, rendered: "addr on <date>" entries with their own reason and #code'
    ,source: 'Exchange 2003 NDR template (its localised "did not reach some or all of the intended recipients" texts)',
    from: 'System Administrator <postmaster@client.example>',
    subject: "Unzustellbar: Angebot",
    text: "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n      Betreff:\tAngebot\n      Gesendet:\t03.11.2025 10:00\n\nFolgende(r) Empfänger konnte(n) nicht erreicht werden:\n\n      jane.roe@client.example am 03.11.2025 10:00\n            Das E-Mail-Konto ist in der Organisation, an die die Nachricht gesendet wurde, nicht vorhanden.  Überprüfen Sie die E-Mail-Adresse, oder wenden Sie sich direkt an den Empfänger.\n            <mx.client.example #5.1.1>\n\n      kim@client.example am 03.11.2025 10:00\n            Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.  Senden Sie die Nachricht später erneut.\n            <mx.client.example #5.2.2>",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 NDR in French, rendered: "addr on <date>" entries with their own reason and #code'
    ,source: 'Exchange 2003 NDR template (its localised "did not reach some or all of the intended recipients" texts)',
    from: 'System Administrator <postmaster@client.example>',
    subject: "Non remis : Proposition",
    text: "Votre message n'a pas atteint tous les destinataires ou une partie d'entre eux.\n\n      Objet :\tProposition\n      Envoyé :\t03/11/2025 10:00\n\nImpossible d'atteindre le ou les destinataires suivants :\n\n      jane.roe@client.example le 03/11/2025 10:00\n            Le compte de messagerie n'existe pas dans l'organisation à laquelle ce message a été envoyé.  Vérifiez l'adresse de messagerie ou contactez directement le destinataire.\n            <mx.client.example #5.1.1>\n\n      kim@client.example le 03/11/2025 10:00\n            La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.  Essayez de renvoyer ce message ultérieurement.\n            <mx.client.example #5.2.2>",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 NDR in Spanish, rendered: "addr on <date>" entries with their own reason and #code'
    ,source: 'Exchange 2003 NDR template (its localised "did not reach some or all of the intended recipients" texts)',
    from: 'System Administrator <postmaster@client.example>',
    subject: "No se puede entregar: Propuesta",
    text: "Su mensaje no llegó a algunos o a ninguno de los destinatarios.\n\n      Asunto:\tPropuesta\n      Enviado el:\t03/11/2025 10:00\n\nNo se pudo llegar a los siguientes destinatarios:\n\n      jane.roe@client.example el 03/11/2025 10:00\n            La cuenta de correo electrónico no existe en la organización a la que se envió este mensaje.  Compruebe la dirección de correo electrónico o póngase en contacto directamente con el destinatario.\n            <mx.client.example #5.1.1>\n\n      kim@client.example el 03/11/2025 10:00\n            El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.  Intente reenviar el mensaje más tarde.\n            <mx.client.example #5.2.2>",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 NDR in Italian, rendered: "addr on <date>" entries with their own reason and #code'
    ,source: 'Exchange 2003 NDR template (its localised "did not reach some or all of the intended recipients" texts)',
    from: 'System Administrator <postmaster@client.example>',
    subject: "Non recapitabile: Proposta",
    text: "Il messaggio non è stato recapitato ad alcuni o a tutti i destinatari.\n\n      Oggetto:\tProposta\n      Inviato:\t03/11/2025 10.00\n\nImpossibile raggiungere i seguenti destinatari:\n\n      jane.roe@client.example il 03/11/2025 10.00\n            L'account di posta elettronica non esiste presso l'organizzazione a cui è stato inviato il messaggio.  Verificare l'indirizzo di posta elettronica o contattare direttamente il destinatario.\n            <mx.client.example #5.1.1>\n\n      kim@client.example il 03/11/2025 10.00\n            La cassetta postale del destinatario è piena e al momento non può accettare messaggi.  Provare a inviare di nuovo il messaggio in seguito.\n            <mx.client.example #5.2.2>",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Stalwart mixed report, rendered: the delayed section stays pending',
    source: 'Stalwart dsn.rs ("----- There was a temporary problem delivering to these addresses -----")',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Warning: Temporary and permanent failures during message delivery',
    text: "Your message could not be delivered to some recipients:\n\n    ----- There was a temporary problem delivering to these addresses -----\n<lee@slow.example> (connection to 'mx.slow.example' failed: Connection timed out)\n\n    ----- Delivery to the following addresses failed -----\n<jane.roe@client.example> (host 'mx.client.example' rejected command 'RCPT TO:<jane.roe@client.example>' with code 550 (5.1.1) 'No such user')",
    expected: { 'lee@slow.example': 'pending', 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Dovecot rejection_reason translated to German, rendered',
    source: 'Dovecot lda/lmtp rejection_subject / rejection_reason (hosts translate them)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.client.example>',
    subject: 'Abgelehnt: Angebot',
    text: 'Ihre Nachricht an <kim@client.example> wurde automatisch abgelehnt:\nQuota exceeded (mailbox for user is full)',
    expected: { 'kim@client.example': 'retry' },
  },
  {
    name: 'Dovecot rejection_reason translated to French, rendered, unknown user',
    source: 'Dovecot lda/lmtp rejection_reason (hosts translate it)',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.client.example>',
    subject: 'Rejeté : Proposition',
    text: 'Votre message à <old.team@client.example> a été automatiquement rejeté :\nUtilisateur inconnu',
    expected: { 'old.team@client.example': 'remove' },
  },
  {
    name: 'Haraka HTML notice, rendered',
    source: 'Haraka config/outbound.bounce_message_html',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    text: 'Message not delivered\n\nA problem has occurred when trying to deliver your mail to <jane.roe@client.example> . Look below for the technical details.\n\nReaction of the server:\n\nError: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Haraka HTML notice, rendered, a blocked sender',
    source: 'Haraka config/outbound.bounce_message_html',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'failure notice',
    text: 'Message not delivered\n\nA problem has occurred when trying to deliver your mail to <kim@client.example> . Look below for the technical details.\n\nReaction of the server:\n\nError: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org',
    expected: { 'kim@client.example': 'fix-sending' },
  },
  {
    name: 'OpenSMTPD notice_error with the original shown inline under it, rendered',
    source: 'OpenSMTPD bounce.c ("Below is a copy of the original message:")',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: failed',
    text: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\njane.roe@client.example: 550 5.1.1 User unknown\n\n    Below is a copy of the original message:\n\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered,\nso I am writing to you directly.',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exim French bounce with its translated copy marker, rendered',
    source: 'Exim bounce_message_file, French translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Echec de distribution : message retourné à l’expéditeur',
    text: "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nUn message que vous avez envoyé n'a pas pu être distribué à un ou plusieurs\nde ses destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 Adresse destinataire inconnue\n\n------ Ceci est une copie du message, en-têtes compris. ------\n\nFrom: Sales <sales@acme.example>\nTo: jane.roe@client.example\nSubject: Proposal\n\nHello Jane,\nmy note to tom@partner.example was rejected last week and could not be delivered.",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Postfix local, virtual and DNS causes in one notice, rendered',
    source: 'postfix local(8) "unknown user", smtp_addr.c "does not accept mail (nullMX)" and "Name service error … Malformed or unexpected name server reply", local(8) "cannot update mailbox … File too large", smtpd address verification "undeliverable address:"',
    from: 'Mail Delivery System <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Undelivered Mail Returned to Sender',
    text: "This is the mail system at host mx1.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<old.team@acme.example>: unknown user: \"old.team\"\n\n<info@nullmx.example>: Domain nullmx.example does not accept mail (nullMX)\n\n<lee@brokendns.example>: Name service error for name=brokendns.example\n    type=MX: Malformed or unexpected name server reply\n\n<kim@acme.example>: cannot update mailbox /var/mail/kim for user kim. error\n    writing message: File too large\n\n<ann@verify.example>: host mx.verify.example[192.0.2.71] said: 550 5.1.1\n    <ann@verify.example>: Recipient address rejected: undeliverable address:\n    host mx2.verify.example[192.0.2.72] said: 550 5.1.1 <ann@verify.example>:\n    User unknown (in reply to RCPT TO command)",
    expected: { 'old.team@acme.example': 'remove', 'info@nullmx.example': 'remove', 'lee@brokendns.example': 'retry', 'kim@acme.example': 'retry', 'ann@verify.example': 'remove' },
  },
  {
    name: 'Exchange 2003 / IIS SMTP text DSN in German, rendered: no cause, so not removed',
    source: 'Exchange 2003 / IIS SMTP DSN text ("Delivery to the following recipients failed."), German build',
    from: 'postmaster@client.example',
    subject: "Übermittlungsstatusbenachrichtigung (Fehler)",
    text: "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellungsstatus.\n\nDie Übermittlung an folgende Empfänger ist fehlgeschlagen.\n\n       jane.roe@client.example",
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 / IIS SMTP text DSN in French, rendered: no cause, so not removed',
    source: 'Exchange 2003 / IIS SMTP DSN text ("Delivery to the following recipients failed."), French build',
    from: 'postmaster@client.example',
    subject: "Notification d'état de remise (échec)",
    text: "Ceci est une notification d'état de remise générée automatiquement.\n\nÉchec de la remise aux destinataires suivants.\n\n       jane.roe@client.example",
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 / IIS SMTP text DSN in Spanish, rendered: no cause, so not removed',
    source: 'Exchange 2003 / IIS SMTP DSN text ("Delivery to the following recipients failed."), Spanish build',
    from: 'postmaster@client.example',
    subject: "Notificación de estado de entrega (error)",
    text: "Esta es una notificación de estado de entrega generada automáticamente.\n\nError en la entrega a los siguientes destinatarios.\n\n       jane.roe@client.example",
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 / IIS SMTP text DSN in Italian, rendered: no cause, so not removed',
    source: 'Exchange 2003 / IIS SMTP DSN text ("Delivery to the following recipients failed."), Italian build',
    from: 'postmaster@client.example',
    subject: "Notifica sullo stato del recapito (errore)",
    text: "Questa è una notifica sullo stato del recapito generata automaticamente.\n\nRecapito non riuscito per i destinatari seguenti.\n\n       jane.roe@client.example",
    expected: { 'jane.roe@client.example': 'retry' },
  },
  {
    name: 'Exchange 2003 / IIS SMTP delay DSN in German, rendered',
    source: 'Exchange 2003 / IIS SMTP DSN text ("THIS IS A WARNING MESSAGE ONLY … has been delayed"), German build',
    from: 'postmaster@client.example',
    subject: 'Übermittlungsstatusbenachrichtigung (Verzögerung)',
    text: 'Dies ist eine automatisch erstellte Benachrichtigung über den Zustellungsstatus.\n\nDIES IST NUR EINE WARNUNG.\n\nSIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN.\n\nDie Übermittlung an folgende Empfänger wurde verzögert.\n\n       lee@slow.example',
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Exim Italian warning, rendered without its subject line',
    source: 'Exim warn_message_file, Italian translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: '',
    text: "Questo messaggio è stato creato automaticamente dal software di consegna della posta.\nUn messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari\ndopo più di 24 ore in coda su mx1.acme.example.\n\nL'indirizzo a cui il messaggio non è ancora stato consegnato è:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nNon è richiesta alcuna azione da parte tua. I tentativi di consegna continueranno per qualche tempo.",
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Exim Spanish warning, rendered without its subject line',
    source: 'Exim warn_message_file, Spanish translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: '',
    text: 'Este mensaje fue creado automáticamente por el software de entrega de correo.\nUn mensaje que usted envió todavía no ha sido entregado a uno o más destinatarios\ntras más de 24 horas en la cola de mx1.acme.example.\n\nLa dirección a la que todavía no se ha entregado el mensaje es:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nNo es necesaria ninguna acción por su parte. Los intentos de entrega continuarán durante algún tiempo.',
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Exim German warning, rendered without its subject line',
    source: 'Exim warn_message_file, German translation',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: '',
    text: 'Diese Nachricht wurde automatisch von der Mail-Software erstellt.\nEine von Ihnen gesendete Nachricht konnte nach mehr als 24 Stunden in der\nWarteschlange auf mx1.acme.example noch nicht an einen oder mehrere Empfänger zugestellt werden.\n\nDie Adresse, an die die Nachricht noch nicht zugestellt wurde:\n\n  lee@slow.example\n    host mx.slow.example [192.0.2.40]: Connection timed out\n\nSie müssen nichts unternehmen. Die Zustellung wird noch einige Zeit versucht.\nSollte sie endgültig scheitern, erhalten Sie die Nachricht zurück.',
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Google Workspace: recipient domain\'s content compliance rule rejects ("gcdp"), rendered',
    source: 'Google Workspace admin help: content compliance / routing "Reject message" with a custom rejection notice (550 5.7.1 … gcdp … gsmtp)',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    text: "** Message blocked **\n\nYour message to jane.roe@client.example has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550 5.7.1 This message was rejected by the recipient organisation's policy. Contact your administrator. - gcdp d2e1a72fcca58-7a1b2c3si1234 - gsmtp",
    expected: { 'jane.roe@client.example': 'fix-sending' },
  },
  {
    name: 'Google Workspace: SMTP relay refuses the sender\'s IP ("Invalid credentials for relay"), rendered',
    source: 'Google Workspace admin help "SMTP relay service error messages" (550 5.7.1 Invalid credentials for relay)',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    text: "** Message not delivered **\n\nThere was a problem delivering your message to jane.roe@client.example. See the technical details below.\n\nThe response was:\n550-5.7.1 Invalid credentials for relay [203.0.113.7]. The IP address you've registered in your Google Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from. If you are trying to relay mail from a domain that isn't registered under your Google Workspace account or has empty envelope-from, you must configure your mail server either to use SMTP AUTH to identify the sending domain or to present one of your domain names in the HELO or EHLO command.",
    expected: { 'jane.roe@client.example': 'fix-sending' },
  },
  {
    name: 'Exchange 2010 NDR, rendered: three recipients, three causes in the administrators\' section',
    source: 'Exchange 2010 DSN template ("Delivery has failed to these recipients or groups:", "#550 5.1.1 RESOLVER.ADR.RecipNotFound", "#554 5.4.4 SMTPSEND.DNS.NonExistentDomain", "#550 4.4.7 QUEUE.Expired")',
    from: 'Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>',
    subject: 'Undeliverable: Proposal',
    text: "Delivery has failed to these recipients or groups:\n\nJane Roe (jane.roe@client.example)\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.\n\npat@gone-domain.example\nThe domain name in the e-mail address is incorrect. Check the address.\n\nDi Slow (di@slow.example)\nThe recipient's e-mail system couldn't be reached for a while, so the message was returned.\n\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: exch1.acme.example\n\njane.roe@client.example\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\npat@gone-domain.example\n#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##\n\ndi@slow.example\n#550 4.4.7 QUEUE.Expired; message expired ##\n\nOriginal message headers:\n\nReceived: from exch1.acme.example (10.0.0.5) by exch1.acme.example (10.0.0.5) with Microsoft SMTP Server id 14.3.123.4; Mon, 3 Nov 2025 10:00:00 +0000",
    expected: { 'jane.roe@client.example': 'remove', 'pat@gone-domain.example': 'remove', 'di@slow.example': 'retry' },
  },
  {
    name: 'Bilingual French/English failure template, rendered',
    source: 'French hosts\' bilingual bounce templates',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: 'Mail Delivery Failure Notice',
    text: "Ce message vous a été envoyé par le serveur de messagerie\n(MTA 2.11) sur mx1.acme.example.\n(This message was sent to you by the mailer daemon (MTA 2.11)\nat mx1.acme.example.)\n\nJ'ai le regret de vous informer que votre courrier n'a pas pu être transmis à\ntous ses destinataires.\n(Sorry, but your mail could not be delivered to all of its recipients.)\n\nAdresse(s) en erreur / Failed address(es) :\n\n<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n\n<kim@client.example>: host mx.client.example[192.0.2.25] said: 452 4.2.2\n    Mailbox full (in reply to RCPT TO command)\n",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Bilingual French/English delay template, rendered',
    source: 'French hosts\' bilingual warning templates',
    from: 'MAILER-DAEMON@mx1.acme.example',
    subject: "Attention: impossible d'envoyer un message",
    text: "[ENGLISH BELOW]\n\n------------------------------[ FRANCAIS ]------------------------------\n\nCe message vous a été envoyé par le serveur de messagerie\n(MTA 2.11) sur mx1.acme.example.\n\nJ'ai le regret de vous informer que votre courrier n'a pas encore pu être\ntransmis à tous ses destinataires. Les adresses ci-dessous sont en attente ;\nde nouvelles tentatives auront lieu pendant 5 jours.\n\nIL S'AGIT D'UN SIMPLE AVERTISSEMENT : VOUS N'AVEZ PAS BESOIN DE RENVOYER VOTRE MESSAGE.\n\n------------------------------[ ENGLISH ]-------------------------------\n\nThis message was sent to you by the mailer daemon (MTA 2.11)\nat mx1.acme.example.\n\nYour mail could not yet be delivered to all of its recipients. The\naddresses below are still queued and will be retried for 5 days.\n\nTHIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n------------------------------------------------------------------------\n\n<lee@slow.example>: connect to mx.slow.example[192.0.2.40]:25: Connection\n    timed out\n",
    expected: { 'lee@slow.example': 'pending' },
    kind: 'delay',
  },
  {
    name: 'Postfix bilingual Spanish/English failure template with a "--" line between the languages, rendered',
    source: 'postfix bounce_template_file as a Spanish host publishes it (Spanish text, "--", "English:", the default text; recipients appended by bounce(8))',
    from: 'Sistema de entrega de correo <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Servidor de correo: Mensaje no entregado',
    text: "Este es un mensaje automático de su servidor de correo mx1.acme.example.\n\nNo ha sido posible entregar su mensaje a uno o más destinatarios.\nEl mensaje que causó el error va adjunto a este aviso.\n\nPara más información, escriba al administrador: soporte@acme.example\nEn tal caso adjunte este informe.\n\n--\nEnglish:\nThis is the mail system at host mx1.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to soporte@acme.example\n\n                   The mail system\n\n<jane.roe@client.example>: host mx.client.example[192.0.2.25] said: 550 5.1.1\n    <jane.roe@client.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)\n\n<kim@client.example>: host mx.client.example[192.0.2.25] said: 452 4.2.2\n    Mailbox full (in reply to RCPT TO command)",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'Exim bilingual German/English bounce_message_file with a "--" line between the languages, rendered',
    source: 'Exim bounce_message_file (spec ch. 48: the text before the address list is the host\'s own), German host writing both languages',
    from: 'Mail Delivery System <Mailer-Daemon@mx1.acme.example>',
    subject: 'Unzustellbar / Mail delivery failed: returning message to sender',
    text: "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\nEine von Ihnen gesendete Nachricht konnte nicht an alle Empfänger\nzugestellt werden. Dies ist ein permanenter Fehler.\n\n--\nEnglish:\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jane.roe@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<jane.roe@client.example>:\n    550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n  kim@client.example\n    host mx.client.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:<kim@client.example>:\n    452 4.2.2 <kim@client.example>: Mailbox full",
    expected: { 'jane.roe@client.example': 'remove', 'kim@client.example': 'retry' },
  },
  {
    name: 'MDaemon session transcript, rendered: the sender in "*  From:" and "MAIL From:" is no recipient',
    source: 'MDaemon DSN text with its session transcript',
    from: 'MDaemon@mx1.acme.example',
    subject: 'Permanent Delivery Failure',
    text: 'The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n--- Session Transcript ---\n Mon 2025-11-03 10:00:00.124: *  From: sales@acme.example\n Mon 2025-11-03 10:00:00.124: *  To: jane.roe@client.example\n Mon 2025-11-03 10:00:00.400: >> MAIL From:<sales@acme.example> SIZE=2048\n Mon 2025-11-03 10:00:00.500: << 250 2.1.0 Ok\n Mon 2025-11-03 10:00:00.501: >> RCPT To:<jane.roe@client.example>\n Mon 2025-11-03 10:00:00.600: << 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n--- End Transcript ---',
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'amavisd-new BANNED CONTENTS ALERT, rendered: "presumably from you <sender>" is no recipient',
    source: 'amavisd-new notify_sender template',
    from: '"Content-filter at mx.client.example" <postmaster@mx.client.example>',
    subject: 'BANNED contents from you (.exe,proposal.exe)',
    text: 'BANNED CONTENTS ALERT\n\nOur content checker found\n    banned name: .exe,proposal.exe\n\nin email presumably from you <sales@acme.example>\nto the following recipient:\n-> jane.roe@client.example\n\nOur internal reference code for your message is 31536-15/Z9FY344g\n\nDelivery of the email was stopped!',
    expected: { 'jane.roe@client.example': 'fix-sending' },
  },
  {
    name: 'Exchange 2007 NDR, rendered: display name in the list, address only in the diagnostic',
    source: 'Exchange 2007 DSN template ("Delivery has failed to these recipients or distribution lists:", "Diagnostic information for administrators:")',
    from: 'Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@client.example>',
    subject: 'Undeliverable: Proposal',
    text: "Delivery has failed to these recipients or distribution lists:\n\nJane Roe\nThe recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you. Please check the e-mail address and try resending this message, or provide the following diagnostic text to your system administrator.\n\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: exch1.client.example\n\njane.roe@client.example\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'Exchange 2010 NDR in French, rendered',
    source: 'Exchange 2010 DSN template, fr-FR ("La remise a échoué pour les destinataires ou groupes suivants :")',
    from: 'Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@client.example>',
    subject: 'Non remis : Proposition',
    text: "La remise a échoué pour les destinataires ou groupes suivants :\n\njane.roe@client.example\nL'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez le support technique.\n\n\n\n\n\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : exch1.client.example\n\njane.roe@client.example\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    expected: { 'jane.roe@client.example': 'remove' },
  },
  {
    name: 'hMailServer, rendered',
    source: 'hMailServer bounce text',
    from: 'mailer-daemon@acme.example',
    subject: 'Message undeliverable: Proposal',
    text: 'Your message did not reach some or all of the intended recipients.\n\n   Sent: Mon, 03 Nov 2025 09:58:00 +0000\n   Subject: Proposal\n\nThe following recipient(s) could not be reached:\n\njane.roe@client.example\n   Error Type: SMTP\n   Remote server (192.0.2.25) issued an error.\n   hMailServer sent: RCPT TO:<jane.roe@client.example>\n   Remote server replied: 550 5.1.1 <jane.roe@client.example>: Recipient address rejected: User unknown\n\nhMailServer',
    expected: { 'jane.roe@client.example': 'remove' },
  },
]

/** Success and relay reports as rendered text: never a bounce, nobody failed. */
const RENDERED_SUCCESSES: Omit<Rendered, 'expected' | 'kind'>[] = [
  {
    name: 'Postfix success template, rendered',
    source: 'postfix bounce(5) success_template',
    from: 'Mail Delivery System <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Successful Mail Delivery Report',
    text: 'This is the mail system at host mx1.acme.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n<jane.roe@client.example>: delivery via mx.client.example[192.0.2.25]:25: 250\n    2.0.0 Ok: queued as 9F2E1',
  },
  {
    name: 'OpenSMTPD notice_relay, rendered',
    source: 'OpenSMTPD bounce.c (notice_relay)',
    from: 'Mailer Daemon <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Delivery status notification: relayed',
    text: '    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    Your message was relayed to these recipients.\n\njane.roe@client.example: 250 2.0.0 Ok: queued as 9F2E1',
  },
  {
    name: 'Stalwart success, rendered',
    source: 'Stalwart dsn.rs',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.acme.example>',
    subject: 'Successfully delivered message',
    text: "Your message has been successfully delivered to the following recipients:\n\n<jane.roe@client.example> (delivered to 'mx.client.example' with code 250 (2.0.0) 'Ok: queued as 9F2E1')",
  },
]

function failedOf(recipients: { address: string; verdict: string }[]): Record<string, string> {
  return Object.fromEntries(recipients.filter((x) => x.verdict !== 'none').map((x) => [x.address.toLowerCase(), x.verdict]))
}

describe('MTA templates: failures are found exactly, with the right verdict', () => {
  it.each(rows(FAILURES))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    const seen = report.recipients.map((x) => `${x.address} ${x.action} ${x.reason} ${x.status} [${x.diagnostic.slice(0, 90)}]`).join('; ')
    expect(report.kind, r.source).toBe('bounce')
    expect(failedOf(report.recipients), `${r.source} | ${report.decoder}: ${seen}`).toEqual(r.expected)
  })
})

describe('MTA templates: delay warnings are delays, their recipients pending', () => {
  it.each(rows(DELAYS))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    const seen = report.recipients.map((x) => `${x.address} ${x.action} ${x.reason} ${x.status}`).join('; ')
    expect(report.kind, `${r.source} | ${report.decoder}: ${seen}`).toBe('delay')
    expect(failedOf(report.recipients), `${r.source} | ${report.decoder}: ${seen}`).toEqual(r.expected)
  })
})

describe('MTA templates: success and relay reports name no failed recipient', () => {
  it.each(rows(SUCCESSES))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    const seen = report.recipients.map((x) => `${x.address} ${x.action} ${x.verdict}`).join('; ')
    expect(report.kind, `${r.source} | ${report.decoder}: ${seen}`).not.toBe('bounce')
    expect(failedOf(report.recipients), `${r.source} | ${report.decoder}: ${seen}`).toEqual({})
  })
})

describe('MTA templates: the text part alone, as Outlook or a webmail renders it', () => {
  it.each(RENDERED.flatMap((w) => ENDINGS.map(([ending, to]) => [`${w.name} (${ending})`, w, to] as const)))('%s', (_label, w, to) => {
    const report = parseBounceText(to(w.text), { subject: w.subject, from: w.from })
    const seen = report.recipients.map((x) => `${x.address} ${x.action} ${x.reason} ${x.status} [${x.diagnostic.slice(0, 90)}]`).join('; ')
    expect(report.kind, `${w.source} | ${report.decoder}: ${seen}`).toBe(w.kind ?? 'bounce')
    expect(failedOf(report.recipients), `${w.source} | ${report.decoder}: ${seen}`).toEqual(w.expected)
  })
})

describe('MTA templates: rendered success and relay reports are no bounce', () => {
  it.each(RENDERED_SUCCESSES.flatMap((w) => ENDINGS.map(([ending, to]) => [`${w.name} (${ending})`, w, to] as const)))('%s', (_label, w, to) => {
    const report = parseBounceText(to(w.text), { subject: w.subject, from: w.from })
    const seen = report.recipients.map((x) => `${x.address} ${x.action} ${x.verdict}`).join('; ')
    expect(report.kind, `${w.source} | ${report.decoder}: ${seen}`).not.toBe('bounce')
    expect(failedOf(report.recipients), `${w.source} | ${report.decoder}: ${seen}`).toEqual({})
  })
})

describe('MTA templates: servers\' automatic replies are no bounce', () => {
  it.each(rows(NON_BOUNCES))('%s', async (_label, message, r) => {
    const report = await parseBounce(message)
    if (report.kind === 'error') throw new Error(report.error)
    const seen = report.recipients.map((x) => `${x.address} ${x.action} ${x.verdict}`).join('; ')
    expect(report.kind, `${r.source} | ${report.decoder}: ${seen}`).not.toBe('bounce')
    expect(failedOf(report.recipients), `${r.source} | ${report.decoder}: ${seen}`).toEqual({})
  })
})
