/**
 * Issue 9: no non-bounce is ever taken for a bounce, and no warning ever reaches Remove. Each row is
 * a notice written here from the family's public documentation or format (cited per family); every
 * row is read as LF, CRLF and CR. A row asserts the report's kind and that no recipient failed (a
 * `failed` action or a remove / retry / fix-sending verdict); a delay row asserts that its recipient
 * is there and `pending`.
 */
import { describe, expect, it } from 'vitest'
import type { Report, ReportKind } from './index'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS, partsMessage, type PartsMessage } from './test-notice'
import { classifyEvent } from '../policy/classify'
import { deriveContact } from '../policy/retry-policy'
import { eventsOf } from '../store/to-events'
import { DEFAULT_SETTINGS } from '../store/types'

interface Row extends PartsMessage {
  name: string
  /** Kinds the report may have (the first is the one we mean; others are also not a bounce). */
  kind: ReportKind | ReportKind[]
  /** A delay: this recipient must be reported, pending. */
  delayed?: string
}

const raw = (r: Row) => partsMessage(r)

const TEXT = 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n'
const ORIGINAL_HEADERS = 'Content-Type: text/rfc822-headers\n\nFrom: Sam Sales <sales@acme.example>\nTo: jane.doe@client.example\nSubject: Proposal\nMessage-ID: <p-1@acme.example>\n'
const dsn = (fields: string) => `Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.acme.example\nArrival-Date: Mon, 3 Nov 2025 09:00:00 +0000\n\n${fields}`

// 1. Auto-replies. RFC 3834 (Auto-Submitted: auto-replied); RFC 5230 / Pigeonhole Sieve vacation
// (default subject "Auto: <subject>"); Exchange / Outlook OOF ("Automatic reply:" and its
// localisations, Auto-Submitted: auto-generated, X-Auto-Response-Suppress); Gmail's vacation
// responder (the user's own subject, Auto-Submitted: auto-replied); Zimbra ("auto-replied (zimbra;
// vacation)"). "I no longer work here" replies are auto-replies too: the person left, the address
// still takes mail, so no recipient fails and nothing goes to Remove.
const AUTOREPLIES: Row[] = [
  { name: 'RFC 3834 Sieve vacation, "Auto:" subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Auto: Proposal', headers: ['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk'], body: 'I am away until 12 November with limited access to email.\nYour message to jane.doe@client.example will be read when I return.\n', kind: 'autoreply' },
  { name: 'Dovecot Pigeonhole vacation (fr)', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Auto: Re: Proposition', headers: ['Auto-Submitted: auto-replied (vacation)'], body: "Bonjour,\nJe suis absente jusqu'au 12 novembre et n'ai pas accès à ma messagerie. Votre message n'a pas été transféré.\nPour toute urgence : accueil@client.example\n", kind: 'autoreply' },
  { name: 'Exchange OOF (en), sales subject with "failed"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Automatic reply: Failed payments cost you 9% of revenue', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: jane.doe@client.example'], body: "I'm out of the office until Monday with no access to email.\nFor anything urgent please contact john.roe@client.example.\n", kind: 'autoreply' },
  { name: 'Exchange OOF (en), sales subject "Undelivered parcels"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Automatic reply: Undelivered parcels are a 3% problem', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Thank you for your email. I am on leave until 20 November and will not be checking my mailbox.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (fr)', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Réponse automatique : Proposition', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: "Bonjour,\nJe suis absente du bureau jusqu'au 14/11. Pour toute demande urgente, merci de contacter support@client.example.\n", kind: 'autoreply' },
  { name: 'Exchange OOF (it)', from: 'Giulia Rossi <giulia@client.example>', subject: 'Risposta automatica: Proposta', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Sono fuori ufficio fino al 14 novembre con accesso limitato alla posta. Per urgenze scrivere a info@client.example.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (de)', from: 'Jana Müller <jana@client.example>', subject: 'Automatische Antwort: Angebot', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.11. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@client.example.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (es)', from: 'Juana Pérez <juana@client.example>', subject: 'Respuesta automática: Propuesta', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Estoy fuera de la oficina hasta el 14 de noviembre. Para asuntos urgentes, escriba a info@client.example.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (pt)', from: 'Joana Silva <joana@client.example>', subject: 'Resposta automática: Proposta', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Estou fora do escritório até 14/11, sem acesso ao e-mail. Em caso de urgência contacte info@client.example.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (nl)', from: 'Jan de Vries <jan@client.example>', subject: 'Automatisch antwoord: Voorstel', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Ik ben afwezig tot en met 14 november. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken: info@client.example.\n', kind: 'autoreply' },
  { name: 'Gmail vacation responder, own subject', from: 'Jane Doe <jane.doe@gmail.example>', subject: 'Away until Monday', headers: ['Auto-Submitted: auto-replied'], body: 'Hi, I am travelling and will answer when I am back on Monday.\n', kind: 'autoreply' },
  { name: 'Zimbra out of office, "Re:" subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Re: Proposal', headers: ['Auto-Submitted: auto-replied (zimbra; vacation)'], body: 'I am currently out of the office and will not be able to respond until 17 November.\n', kind: 'autoreply' },
  { name: 'left the company (en): mailbox not monitored', from: 'Jane Doe <jane.doe@client.example>', subject: 'Automatic reply: Proposal', headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], body: 'Please note that I no longer work at Client Corp. This mailbox is not monitored and your message will not be read or forwarded.\nFor sales enquiries please contact john.roe@client.example.\n', kind: 'autoreply' },
  { name: 'left the company (en), RFC 3834 only, address "no longer in use"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Re: Proposal', headers: ['Auto-Submitted: auto-replied'], body: 'This email address is no longer in use and this mailbox is not monitored. Your message has not been forwarded.\nPlease write to office@client.example instead.\n', kind: 'autoreply' },
  { name: 'left the company (fr)', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Réponse automatique : Proposition', headers: ['Auto-Submitted: auto-generated'], body: "Je ne fais plus partie de la société depuis le 1er octobre. Cette boîte aux lettres n'est plus consultée et votre message ne sera pas transféré.\nMerci d'écrire à contact@client.example.\n", kind: 'autoreply' },
  { name: 'left the company (de)', from: 'Jana Müller <jana@client.example>', subject: 'Automatische Antwort: Angebot', headers: ['Auto-Submitted: auto-generated'], body: 'Ich bin nicht mehr für die Firma tätig. Dieses Postfach wird nicht mehr gelesen; Ihre Nachricht wird nicht zugestellt an eine andere Person.\nBitte wenden Sie sich an info@client.example.\n', kind: 'autoreply' },
  { name: 'left the company (it)', from: 'Giulia Rossi <giulia@client.example>', subject: 'Risposta automatica: Proposta', headers: ['Auto-Submitted: auto-generated'], body: 'Non lavoro più presso Client SpA. Questa casella di posta non è più monitorata e il messaggio non è stato inoltrato.\nScrivere a info@client.example.\n', kind: 'autoreply' },
  { name: 'left the company (es)', from: 'Juana Pérez <juana@client.example>', subject: 'Respuesta automática: Propuesta', headers: ['Auto-Submitted: auto-generated'], body: 'Ya no trabajo en Client S.A. Este buzón ya no se supervisa y su mensaje no se ha reenviado.\nEscriba a info@client.example.\n', kind: 'autoreply' },
  { name: 'left the company (pt)', from: 'Joana Silva <joana@client.example>', subject: 'Resposta automática: Proposta', headers: ['Auto-Submitted: auto-generated'], body: 'Já não trabalho na Client Lda. Esta caixa de correio não é monitorizada e a mensagem não foi reencaminhada.\nEscreva para info@client.example.\n', kind: 'autoreply' },
  { name: 'left the company (nl)', from: 'Jan de Vries <jan@client.example>', subject: 'Automatisch antwoord: Voorstel', headers: ['Auto-Submitted: auto-generated'], body: 'Ik ben niet langer werkzaam bij Client BV. Deze mailbox wordt niet meer gelezen en uw bericht is niet doorgestuurd.\nMail naar info@client.example.\n', kind: 'autoreply' },
  // Outlook's OOF subject in Swedish, Danish, Hungarian and Russian; the body says the mail was not delivered to anyone.
  { name: 'Exchange OOF (sv)', from: 'Jana Svensson <jana@client.example>', subject: 'Automatiskt svar: Erbjudande', headers: ['Auto-Submitted: auto-generated'], body: 'Jag har slutat på företaget. Brevlådan bevakas inte och ditt meddelande har inte vidarebefordrats (not delivered to anyone).\n', kind: 'autoreply' },
  { name: 'Exchange OOF (da)', from: 'Jens Jensen <jens@client.example>', subject: 'Automatisk svar: Tilbud', headers: ['Auto-Submitted: auto-generated'], body: 'Jeg er ikke længere ansat. Postkassen overvåges ikke. Your message was not delivered to anyone.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (hu)', from: 'Kovács Anna <anna@client.example>', subject: 'Automatikus válasz: Ajánlat', headers: ['Auto-Submitted: auto-generated'], body: 'Már nem dolgozom a cégnél. Your message was not delivered to anyone; mailbox not monitored.\n', kind: 'autoreply' },
  { name: 'Exchange OOF (ru)', from: 'Анна Иванова <anna@client.example>', subject: 'Автоматический ответ: Предложение', headers: ['Auto-Submitted: auto-generated'], body: 'Я больше не работаю в компании. Your message was not delivered to anyone; mailbox not monitored.\n', kind: 'autoreply' },
  { name: 'helpdesk autoresponder (X-Autoreply)', from: 'Client Support <support@client.example>', subject: '[Ticket #48213] We received your request', headers: ['X-Autoreply: yes', 'Auto-Submitted: auto-replied'], body: 'Your request has been received and a ticket was opened. A member of our team will reply shortly.\n', kind: 'autoreply' },
]

// 2. Challenge-response. cPanel BoxTrapper's "verify" template (api.docs.cpanel.net, BoxTrapper
// get_email_template: "requests a response to confirm that the sender is legitimate"); ChoiceMail's
// registration request (digiportal.com help: "register ... Click here to verify your identity",
// held for 4 days); Boxbe's Guest List; SpamArrest; Mailborder / Bluebottle style quarantine
// releases ("complete the CAPTCHA", "type the characters"); "I'm not a robot" in several languages.
const CHALLENGES: Row[] = [
  { name: 'cPanel BoxTrapper verify', from: 'jane.doe@client.example', subject: 'verify#6a1f0c2e9b', body: 'The message you sent requires that you verify that you are a real live human being and not a spam source.\n\nTo complete this verification, simply reply to this message and leave the subject line intact or click the link below:\n\nhttps://client.example:2096/cgi-sys/bxd.cgi?a=jane.doe@client.example&id=6a1f0c2e9b\n\nThe headers of the message sent from your address are shown below:\n\nFrom: sales@acme.example\nTo: jane.doe@client.example\nSubject: Proposal\n', kind: 'autoreply' },
  { name: 'cPanel BoxTrapper verify, "Re:" subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Re: Proposal', body: 'The message you sent requires that you verify that you are a real live human being and not a spam source.\nReply to this message to have it delivered.\n', kind: 'autoreply' },
  { name: 'ChoiceMail registration request', from: 'Jane Doe <jane.doe@client.example>', subject: 'Registration request: Proposal', body: 'I am using ChoiceMail, a permission-based email system, to protect myself against junk mail.\nYour message is being held until you register. Click here to verify your identity:\nhttp://register.choicemail.example/r?id=55\nUnregistered messages are deleted after 4 days.\n', kind: 'autoreply' },
  { name: 'Boxbe waiting list', from: 'Boxbe <notifications@boxbe.com>', subject: 'Your message to Jane Doe is waiting for approval', body: 'Hello,\nYour message to jane.doe@client.example has been placed on a waiting list. Please request to be added to the Guest List so your messages are delivered.\n', kind: 'autoreply' },
  { name: 'SpamArrest response required', from: 'Jane Doe <jane.doe@client.example>', subject: 'Response required: please verify', body: 'Your message was received but not delivered yet. To prevent junk mail, I use Spam Arrest. Please click the link below to verify that you are a real person.\n', kind: 'autoreply' },
  { name: 'Mailborder quarantine: complete the CAPTCHA', from: 'Mailborder <quarantine@mx.client.example>', subject: 'Sender verification: your message is on hold', body: 'Your message to jane.doe@client.example has been held pending sender verification.\nTo release it, open the link below and complete the CAPTCHA. Unverified messages are deleted after 7 days.\n', kind: 'autoreply' },
  { name: 'Bluebottle: type the characters', from: 'Bluebottle <verify@bluebottle.example>', subject: 'Please verify your email to jane.doe@client.example', body: 'This is an automated message. Your email to jane.doe@client.example is held until you confirm that you sent it.\nClick the link below and type the characters shown to have your message delivered.\n', kind: 'autoreply' },
  { name: 'daemon challenge: approved senders, type the characters', from: 'MAILER-DAEMON@filter.client.example', subject: 'Mailbox verification required', body: 'Your message to jane.doe@client.example was not delivered: the recipient only accepts mail from approved senders.\nTo be added, click the link below and type the characters shown.\n', kind: 'autoreply' },
  { name: 'postmaster challenge: held, verify your address', from: 'postmaster@client.example', subject: 'Message held: sender verification', body: 'Your message to jane.doe@client.example is held. Please click the link below to verify your address. Unverified messages are deleted after 3 days.\n', kind: 'autoreply' },
  { name: 'not a robot (fr)', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Re: Proposition', body: "Afin de lutter contre le spam, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous. Votre message sera ensuite remis à jeanne@client.example.\n", kind: 'autoreply' },
  { name: 'real person (es)', from: 'Juana Pérez <juana@client.example>', subject: 'Re: Propuesta', body: 'Para protegerme del correo no deseado, por favor confirme que es una persona real haciendo clic en el enlace. Su mensaje a juana@client.example no ha sido entregado todavía.\n', kind: 'autoreply' },
  { name: 'not a robot (de)', from: 'Jana Müller <jana@client.example>', subject: 'Absenderbestätigung erforderlich', body: 'Bitte bestätigen Sie, dass Sie kein Roboter sind. Bis dahin wird Ihre Nachricht an jana@client.example nicht zugestellt.\n', kind: 'autoreply' },
  { name: 'human (pt)', from: 'Joana Silva <joana@client.example>', subject: 'Re: Proposta', body: 'Para proteger a minha caixa de correio, confirme que você é humano clicando no link abaixo. A sua mensagem para joana@client.example ainda não foi entregue.\n', kind: 'autoreply' },
  // TMDA's confirmation request (tmda.net templates: "quarantined pending confirmation", from a
  // -confirm- address) opens with the same sentence as Exim's notices.
  { name: 'TMDA confirmation request', from: 'Jane Doe <jane.doe-confirm-1762160400.12345.abcdef@client.example>', subject: 'Re: Proposal', body: 'This message was created automatically by mail delivery software (TMDA).\n\nYour message attached below, being sent to jane.doe@client.example,\nhas been quarantined pending confirmation of your identity.\n\nTo release your message for delivery, please reply to this\nconfirmation request.\n', kind: 'autoreply' },
  { name: 'TMDA-style "Please confirm your message", short body', from: 'Jane Doe <jane.doe-confirm-1762160400.12345.abcdef@client.example>', subject: 'Please confirm your message', body: 'Your message to jane.doe@client.example has not been delivered yet. Reply to this message to have it delivered.\n', kind: 'autoreply' },
  { name: 'BoxTrapper-style "requires verification"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Your email requires verification verify#1a2b3c', body: 'Your message was not delivered yet. Reply to this message keeping the subject intact.\n', kind: 'autoreply' },
  { name: 'ASK (Active Spam Killer) confirmation', from: 'Jane Doe <jane.doe@client.example>', subject: '[ASK] Re: Proposal', body: 'Hello,\n\nI have received your message but I have not delivered it yet. To confirm that your message is not spam, please reply to this message keeping the subject line intact.\nOnce confirmed, your message will be delivered and you will not be asked again.\n', kind: 'autoreply' },
  { name: 'not a robot (it)', from: 'Giulia Rossi <giulia@client.example>', subject: 'Re: Proposta', body: 'Per proteggermi dallo spam, conferma di non essere un robot cliccando sul link qui sotto. Il tuo messaggio a giulia@client.example non è stato ancora recapitato.\n', kind: 'autoreply' },
]

// 3. Complaints and feedback loops. RFC 5965 (ARF: multipart/report; report-type=feedback-report,
// Feedback-Type, Original-Rcpt-To); Microsoft JMRP (ARF from staff@hotmail.com, "complaint about
// message from <ip>"); Yahoo CFL (ARF); plain-text abuse desks and SpamCop reports.
const arf = (feedback: string) => [`${TEXT}\nThis is an email abuse report for an email message received from IP 192.0.2.10 on Mon, 3 Nov 2025 09:00:00 +0000.\n`, `Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n${feedback}`, 'Content-Type: message/rfc822\n\nFrom: Sam Sales <sales@acme.example>\nTo: jane.doe@client.example\nSubject: Proposal\n\nHello Jane\n']
const COMPLAINTS: Row[] = [
  { name: 'RFC 5965 ARF', from: 'Abuse Desk <abuse@client.example>', subject: 'Abuse report', type: 'multipart/report; report-type=feedback-report', parts: arf('User-Agent: SomeGenerator/1.0\nVersion: 1\nOriginal-Mail-From: <sales@acme.example>\nOriginal-Rcpt-To: <jane.doe@client.example>\nArrival-Date: Mon, 3 Nov 2025 09:00:00 +0000\nSource-IP: 192.0.2.10\n'), kind: 'feedback' },
  { name: 'Microsoft JMRP', from: 'staff@hotmail.com', subject: 'complaint about message from 192.0.2.10', type: 'multipart/report; report-type=feedback-report', parts: arf('User-Agent: Hotmail FBL\nVersion: 0.1\nSource-IP: 192.0.2.10\n'), kind: 'feedback' },
  { name: 'Yahoo CFL', from: 'feedback@arf.mail.yahoo.com', subject: 'FW: Proposal', type: 'multipart/report; report-type=feedback-report', parts: arf('User-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\nOriginal-Mail-From: <sales@acme.example>\nOriginal-Rcpt-To: jane.doe@yahoo.example\nReported-Domain: acme.example\n'), kind: 'feedback' },
  { name: 'Amazon SES complaint via SNS email', from: 'AWS Notifications <no-reply@sns.amazonaws.com>', subject: 'AWS Notification Message', body: '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"jane.doe@client.example"}],"timestamp":"2025-11-03T10:00:00.000Z","feedbackId":"0100017","complaintFeedbackType":"abuse"},"mail":{"timestamp":"2025-11-03T09:00:00.000Z","source":"sales@acme.example","messageId":"0100016","destination":["jane.doe@client.example"]}}\n', kind: 'feedback' },
  { name: 'plain-text complaint from postmaster, with "rejected"', from: 'postmaster@client.example', subject: 'Spam complaint: message from 192.0.2.10', body: 'One of our users reported the message below as spam.\nRecipient: jane.doe@client.example\nPlease stop sending unsolicited mail; further mail from 192.0.2.10 will be rejected.\n', kind: 'feedback' },
  { name: 'ISP abuse desk, "received a complaint"', from: 'Abuse Desk <abuse@isp.example>', subject: 'Abuse report [#1234]', body: 'We have received a complaint about a message sent to jane.doe@client.example.\nThe recipient reported it as spam. Mail from your server may be blocked if complaints continue.\n', kind: 'feedback' },
  { name: 'plain-text abuse report', from: 'Abuse Team <abuse@client.example>', subject: 'Spam complaint regarding 192.0.2.10', body: 'We received a complaint about the following message sent to jane.doe@client.example.\nThe recipient reported it as spam. Please remove this recipient from your lists and make sure your mailing is opt-in.\n\nReceived: from mx.acme.example (192.0.2.10)\nFrom: sales@acme.example\n', kind: ['none', 'feedback'] },
  { name: 'SpamCop report', from: 'SpamCop <spamcop@devnull.spamcop.example>', subject: '[SpamCop (http://www.spamcop.net/) id:7001234567]Proposal', body: '- SpamCop V5.4.0 -\nThis message is brief for your comfort. Please use links below for details.\n\nEmail from 192.0.2.10 / Mon, 3 Nov 2025 09:00:00 +0000\nhttps://www.spamcop.net/w3m?i=z7001234567\n\n[ Offending message ]\nFrom: sales@acme.example\nTo: x\nSubject: Proposal\n', kind: ['none', 'feedback'] },
]

// 4. Successful and in-progress DSNs. RFC 3464 Action values (delivered, relayed, expanded,
// delayed); Postfix bounce(5) delay template ("Delayed Mail (still being retried)", "THIS IS A
// WARNING ONLY"); Exim spec ch. 46 warning messages ("Warning: message … delayed 24 hours", "has not
// yet been delivered … No action is required"); Sendmail's "Warning: could not send message for past
// 4 hours" ("THIS IS A WARNING MESSAGE ONLY"); Exchange / Microsoft 365 "Delivery Delayed" ("This
// message hasn't been delivered yet"); Gmail's "Delivery Status Notification (Delay)" ("Message
// delayed", "Gmail will retry for N more hours").
const POSTFIX_DELAY_TEXT = 'This is the mail system at host mx.acme.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n<jane.doe@client.example>: host mx.client.example[192.0.2.5] said: 451 4.3.0\n    Temporary lookup failure (in reply to RCPT TO command)\n'
const EXIM_DELAY_TEXT = 'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.acme.example.\n\nThe message identifier is:     1tXyZa-0004Qk-2B\nThe subject of the message is: Proposal\nThe date of the message is:    Sun, 2 Nov 2025 09:00:00 +0000\n\nThe address to which the message has not yet been delivered is:\n\n  jane.doe@client.example\n    host mx.client.example [192.0.2.5]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<jane.doe@client.example>:\n    451 4.7.1 Greylisted, please try again later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n'
const SENDMAIL_DELAY_TEXT = '    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Mon, 3 Nov 2025 06:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n<jane.doe@client.example>... Deferred: Connection timed out with mx.client.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n'
const EXCHANGE_DELAY_TEXT = 'Delivery is delayed to these recipients or groups:\n\njane.doe@client.example (jane.doe@client.example)\n\nSubject: Proposal\n\nThis message hasn\'t been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. You\'ll be notified if the message can\'t be delivered by that time.\n\nDiagnostic information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\nReceiving server: mx.client.example\n\njane.doe@client.example\nRemote Server returned \'451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect."\'\n'
const GMAIL_DELAY_TEXT = "** Message delayed **\n\nThere was a temporary problem delivering your message to jane.doe@client.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.client.example. 192.0.2.5: timed out]\n"
const delayedDsn = (status: string, diag: string) => dsn(`Final-Recipient: rfc822; jane.doe@client.example\nAction: delayed\nStatus: ${status}\nRemote-MTA: dns; mx.client.example\nDiagnostic-Code: smtp; ${diag}\nWill-Retry-Until: Sat, 8 Nov 2025 09:00:00 +0000\n`)

const PROGRESS: Row[] = [
  { name: 'Postfix success DSN (Action: delivered)', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Successful Mail Delivery Report', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\nThis is the mail system at host mx.acme.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below.\n\n<jane.doe@client.example>: delivery via mx.client.example[192.0.2.5]:25: 250 2.0.0 Ok: queued as 4Jx\n`, dsn('Final-Recipient: rfc822; jane.doe@client.example\nAction: delivered\nStatus: 2.0.0\nRemote-MTA: dns; mx.client.example\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Jx\n'), ORIGINAL_HEADERS], kind: 'delivered' },
  { name: 'Postfix relayed DSN (Action: relayed)', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Successful Mail Delivery Report', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\nThis is the mail system at host mx.acme.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n<jane.doe@client.example>: relayed to non-DSN-aware mailer\n`, dsn('Final-Recipient: rfc822; jane.doe@client.example\nAction: relayed\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 Ok\n'), ORIGINAL_HEADERS], kind: 'delivered' },
  { name: 'alias expanded DSN (Action: expanded)', from: 'MAILER-DAEMON@mx.client.example (Mail Delivery System)', subject: 'Successful Mail Delivery Report', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\nYour message was expanded to the members of the alias sales@client.example.\n`, dsn('Original-Recipient: rfc822; sales@client.example\nFinal-Recipient: rfc822; sales@client.example\nAction: expanded\nStatus: 2.0.0\n'), ORIGINAL_HEADERS], kind: 'delivered' },
  { name: 'Gmail success DSN', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Success)', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\nYour message has been delivered to the following recipients:\n\njane.doe@client.example\n`, dsn('Final-Recipient: rfc822; jane.doe@client.example\nAction: delivered\nStatus: 2.0.0\n'), ORIGINAL_HEADERS], kind: 'delivered' },
  // Success and relay reports read as text (no DSN part): Exchange 2003's DSN texts, Postfix's success template, Sendmail's return receipt.
  { name: 'Exchange 2003 success DSN, text only', from: 'postmaster@client.example', subject: 'Delivery Status Notification (Success)', body: 'This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients succeeded.\n\n       jane.doe@client.example\n', kind: ['delivered', 'none'] },
  { name: 'Exchange 2003 relay DSN, text only', from: 'postmaster@client.example', subject: 'Delivery Status Notification (Relay)', body: 'This is an automatically generated Delivery Status Notification.\n\nYour message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.\n\n       jane.doe@client.example\n', kind: ['delivered', 'none'] },
  { name: 'Postfix success report, text only', from: 'MAILER-DAEMON@mx.acme.example', subject: 'Successful Mail Delivery Report', body: 'This is the mail system at host mx.acme.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below.\n\n<jane.doe@client.example>: delivery via mx.client.example[192.0.2.5]:25: 250 2.0.0 Ok: queued as 4Jx\n', kind: ['delivered', 'none'] },
  { name: 'Sendmail return receipt, text only', from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', subject: 'Return receipt', body: 'The original message was received at Mon, 3 Nov 2025 06:00:00 +0000\n\n   ----- The following addresses had successful delivery notifications -----\n<jane.doe@client.example>  (relayed to non-DSN-aware mailer)\n\n   ----- Transcript of session follows -----\n<jane.doe@client.example>... relayed; expect no further notifications\n', kind: ['delivered', 'none'] },
  { name: 'Postfix delay DSN', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Delayed Mail (still being retried)', headers: ['Auto-Submitted: auto-replied'], type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\n${POSTFIX_DELAY_TEXT}`, delayedDsn('4.3.0', '451 4.3.0 Temporary lookup failure'), ORIGINAL_HEADERS], kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Postfix delay, text only', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Delayed Mail (still being retried)', body: POSTFIX_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  // Postfix with soft_bounce = yes (postconf(5)) keeps retrying after a 5xx and quotes it in its delay notice.
  { name: 'Postfix soft_bounce delay quoting a 550, text only', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Delayed Mail (still being retried)', body: POSTFIX_DELAY_TEXT.replace('451 4.3.0\n    Temporary lookup failure', '550 5.1.1\n    <jane.doe@client.example>: Recipient address rejected: User unknown'), kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Exim delay DSN', from: 'Mail Delivery System <Mailer-Daemon@mx.acme.example>', subject: 'Warning: message 1tXyZa-0004Qk-2B delayed 24 hours', headers: ['Auto-Submitted: auto-replied'], type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\n${EXIM_DELAY_TEXT}`, delayedDsn('4.0.0', '451 4.7.1 Greylisted, please try again later'), ORIGINAL_HEADERS], kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Exim delay, text only', from: 'Mail Delivery System <Mailer-Daemon@mx.acme.example>', subject: 'Warning: message 1tXyZa-0004Qk-2B delayed 24 hours', headers: ['Auto-Submitted: auto-replied'], body: EXIM_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Sendmail 4-hour warning DSN', from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', subject: 'Warning: could not send message for past 4 hours', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\n${SENDMAIL_DELAY_TEXT}`, delayedDsn('4.4.1', '421 4.4.1 Connection timed out'), ORIGINAL_HEADERS], kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Sendmail 4-hour warning, text only', from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', subject: 'Warning: could not send message for past 4 hours', body: SENDMAIL_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Exchange Delivery Delayed DSN', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Delivery delayed:Proposal', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\n${EXCHANGE_DELAY_TEXT}`, delayedDsn('4.4.7', '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect."'), ORIGINAL_HEADERS], kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Exchange Delivery Delayed, text only', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Delivery delayed:Proposal', body: EXCHANGE_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail delay DSN', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Delay)', headers: ['Auto-Submitted: auto-replied'], type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\n${GMAIL_DELAY_TEXT}`, delayedDsn('4.4.1', 'The recipient server did not accept our requests to connect. [mx.client.example. 192.0.2.5: timed out]'), ORIGINAL_HEADERS], kind: 'delay', delayed: 'jane.doe@client.example' },
  // Exchange 2003/2007's delay DSN text (subject "Delivery Status Notification (Delay)").
  { name: 'Exchange 2003 delay, text only', from: 'postmaster@client.example', subject: 'Delivery Status Notification (Delay)', body: 'This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n       jane.doe@client.example\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'generic MTA delay, "has been delayed" heading', from: 'Postmaster <postmaster@client.example>', subject: 'Delivery Notification: Delivery has been delayed', body: 'This is a delivery status notification, automatically generated by MTA mx.client.example on Mon, 3 Nov 2025.\n\nDelivery to the following recipients has been delayed:\n\n  jane.doe@client.example\n\nThe server will keep trying to deliver your message.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'delay with a mailbox-full 4xx', from: 'MAILER-DAEMON@mx.acme.example', subject: 'Warning: message delayed', body: 'Your message has not been delivered yet to jane.doe@client.example: mailbox full (452 4.2.2). The server will retry for 4 more days.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail delay, text only', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Delay)', headers: ['Auto-Submitted: auto-replied'], body: GMAIL_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
]

// 5. Other automatic or human mail. RFC 8098 MDNs (report-type=disposition-notification); Outlook's
// "Read:" / "Not read:" receipts and Exchange's recall report; Mailman 2 moderation ("awaits
// moderator approval", sent from <list>-bounces@) and subscription confirmation; Google Groups and
// Sympa moderation; a person quoting a bounce; DMARC aggregate reports (RFC 7489 §7.2, "Report
// Domain: … Submitter: … Report-ID:"); TLS-RPT (RFC 8460, report-type=tlsrpt); iCalendar replies
// (RFC 5546 METHOD:REPLY).
const OTHERS: Row[] = [
  { name: 'RFC 8098 MDN (displayed)', from: 'Jane Doe <jane.doe@client.example>', subject: 'Read: Proposal', type: 'multipart/report; report-type=disposition-notification', parts: [`${TEXT}\nThe message sent on Mon, 3 Nov 2025 to jane.doe@client.example with subject "Proposal" has been displayed.\nThis is no guarantee that the message has been read or understood.\n`, 'Content-Type: message/disposition-notification\n\nReporting-UA: mail.client.example; Thunderbird\nOriginal-Recipient: rfc822;jane.doe@client.example\nFinal-Recipient: rfc822;jane.doe@client.example\nOriginal-Message-ID: <p-1@acme.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n', ORIGINAL_HEADERS], kind: ['none', 'delivered'] },
  { name: 'RFC 8098 MDN (deleted)', from: 'Jane Doe <jane.doe@client.example>', subject: 'Not read: Proposal', type: 'multipart/report; report-type=disposition-notification', parts: [`${TEXT}\nYour message to jane.doe@client.example was deleted without being read.\n`, 'Content-Type: message/disposition-notification\n\nReporting-UA: client.example; Exchange\nFinal-Recipient: rfc822;jane.doe@client.example\nOriginal-Message-ID: <p-1@acme.example>\nDisposition: automatic-action/MDN-sent-automatically; deleted\n'], kind: ['none', 'delivered'] },
  { name: 'Outlook read receipt, text', from: 'Jane Doe <jane.doe@client.example>', subject: 'Read: Proposal', body: 'Your message\n\n  To: Jane Doe\n  Subject: Proposal\n  Sent: Monday, 3 November 2025 09:00:00 (UTC)\n\nwas read on Monday, 3 November 2025 10:12:44 (UTC).\n', kind: ['none', 'delivered'] },
  { name: 'Outlook not-read receipt, text', from: 'Jane Doe <jane.doe@client.example>', subject: 'Not read: Proposal', body: 'Your message\n\n  To: jane.doe@client.example\n  Subject: Proposal\n  Sent: Monday, 3 November 2025 09:00:00 (UTC)\n\nwas deleted without being read on Monday, 3 November 2025 10:12:44 (UTC).\n', kind: ['none', 'delivered'] },
  { name: 'Exchange recall report (failed recall)', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Message Recall Report for message: Proposal', body: 'Your recall of the message below failed.\n\nRecipient: jane.doe@client.example\nRecall result: Failed — the message was already read.\nOriginal message subject: Proposal\n', kind: ['none', 'delivered'] },
  { name: 'Exchange recall request', from: 'Sam Sales <sales@acme.example>', subject: 'Recall: Proposal', body: 'Sam Sales would like to recall the message, "Proposal".\n', kind: ['none', 'delivered'] },
  { name: 'Mailman moderation hold', from: 'sales-team-bounces@lists.client.example', subject: 'Your message to Sales-team awaits moderator approval', body: "Your mail to 'Sales-team' with the subject\n\n    Proposal\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get posted to the list, or you will receive\nnotification of the moderator's decision.  If you would like to cancel\nthis posting, please visit the following URL:\n\n    https://lists.client.example/mailman/confirm/sales-team/1a2b3c\n", kind: ['none', 'autoreply'] },
  { name: 'Mailman membership disabled by bounces (about our own address)', from: 'sales-team-bounces@lists.client.example', subject: 'Your Sales-team membership has been disabled', body: 'Your membership in the mailing list Sales-team has been disabled due\nto excessive bounces. The last bounce received from you was dated\n03-Nov-2025. You will not get any more messages from this list until\nyou re-enable your membership.\n', kind: ['none', 'autoreply'] },
  { name: 'Mailman subscription confirmation', from: 'sales-team-request@lists.client.example', subject: 'confirm 1a2b3c4d5e6f', body: 'Mailing list subscription confirmation notice for mailing list Sales-team\n\nWe have received a request from 192.0.2.10 for subscription of your\nemail address, "sales@acme.example", to the sales-team@lists.client.example mailing list. To confirm\nthat you want to be added to this mailing list, simply reply to this message.\n', kind: ['none', 'autoreply'] },
  { name: 'Google Groups pending moderation', from: 'Sales Team <sales-team+noreply@googlegroups.example>', subject: 'Your message to sales-team is awaiting moderator approval', body: 'Your message to sales-team@googlegroups.example has been received and is awaiting approval by a group moderator.\nYou will be notified if it is rejected.\n', kind: ['none', 'autoreply'] },
  { name: 'Sympa forwarded to moderators', from: 'SYMPA <sympa@lists.client.example>', subject: 'Message for list sales-team forwarded to moderators', body: 'Your message for list sales-team@lists.client.example has been forwarded to the list moderator(s).\nIt will be distributed once it is approved.\n', kind: ['none', 'autoreply'] },
  { name: 'person quoting a bounce, "Re:" subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Re: Undeliverable: Proposal', body: 'Hi Sam,\nI got a bounce when I mailed john.roe@client.example - can you check the address on your side?\nThanks, Jane\n\n> Delivery has failed to these recipients or groups:\n> john.roe@client.example\n> The email address you entered couldn\'t be found.\n> Remote Server returned \'550 5.1.1 User unknown\'\n', kind: 'none' },
  { name: 'person quoting a bounce, "Fwd:" subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Fwd: Delivery Status Notification (Failure)', body: 'FYI - this came back when I wrote to john.roe@client.example. Does he still work with you?\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\nYour message wasn\'t delivered to john.roe@client.example because the address couldn\'t be found.\n550 5.1.1 The email account that you tried to reach does not exist.\n', kind: 'none' },
  { name: 'person asking about a bounce, ordinary subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Question about your mail', body: 'Hello, my colleague said your message to john.roe@client.example was rejected with "550 user unknown". He moved to jroe@client.example.\n', kind: 'none' },
  { name: 'DMARC aggregate report (Google)', from: 'noreply-dmarc-support@google.com', subject: 'Report domain: acme.example Submitter: google.com Report-ID: 1234567890123456789', parts: [`${TEXT}\nThis is an aggregate report from google.com.\n`, 'Content-Type: application/zip; name="google.com!acme.example!1762128000!1762214399.zip"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\nUEsDBBQAAAAIAA==\n'], kind: 'none' },
  { name: 'DMARC aggregate report (Microsoft)', from: 'DMARC Aggregate Report <dmarcreport@microsoft.com>', subject: 'Report Domain: acme.example Submitter: enterprise.protection.outlook.com Report-ID: 5f1e3b0a', parts: [`${TEXT}\nThis is a DMARC aggregate report from Microsoft Corporation. For Emails received between 2025-11-02 00:00:00 UTC to 2025-11-03 00:00:00 UTC.\n`, 'Content-Type: application/gzip; name="enterprise.protection.outlook.com!acme.example!1762041600!1762128000.xml.gz"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\nH4sIAAAAAAAA\n'], kind: 'none' },
  { name: 'TLS-RPT report (RFC 8460)', from: 'noreply-smtp-tls-reporting@google.com', subject: 'Report Domain: acme.example Submitter: google.com Report-ID: <2025.11.03T00.00.00Z+acme.example@google.com>', headers: ['TLS-Report-Domain: acme.example', 'TLS-Report-Submitter: google.com'], type: 'multipart/report; report-type="tlsrpt"', parts: [`${TEXT}\nThis is an aggregate TLS report from google.com. 2 sessions failed.\n`, 'Content-Type: application/tlsrpt+gzip; name="google.com!acme.example!1762128000!1762214399.json.gz"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\nH4sIAAAAAAAA\n'], kind: 'none' },
  { name: 'calendar reply (accepted)', from: 'Jane Doe <jane.doe@client.example>', subject: 'Accepted: Demo call @ Tue 4 Nov 2025 10:00', parts: [`${TEXT}\nJane Doe has accepted this invitation.\n`, 'Content-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED:mailto:jane.doe@client.example\nSUMMARY:Demo call\nEND:VEVENT\nEND:VCALENDAR\n'], kind: 'none' },
  { name: 'calendar reply (declined)', from: 'Jane Doe <jane.doe@client.example>', subject: 'Declined: Demo call', parts: [`${TEXT}\nJane Doe has declined this event. Invalid time for me, sorry.\n`, 'Content-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=DECLINED:mailto:jane.doe@client.example\nSUMMARY:Demo call\nEND:VEVENT\nEND:VCALENDAR\n'], kind: 'none' },
  { name: 'Outlook delivery receipt', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Delivered: Proposal', body: 'Your message has been delivered to the following recipients:\n\njane.doe@client.example (jane.doe@client.example)\n\nSubject: Proposal\n', kind: ['none', 'delivered'] },
  { name: 'Exchange relay receipt', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Relayed: Proposal', body: 'Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\njane.doe@client.example (jane.doe@client.example)\n\nSubject: Proposal\n', kind: ['none', 'delivered'] },
]

/** Rendered text as Gmail / Outlook on the web show it (parseBounceText), with the page's subject and sender. */
interface Rendered {
  name: string
  text: string
  subject?: string
  from?: string
  kind: ReportKind | ReportKind[]
  delayed?: string
}
const RENDERED: Rendered[] = [
  { name: 'Outlook on the web: automatic reply', subject: 'Automatic reply: Proposal', from: 'Jane Doe <jane.doe@client.example>', text: 'I no longer work at Client Corp and this mailbox is not monitored. Your email has not been forwarded.\n', kind: 'autoreply' },
  { name: 'Gmail page: left the company, "Re:" subject', subject: 'Re: Proposal', from: 'Jane Doe <jane.doe@client.example>', text: 'Jane has left the company. This mailbox is no longer monitored. Please contact office@client.example.\n', kind: ['none', 'autoreply'] },
  { name: 'Gmail page: Gmail delay', subject: 'Delivery Status Notification (Delay)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', text: GMAIL_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail page: modern Gmail delay', subject: 'Delivery Status Notification (Delay)', from: 'mailer-daemon@googlemail.com', text: "Delivery incomplete\n\nThere was a temporary problem delivering your message to jane.doe@client.example. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n\nLEARN MORE\n\nThe response was:\n451 4.3.0 Mailbox temporarily unavailable\n", kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay', subject: 'Delivery delayed:Proposal', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: EXCHANGE_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay (fr)', subject: 'Remise différée : Proposition', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: "La remise aux destinataires ou groupes suivants est différée :\n\njane.doe@client.example\n\nObjet : Proposition\n\nCe message n'a pas encore été remis. De nouvelles tentatives de remise seront effectuées.\n\nRemote Server returned '451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\"'\n", kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay (de)', subject: 'Zustellung verzögert: Angebot', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: 'Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\njane.doe@client.example\n\nBetreff: Angebot\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay (it)', subject: 'Recapito ritardato: Proposta', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: 'Il recapito ai destinatari o gruppi seguenti è stato ritardato:\n\njane.doe@client.example\n\nOggetto: Proposta\n\nIl messaggio non è ancora stato recapitato. Verranno effettuati altri tentativi di recapito.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay (es)', subject: 'Entrega retrasada: Propuesta', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: 'La entrega a estos destinatarios o grupos se ha retrasado:\n\njane.doe@client.example\n\nAsunto: Propuesta\n\nEste mensaje aún no se ha entregado. Se seguirá intentando la entrega.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay (pt)', subject: 'Entrega atrasada: Proposta', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: 'A entrega para estes destinatários ou grupos está atrasada:\n\njane.doe@client.example\n\nAssunto: Proposta\n\nEsta mensagem ainda não foi entregue. Continuaremos a tentar entregá-la.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Outlook on the web: Exchange delay (nl)', subject: 'Bezorging vertraagd: Voorstel', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', text: 'De bezorging bij deze geadresseerden of groepen is vertraagd:\n\njane.doe@client.example\n\nOnderwerp: Voorstel\n\nDit bericht is nog niet bezorgd. Er wordt opnieuw geprobeerd het bericht te bezorgen.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail page: delay (fr)', subject: "Notification d'état de remise (retard)", from: 'mailer-daemon@googlemail.com', text: 'Message retardé\n\nUn problème temporaire a empêché la remise de votre message à jane.doe@client.example. Gmail réessaiera pendant encore 46 heures. Vous serez averti si la remise échoue définitivement.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail page: delay (de)', subject: 'Übermittlungsstatusbenachrichtigung (Verzögerung)', from: 'mailer-daemon@googlemail.com', text: 'Nachricht verzögert\n\nBei der Zustellung Ihrer Nachricht an jane.doe@client.example ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch 46 Stunden lang. Sie werden benachrichtigt, falls die Zustellung endgültig fehlschlägt.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail page: delay (it)', subject: 'Notifica dello stato di consegna (ritardo)', from: 'mailer-daemon@googlemail.com', text: 'Messaggio ritardato\n\nSi è verificato un problema temporaneo durante il recapito del messaggio a jane.doe@client.example. Gmail riproverà per altre 46 ore. Riceverai una notifica se il recapito non andrà a buon fine.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail page: delay (es)', subject: 'Notificación de estado de entrega (retraso)', from: 'mailer-daemon@googlemail.com', text: 'Mensaje retrasado\n\nSe ha producido un problema temporal al entregar tu mensaje a jane.doe@client.example. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si la entrega falla definitivamente.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Gmail page: delay (pt)', subject: 'Notificação de status de entrega (atraso)', from: 'mailer-daemon@googlemail.com', text: 'Mensagem atrasada\n\nOcorreu um problema temporário ao entregar sua mensagem para jane.doe@client.example. O Gmail tentará novamente por mais 46 horas. Você será notificado se a entrega falhar permanentemente.\n', kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Exim delay, text only, no subject', text: EXIM_DELAY_TEXT, kind: ['delay', 'none'], delayed: 'jane.doe@client.example' },
  { name: 'Postfix delay, rendered', subject: 'Delayed Mail (still being retried)', from: 'MAILER-DAEMON@mx.acme.example', text: POSTFIX_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'Sendmail warning, rendered', subject: 'Warning: could not send message for past 4 hours', from: 'MAILER-DAEMON@mx.acme.example', text: SENDMAIL_DELAY_TEXT, kind: 'delay', delayed: 'jane.doe@client.example' },
  { name: 'ARF report as a webmail shows it', subject: 'Abuse report for 192.0.2.10', from: 'Abuse Desk <abuse@client.example>', text: 'This is an email abuse report for an email message received from IP 192.0.2.10 on Mon, 3 Nov 2025 09:00:00 +0000.\n\nFeedback-Type: abuse\nOriginal-Rcpt-To: <jane.doe@client.example>\n\nFrom: sales@acme.example\nSubject: Proposal\n', kind: 'feedback' },
  { name: 'JMRP complaint as a webmail shows it', subject: 'complaint about message from 192.0.2.10', from: 'staff@hotmail.com', text: 'This is an email abuse report for an email message received from IP 192.0.2.10.\nThe message below was rejected by the user as junk. Recipient: jane.doe@hotmail.example\n', kind: 'feedback' },
  { name: 'Boxbe request as a webmail shows it', subject: 'Request to join my Guest List', from: 'Boxbe <notification@boxbe.com>', text: 'Jane Doe (jane.doe@client.example) would like you to join her Guest List.\nYour message has not been delivered yet and will be held for 7 days.\n', kind: 'autoreply' },
  { name: 'Outlook read receipt as rendered', subject: 'Read: Proposal', from: 'Jane Doe <jane.doe@client.example>', text: 'Your message\n\nTo: jane.doe@client.example\nSubject: Proposal\n\nwas read on Monday, 3 November 2025 10:12.\n', kind: ['none', 'delivered'] },
  { name: 'Outlook recall failure as rendered', subject: 'Message Recall Failure: Proposal', from: 'Microsoft Outlook <postmaster@acme.example>', text: 'Your message recall failed.\n\nRecipient: jane.doe@client.example\nThe recall failed because the message was already opened.\n', kind: ['none', 'delivered'] },
  { name: 'person forwarding an NDR, rendered', subject: 'FW: Undeliverable: Proposal', from: 'Jane Doe <jane.doe@client.example>', text: 'Sam, see below - john.roe left us.\n\nFrom: Microsoft Outlook\nSent: Monday\nSubject: Undeliverable: Proposal\n\nDelivery has failed to these recipients or groups:\njohn.roe@client.example\nThe email address you entered couldn\'t be found.\n', kind: 'none' },
  { name: 'challenge, rendered', subject: 'verify#6a1f0c2e9b', from: 'jane.doe@client.example', text: 'The message you sent requires that you verify that you are a real live human being and not a spam source.\n', kind: 'autoreply' },
]

// Real bounces that carry the words the rules above read must stay bounces: a quoted subject about
// delays, a daemon's notice with the original "Re:" subject, Sendmail's final bounce after days of
// "Deferred", an Exchange NDR for an auto-reply.
const STILL_BOUNCES: (Row & { failed: string; verdict: string })[] = [
  { name: 'Postfix bounce quoting a "delayed" subject', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Undelivered Mail Returned to Sender', body: "This is the mail system at host mx.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\nSubject: Delivery delayed? Not with our couriers\n\n<jane.doe@client.example>: host mx.client.example[192.0.2.5] said: 550 5.1.1\n    <jane.doe@client.example>: Recipient address rejected: User unknown (in reply\n    to RCPT TO command)\n", kind: 'bounce', failed: 'jane.doe@client.example', verdict: 'remove' },
  { name: 'daemon notice keeping the "Re:" subject', from: 'MAILER-DAEMON@mx.client.example', subject: 'Re: Proposal', body: 'Your message could not be delivered.\n\n<jane.doe@client.example>: 550 5.1.1 User unknown\n', kind: 'bounce', failed: 'jane.doe@client.example', verdict: 'remove' },
  { name: 'Sendmail final bounce after days of "Deferred"', from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.acme.example>', subject: 'Returned mail: see transcript for details', body: 'The original message was received at Mon, 3 Nov 2025 06:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<jane.doe@client.example>\n    (reason: 550 5.1.1 <jane.doe@client.example>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.client.example.:\n>>> RCPT To:<jane.doe@client.example>\n<<< 550 5.1.1 <jane.doe@client.example>... User unknown\n550 5.1.1 <jane.doe@client.example>... User unknown\n', kind: 'bounce', failed: 'jane.doe@client.example', verdict: 'remove' },
  { name: 'Exchange NDR of an auto-reply', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Undeliverable: Automatic reply: Proposal', body: "Delivery has failed to these recipients or groups:\n\njane.doe@client.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n", kind: 'bounce', failed: 'jane.doe@client.example', verdict: 'remove' },
  // The counterpart of the "left the company" auto-replies: a server that refuses the departed
  // person's mail for good (Exchange mail flow rule "reject with explanation", 5.7.1 by default).
  ...([
    ['en', 'Jane Doe no longer works at Client Corp. Please contact office@client.example'],
    ['fr', 'Jeanne Dupont ne fait plus partie de la société. Merci de contacter accueil@client.example'],
    ['de', 'Jana Müller ist nicht mehr im Unternehmen tätig. Bitte wenden Sie sich an info@client.example'],
    ['es', 'Juana Pérez ya no trabaja en Client S.A.'],
  ] as const).map(([lang, text]) => ({
    name: `Exchange rejection: the person left (${lang})`,
    from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>',
    subject: 'Undeliverable: Proposal',
    type: 'multipart/report; report-type=delivery-status',
    parts: [`${TEXT}\nYour message to jane.doe@client.example couldn't be delivered.\n`, dsn(`Final-Recipient: rfc822; jane.doe@client.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 ${text}\n`), ORIGINAL_HEADERS],
    kind: 'bounce' as const,
    failed: 'jane.doe@client.example',
    verdict: 'remove',
  })),
]

const FAILURE_VERDICTS = ['remove', 'retry', 'fix-sending']

function check(r: Report, kind: ReportKind | ReportKind[], delayed?: string): void {
  const kinds = Array.isArray(kind) ? kind : [kind]
  const summary = r.recipients.map((x) => `${x.address} ${x.action} ${x.verdict}`)
  expect(kinds, `kind ${r.kind} (${r.decoder}): ${summary.join('; ')}`).toContain(r.kind)
  // "A notice nobody could read" would show it as a failure to look at by hand.
  expect(r.decoder).not.toBe('unread')
  expect(r.recipients.filter((x) => x.action === 'failed' || FAILURE_VERDICTS.includes(x.verdict)).map((x) => x.address)).toEqual([])
  // What the popup's policy makes of each recipient: never a failure list.
  for (const x of r.recipients) expect(['delay', 'ignore']).toContain(classifyEvent(x))
  if (delayed && r.kind === 'delay') {
    expect(r.recipients.map((x) => [x.address, x.verdict])).toEqual([[delayed, 'pending']])
    expect(r.recipients.every((x) => classifyEvent(x) === 'delay')).toBe(true)
  }
  // The popup's pipeline: the events stored for this notice, and the list each contact lands in.
  const events = eventsOf(r, 'mid:n-1@client.example', '2025-11-03T10:00:00.000Z')
  if (r.kind !== 'delay') expect(events).toEqual([])
  for (const e of events) {
    expect(deriveContact(e.address, [e], null, DEFAULT_SETTINGS, new Date('2025-11-03T10:00:00Z')).list).toBe('pending')
  }
}

const FAMILIES: [string, Row[]][] = [
  ['auto-replies', AUTOREPLIES],
  ['challenge-response', CHALLENGES],
  ['complaints', COMPLAINTS],
  ['success and delay DSNs', PROGRESS],
  ['receipts, lists, reports, people', OTHERS],
]

describe('non-bounces are never bounces (issue 9)', () => {
  for (const [family, rows] of FAMILIES) {
    describe(family, () => {
      for (const row of rows) {
        for (const [ending, to] of ENDINGS) {
          it(`${row.name} (${ending})`, async () => {
            const r = await parseBounce(to(raw(row)))
            if (r.kind === 'error') throw new Error(r.error)
            check(r, row.kind, row.delayed)
          })
        }
      }
    })
  }

  describe('real bounces with the same words stay bounces', () => {
    for (const row of STILL_BOUNCES) {
      for (const [ending, to] of ENDINGS) {
        it(`${row.name} (${ending})`, async () => {
          const r = await parseBounce(to(raw(row)))
          if (r.kind === 'error') throw new Error(r.error)
          expect(r.kind).toBe('bounce')
          expect(r.recipients.map((x) => [x.address, x.action, x.verdict])).toEqual([[row.failed, 'failed', row.verdict]])
        })
      }
    }
  })

  describe('rendered webmail text', () => {
    for (const row of RENDERED) {
      for (const [ending, to] of ENDINGS) {
        it(`${row.name} (${ending})`, () => {
          check(parseBounceText(to(row.text), { subject: row.subject, from: row.from }), row.kind, row.delayed)
        })
      }
    }
  })
})
