/**
 * Issue 9, second table: machine-made mail in a salesperson's inbox that uses a notice's words and
 * is never a bounce. Each row is written here from the family's public documentation or format
 * (cited per family) and read whole (`parseBounce`, as LF, CRLF and CR) and, for the rendered rows,
 * as a webmail page's text (`parseBounceText` with the page's subject and sender). A row asserts the
 * report's kind and that no recipient failed: no `failed` action, no remove / retry / fix-sending
 * verdict, nothing stored for the contact.
 */
import { describe, expect, it } from 'vitest'
import type { Report, ReportKind } from './index'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS, partsMessage, type PartsMessage } from './test-notice'
import { classifyEvent } from '../policy/classify'
import { eventsOf } from '../store/to-events'

interface Row extends PartsMessage {
  name: string
  /** Kinds the report may have (none of them is a bounce). */
  kind: ReportKind | ReportKind[]
}

const raw = (r: Row) => partsMessage(r, 'nb-1@client.example', 'Tue, 4 Nov 2025 08:00:00 +0000')

const TEXT = 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n'
const HTML = 'Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n'
const OOF = ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: jane.doe@client.example']
const AUTO = 'autoreply' as const
const QUIET: ReportKind[] = ['none', 'autoreply', 'delivered']

// 1. Auto-replies. RFC 3834 §5 (Auto-Submitted: auto-replied); the X-Autoreply / X-Autorespond
// headers of vacation(1), cPanel and Plesk autoresponders; Exchange / Outlook OOF (Auto-Submitted:
// auto-generated, X-Auto-Response-Suppress, X-MS-Exchange-Inbox-Rules-Loop for an inbox rule's
// reply) with Outlook's localised "Automatic reply:" prefixes; Gmail's vacation responder (the
// user's own subject). The bodies quote failure words: "no longer work here", "this address will be
// closed", "your message will not be forwarded", "no access to email". The person's address still
// takes mail: nothing fails, nothing goes to Remove.
const AUTOREPLIES: Row[] = [
  { name: 'Exchange OOF (pl), left the company', from: 'Anna Kowalska <anna@client.example>', subject: 'Automatyczna odpowiedź: Oferta', headers: OOF, body: 'Dzień dobry,\nnie pracuję już w firmie Client. Ta skrzynka nie jest monitorowana, a wiadomość nie zostanie przekazana dalej.\nProszę pisać na biuro@client.example.\n', kind: AUTO },
  { name: 'Exchange OOF (pl, "Odpowiedź automatyczna")', from: 'Anna Kowalska <anna@client.example>', subject: 'Odpowiedź automatyczna: Oferta', headers: OOF, body: 'Jestem na urlopie do 14.11 bez dostępu do poczty.\n', kind: AUTO },
  { name: 'Exchange OOF (sv), "Autosvar:"', from: 'Jana Svensson <jana@client.example>', subject: 'Autosvar: Erbjudande', headers: OOF, body: 'Jag är tjänstledig till 14 november och har ingen tillgång till e-post. Ditt meddelande vidarebefordras inte.\n', kind: AUTO },
  { name: 'Exchange OOF (ru), address will be closed', from: 'Анна Иванова <anna@client.example>', subject: 'Автоматический ответ: Предложение', headers: OOF, body: 'Здравствуйте!\nЯ больше не работаю в компании. Этот адрес будет закрыт 30 ноября, ваше письмо не будет переслано.\nПишите на office@client.example.\n', kind: AUTO },
  { name: 'Exchange OOF (ja), 自動返信', from: '山田 花子 <hanako@client.example>', subject: '自動返信: ご提案', headers: OOF, body: '誠に勝手ながら、11月14日まで不在にしており、メールを確認できません。\nこのアドレスは12月1日で使用できなくなります。お急ぎの方は info@client.example までご連絡ください。\n', kind: AUTO },
  { name: 'Exchange OOF (ja), 自動応答', from: '山田 花子 <hanako@client.example>', subject: '自動応答: ご提案', headers: OOF, body: '退職のため、このメールアドレスは現在使用されていません。メールは転送されません。\n', kind: AUTO },
  { name: 'Exchange OOF (zh-CN), 自动回复', from: '王芳 <wangfang@client.example>', subject: '自动回复: 方案', headers: OOF, body: '您好，我已离职，此邮箱不再使用，邮件不会被转发。请联系 info@client.example。\n', kind: AUTO },
  { name: 'Exchange OOF (zh-TW), 自動回覆', from: '王芳 <wangfang@client.example>', subject: '自動回覆: 方案', headers: OOF, body: '您好，我已離職，此信箱將於 11 月 30 日關閉，郵件不會被轉寄。\n', kind: AUTO },
  { name: 'Exchange OOF (tr), "Otomatik yanıt:"', from: 'Ayşe Yılmaz <ayse@client.example>', subject: 'Otomatik yanıt: Teklif', headers: OOF, body: 'Merhaba,\nArtık bu şirkette çalışmıyorum. Bu posta kutusu kontrol edilmiyor ve mesajınız iletilmeyecek.\n', kind: AUTO },
  { name: 'Exchange OOF (ko), "자동 회신:"', from: '김민지 <minji@client.example>', subject: '자동 회신: 제안', headers: OOF, body: '퇴사하여 이 메일 주소는 더 이상 사용되지 않습니다. 메일은 전달되지 않습니다.\n', kind: AUTO },
  { name: 'Exchange OOF (ro), "Răspuns automat:"', from: 'Ana Popescu <ana@client.example>', subject: 'Răspuns automat: Ofertă', headers: OOF, body: 'Nu mai lucrez în cadrul companiei. Această adresă va fi închisă, iar mesajul dvs. nu va fi redirecționat.\n', kind: AUTO },
  { name: 'Exchange OOF (uk), "Автоматична відповідь:"', from: 'Олена Шевченко <olena@client.example>', subject: 'Автоматична відповідь: Пропозиція', headers: OOF, body: 'Я більше не працюю в компанії. Цю скриньку не перевіряють, лист не буде переслано.\n', kind: AUTO },
  { name: 'Exchange OOF (cs), address will be closed', from: 'Jana Nováková <jana@client.example>', subject: 'Automatická odpověď: Nabídka', headers: OOF, body: 'Již ve společnosti nepracuji. Tato adresa bude zrušena a zpráva nebude přeposlána.\n', kind: AUTO },
  { name: 'Exchange OOF (fi)', from: 'Anna Virtanen <anna@client.example>', subject: 'Automaattinen vastaus: Tarjous', headers: OOF, body: 'En työskentele enää yrityksessä. Viestiäsi ei välitetä eteenpäin.\n', kind: AUTO },
  { name: 'Exchange OOF (en), mailbox closed, not delivered to anyone', from: 'Jane Doe <jane.doe@client.example>', subject: 'Automatic reply: Proposal', headers: OOF, body: 'This email address will be closed on 30 November. Your message has not been delivered to anyone and will not be forwarded.\nPlease resend it to office@client.example.\n', kind: AUTO },
  { name: 'inbox-rule reply, X-MS-Exchange-Inbox-Rules-Loop only, own subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'I have left Client Corp', headers: ['X-MS-Exchange-Inbox-Rules-Loop: jane.doe@client.example'], body: 'I no longer work at Client Corp. This mailbox is not monitored and your message will not be forwarded.\nPlease contact office@client.example.\n', kind: ['autoreply', 'none'] },
  { name: 'X-Autorespond only (cPanel autoresponder), sales subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Proposal', headers: ['X-Autorespond: Proposal', 'Precedence: auto_reply'], body: 'I am away and have no access to email until 17 November. Your message was not delivered to my colleagues.\n', kind: AUTO },
  { name: 'X-Autoreply only (vacation(1)), "Undeliverable" in the sales subject', from: 'Jane Doe <jane.doe@client.example>', subject: 'Re: Undeliverable parcels cost 3% of revenue', headers: ['X-Autoreply: yes'], body: 'I am on vacation until 17 November with no access to email.\n', kind: AUTO },
  { name: 'RFC 3834 only, own subject "Mailbox no longer monitored"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Mailbox no longer monitored', headers: ['Auto-Submitted: auto-replied'], body: 'This mailbox is no longer monitored. Your message has not been read and will not be forwarded.\nFor orders write to orders@client.example.\n', kind: AUTO },
  { name: 'RFC 3834 only, own subject "Address closed"', from: 'Jane Doe <jane.doe@client.example>', subject: 'This address will be closed', headers: ['Auto-Submitted: auto-replied'], body: 'jane.doe@client.example will be closed on 30 November 2025. Mail sent to it after that date will not be delivered.\nPlease update your records: jane@client-new.example\n', kind: AUTO },
  { name: 'no header, "Out of Office:" subject, address will be deactivated', from: 'Jane Doe <jane.doe@client.example>', subject: 'Out of Office: Proposal', body: 'I have left Client Corp. This address will be deactivated soon and mail will be rejected. Please use office@client.example.\n', kind: AUTO },
  { name: 'Gmail vacation, own subject, "no access to email"', from: 'Jane Doe <jane.doe@gmail.example>', subject: 'On parental leave', headers: ['Auto-Submitted: auto-replied'], body: "I'm on parental leave until March and have no access to email. Your message will not be forwarded.\n", kind: AUTO },
  { name: 'OOF (de), Zustellung words', from: 'Jana Müller <jana@client.example>', subject: 'Abwesenheitsnotiz: Angebot', headers: OOF, body: 'Ich bin nicht mehr im Unternehmen. Diese Adresse wird zum 30.11. gelöscht; Ihre Nachricht wird nicht zugestellt an Kollegen und nicht weitergeleitet.\n', kind: AUTO },
  { name: 'OOF (fr), adresse bientôt fermée', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Absence du bureau : Proposition', headers: OOF, body: "Cette adresse sera fermée le 30 novembre. Votre message n'a pas été remis à mes collègues et ne sera pas transféré.\n", kind: AUTO },
  { name: 'OOF (es), dirección desactivada', from: 'Juana Pérez <juana@client.example>', subject: 'Fuera de la oficina: Propuesta', headers: OOF, body: 'Esta dirección será desactivada el 30 de noviembre. Su mensaje no ha sido entregado a nadie ni será reenviado.\n', kind: AUTO },
  { name: 'OOF (it), indirizzo disattivato', from: 'Giulia Rossi <giulia@client.example>', subject: 'Fuori sede: Proposta', headers: OOF, body: 'Questo indirizzo sarà disattivato. Il messaggio non è stato recapitato a nessuno e non verrà inoltrato.\n', kind: AUTO },
  { name: 'OOF (pt-BR), sem acesso ao e-mail', from: 'Joana Silva <joana@client.example>', subject: 'Resposta automática: Proposta', headers: OOF, body: 'Estou de férias sem acesso ao e-mail. Este endereço será desativado e sua mensagem não será encaminhada.\n', kind: AUTO },
  { name: 'custom auto-reply mimicking an NDR subject, RFC 3834', from: 'Jane Doe <jane.doe@client.example>', subject: 'Message not delivered - Jane Doe has left Client Corp', headers: ['Auto-Submitted: auto-replied'], body: 'Your message to jane.doe@client.example was not delivered to anyone: I have left Client Corp and this mailbox is no longer monitored.\nPlease write to office@client.example.\n', kind: QUIET },
  { name: 'old server vacation, original subject, no header', from: 'Jane Doe <jane.doe@client.example>', subject: 'Proposal', body: 'I am out of the office until 17 November. Your email will not be forwarded and this mailbox is not monitored while I am away.\n', kind: QUIET },
  { name: 'Zimbra vacation (ja), own subject, RFC 3834 only', from: '山田 花子 <hanako@client.example>', subject: '不在のお知らせ', headers: ['Auto-Submitted: auto-replied (zimbra; vacation)'], body: '11月14日まで不在です。メールは配信されません、転送もされません。\n', kind: AUTO },
  { name: 'Sieve vacation custom subject "Abwesend:"', from: 'Jana Müller <jana@client.example>', subject: 'Abwesend: Angebot', headers: ['Auto-Submitted: auto-replied (vacation)'], body: 'Ich habe das Unternehmen verlassen. Diese Adresse ist nicht mehr aktiv, Ihre Nachricht wurde nicht zugestellt an einen Kollegen.\n', kind: AUTO },
  { name: 'Sieve vacation custom subject "Congés :"', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Congés : Proposition', headers: ['Auto-Submitted: auto-replied (vacation)'], body: "Je suis en congés, sans accès à ma messagerie. Votre message n'a pas été transmis.\n", kind: AUTO },
  { name: 'no-reply autoresponder with a notice-like subject, RFC 3834', from: 'Client Corp <no-reply@client.example>', subject: 'Undeliverable: this mailbox is not monitored', headers: ['Auto-Submitted: auto-replied'], body: 'This mailbox is not monitored and your message has not been delivered to anyone.\nFor sales please write to sales@client.example.\n', kind: QUIET },
  { name: 'OOF (en) quoting the prospecting mail below', from: 'Jane Doe <jane.doe@client.example>', subject: 'Automatic reply: Proposal', headers: OOF, body: 'I am out of the office until Monday.\n\n-----Original Message-----\nFrom: Sam Sales <sales@acme.example>\nSubject: Proposal\n\nHi Jane, 550 5.1.1 user unknown errors cost senders 3% of their pipeline. Undelivered mail to jane.doe@client.example is lost revenue.\n', kind: AUTO },
  { name: 'inbox-rule reply, Rules-Loop only, subject "Message not delivered"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Message not delivered - Jane Doe has left Client Corp', headers: ['X-MS-Exchange-Inbox-Rules-Loop: jane.doe@client.example'], body: 'Your message to jane.doe@client.example was not delivered to anyone: I have left Client Corp and this mailbox is no longer monitored.\nPlease write to office@client.example.\n', kind: QUIET },
  { name: 'left-the-company reply, no machine header, subject "Undeliverable"', from: 'Jane Doe <jane.doe@client.example>', subject: 'Undeliverable - Jane Doe no longer works here', body: 'I no longer work at Client Corp. This mailbox is not monitored and your email was not delivered to anyone.\nPlease contact office@client.example.\n', kind: QUIET },
  { name: 'left-the-company reply (de), no machine header, subject "Unzustellbar"', from: 'Jana Müller <jana@client.example>', subject: 'Unzustellbar: Jana Müller ist nicht mehr im Unternehmen', body: 'Ich bin nicht mehr im Unternehmen tätig. Dieses Postfach wird nicht mehr gelesen, Ihre Nachricht wurde an niemanden zugestellt.\nBitte schreiben Sie an info@client.example.\n', kind: QUIET },
  { name: 'OOF (nl), adres wordt opgeheven', from: 'Jan de Vries <jan@client.example>', subject: 'Afwezig: Voorstel', headers: OOF, body: 'Dit adres wordt per 30 november opgeheven. Uw bericht is niet afgeleverd bij een collega en wordt niet doorgestuurd.\n', kind: AUTO },
]

// 2. Auto-acknowledgements of ticket systems and shared inboxes: Zendesk's default "Request
// received" trigger ("Your request (#12345) has been received and is being reviewed by our support
// staff"), Freshdesk's "New Ticket Email to Requester" ("Ticket Received - …"), Jira Service
// Management's "Request received" notification, HubSpot help desk's acknowledgement, Salesforce
// Email-to-Case auto-response rules ("Case #00001234"), and a shared inbox's own autoresponder.
const TICKETS: Row[] = [
  { name: 'Zendesk "Request received"', from: 'Client Support <support@client.zendesk.example>', subject: 'Request received: Proposal', headers: ['Auto-Submitted: auto-generated'], body: 'Your request (12345) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\nThis email is a service from Client Support. Delivered by Zendesk\n', kind: QUIET },
  { name: 'Freshdesk "Ticket Received"', from: 'Client Help <help@client.freshdesk.example>', subject: 'Ticket Received - Proposal', body: 'Dear Sam,\n\nWe would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - 4821.\nA support representative will be reviewing your request and will send you a personal response (usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit https://client.freshdesk.example/helpdesk/tickets/4821\n\nThank you for your patience.\n\nSincerely,\nClient Support Team\n', kind: QUIET },
  { name: 'Jira Service Management "Request received"', from: 'Client IT <jira@client.atlassian.example>', subject: '[JIRA] (ITSD-123) Proposal', headers: ['Auto-Submitted: auto-generated'], body: "Request received: Proposal\n\nYour request ITSD-123 has been received. We'll get back to you shortly.\nView request · Turn off this request's notifications\nThis is shared with Sam Sales.\nPowered by Jira Service Management\n", kind: QUIET },
  { name: 'HubSpot help desk acknowledgement', from: 'Client Sales <sales@client.example>', subject: "We've received your message", headers: ['Auto-Submitted: auto-replied'], body: "Thanks for reaching out! We've received your email and a member of our team will get back to you within one business day.\nYour ticket number is 987654.\n", kind: QUIET },
  { name: 'Salesforce Email-to-Case auto-response', from: 'Client Customer Care <care@client.example>', subject: 'Case #00001234: Proposal [ ref:_00D1a2B3c._5001a2B3c4:ref ]', body: 'Thank you for contacting Client Customer Care. Your case number is 00001234.\nThis is an automated response; please do not reply, this mailbox is not monitored.\nA representative will contact you within 2 business days.\n', kind: QUIET },
  { name: 'shared inbox "[#12345]" acknowledgement with do-not-reply words', from: 'Client Orders <orders@client.example>', subject: 'Your request has been received [#12345]', body: 'This is an automatic confirmation. Your message to orders@client.example has been received and assigned number 12345.\nReplies to this address are not monitored and will not be delivered to an agent.\n', kind: QUIET },
  { name: 'osTicket auto-response (de)', from: 'Client Support <support@client.example>', subject: 'Ihre Anfrage ist eingegangen [#839201]', headers: ['Auto-Submitted: auto-replied'], body: 'Vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer #839201 erfasst. Bitte antworten Sie nicht auf diese E-Mail, sie wird nicht zugestellt.\n', kind: QUIET },
  { name: 'Jira Service Management: request not created (no permission)', from: 'Client IT <jira@client.atlassian.example>', subject: "We couldn't create your request", headers: ['Auto-Submitted: auto-generated'], body: "We couldn't create a request from your email to support@client.example because you don't have permission to raise requests in this service project.\nAsk the project's admin to add you as a customer.\n", kind: QUIET },
  { name: 'Freshdesk: email from a blocked sender not turned into a ticket', from: 'Client Help <help@client.freshdesk.example>', subject: 'Your email was not received as a ticket', body: 'Your email to help@client.example could not be processed: emails from your domain are blocked by this helpdesk. It was not delivered to an agent.\n', kind: QUIET },
  { name: 'Zendesk (fr) "Demande reçue"', from: 'Support Client <support@client.zendesk.example>', subject: 'Demande reçue : Proposition', headers: ['Auto-Submitted: auto-generated'], body: "Votre demande (12345) a été reçue et est en cours d'examen par notre équipe d'assistance.\nPour ajouter des commentaires, répondez à cet e-mail.\n", kind: QUIET },
]

// 3. Reports about the sender's domain, not about a recipient. RFC 7489 §7.2 aggregate reports
// ("Report Domain: … Submitter: … Report-ID: …", a zip / gzip XML attachment; Google, Microsoft
// (dmarcreport@microsoft.com), Yahoo (dmarc@yahoo.com), Mail.ru, and XML sent inline); RFC 7489
// §7.3 / RFC 6591 failure reports (ARF with Feedback-Type: auth-failure: the receiver says our mail
// failed authentication, a complaint-like report, never a dead recipient); RFC 8460 SMTP TLS
// reports (report-type="tlsrpt", application/tlsrpt+gzip / +json).
const XML_REPORT = '<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>mail.example</org_name>\n    <email>dmarc-noreply@mail.example</email>\n    <report_id>1762214399.12345</report_id>\n  </report_metadata>\n  <policy_published><domain>acme.example</domain><p>reject</p></policy_published>\n  <record>\n    <row>\n      <source_ip>198.51.100.7</source_ip>\n      <count>3</count>\n      <policy_evaluated><disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated>\n    </row>\n    <identifiers><header_from>acme.example</header_from><envelope_to>jane.doe@client.example</envelope_to></identifiers>\n    <auth_results><spf><domain>acme.example</domain><result>fail</result></spf></auth_results>\n  </record>\n</feedback>\n'
const authFailure = (extra: string) => [`${TEXT}\nThis is an authentication failure report for an email message received from IP 198.51.100.7 on Mon, 3 Nov 2025 09:00:00 +0000.\nThe message failed DMARC evaluation and was rejected.\n`, `Content-Type: message/feedback-report\n\nFeedback-Type: auth-failure\nUser-Agent: DMARC-Failure-Reporter/1.0\nVersion: 1\nOriginal-Mail-From: <sales@acme.example>\nOriginal-Rcpt-To: <jane.doe@client.example>\nArrival-Date: Mon, 3 Nov 2025 09:00:00 +0000\nSource-IP: 198.51.100.7\nReported-Domain: acme.example\n${extra}`, 'Content-Type: text/rfc822-headers\n\nFrom: Sam Sales <sales@acme.example>\nTo: jane.doe@client.example\nSubject: Proposal\nMessage-ID: <p-1@acme.example>\n']
const REPORTS: Row[] = [
  { name: 'DMARC aggregate (Yahoo)', from: 'dmarc@yahoo.com', subject: 'Report Domain: acme.example Submitter: Yahoo Report-ID: <1762214399.448221@yahoo.com>', parts: [`${TEXT}\nThis is an aggregate report from Yahoo.\n`, 'Content-Type: application/zip; name="yahoo.com!acme.example!1762128000!1762214399.xml.zip"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\nUEsDBBQAAAAIAA==\n'], kind: 'none' },
  { name: 'DMARC aggregate with XML inline (text/xml)', from: 'DMARC Reporter <dmarc-noreply@mail.example>', subject: 'Report domain: acme.example Submitter: mail.example Report-ID: 1762214399.12345', parts: [`${TEXT}\nDMARC aggregate report for acme.example. 3 messages failed SPF and DKIM and were rejected.\n`, `Content-Type: text/xml; name="mail.example!acme.example!1762128000!1762214399.xml"\nContent-Disposition: attachment\n\n${XML_REPORT}`], kind: 'none' },
  { name: 'DMARC aggregate, XML as the body', from: 'dmarc-noreply@mail.example', subject: 'DMARC Aggregate Report for acme.example', body: XML_REPORT, kind: 'none' },
  { name: 'DMARC aggregate, summary table in the body (rejected, failed)', from: 'DMARC Reports <reports@dmarc-service.example>', subject: 'Weekly DMARC digest for acme.example', body: 'DMARC digest for acme.example, 27 Oct - 3 Nov 2025\n\nSource IP        Messages  SPF   DKIM  Disposition\n198.51.100.7     3         fail  fail  reject\n203.0.113.9      120       pass  pass  none\n\n3 messages were rejected by receivers (jane.doe@client.example, john.roe@client.example).\nUnsubscribe: reports@dmarc-service.example\n', kind: 'none' },
  { name: 'DMARC aggregate with an unusual subject, from noreply-dmarc', from: 'noreply-dmarc@mail.example', subject: 'Aggregate report for acme.example (2025-11-03)', parts: [`${TEXT}\nMessages from 198.51.100.7 failed SPF and were rejected: 3.\n`, 'Content-Type: application/gzip; name="mail.example!acme.example!1762128000!1762214399.xml.gz"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="mail.example!acme.example!1762128000!1762214399.xml.gz"\n\nH4sIAAAAAAAA\n'], kind: 'none' },
  { name: 'DMARC failure report (RFC 6591 auth-failure)', from: 'dmarc-failure@mail.example', subject: 'DMARC Failure Report for acme.example', type: 'multipart/report; report-type=feedback-report', parts: authFailure('Auth-Failure: dmarc\nDelivery-Result: reject\nIdentity-Alignment: spf, dkim\n'), kind: ['feedback', 'none'] },
  { name: 'DMARC failure report (auth-failure: spf, delivery-result reject)', from: 'postmaster@mail.example', subject: 'FW: Proposal', type: 'multipart/report; report-type=feedback-report', parts: authFailure('Auth-Failure: spf\nDelivery-Result: reject\nSPF-DNS: txt : acme.example : "v=spf1 -all"\n'), kind: ['feedback', 'none'] },
  { name: 'DMARC aggregate (Mail.ru), "Report domain:" lower case', from: 'dmarc_support@corp.mail.example', subject: 'Report domain: acme.example Submitter: mail.example Report-ID: 8421936512993', parts: [`${TEXT}\nThis is an aggregate report from mail.example. Messages from 198.51.100.7 failed authentication.\n`, 'Content-Type: application/gzip; name="mail.example!acme.example!1762128000!1762214399.xml.gz"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\nH4sIAAAAAAAA\n'], kind: 'none' },
  { name: 'DMARC failure report as plain text, "DMARC Failure Report" subject', from: 'dmarc-reports@mail.example', subject: 'DMARC Failure Report for acme.example', body: 'Your message from sales@acme.example to jane.doe@client.example failed DMARC and was rejected (550 5.7.1).\n\nFeedback-Type: auth-failure\nAuth-Failure: dmarc\nOriginal-Rcpt-To: jane.doe@client.example\n', kind: ['feedback', 'none'] },
  { name: 'DMARC failure report as plain text', from: 'noreply-dmarc@mail.example', subject: 'Forensic report: DMARC failure for acme.example', body: 'A message claiming to be from acme.example failed DMARC authentication and was rejected.\n\nFeedback-Type: auth-failure\nAuth-Failure: dmarc\nSource-IP: 198.51.100.7\nOriginal-Mail-From: sales@acme.example\nOriginal-Rcpt-To: jane.doe@client.example\nDelivery-Result: reject\n', kind: ['feedback', 'none'] },
  { name: 'TLS-RPT (Microsoft), JSON gzip', from: 'tlsrpt-noreply@microsoft.com', subject: 'Report Domain: acme.example Submitter: microsoft.com Report-ID: <133a9c2f@microsoft.com>', headers: ['TLS-Report-Domain: acme.example', 'TLS-Report-Submitter: microsoft.com'], type: 'multipart/report; report-type="tlsrpt"', parts: [`${TEXT}\nThis is an aggregate TLS report from microsoft.com.\n`, 'Content-Type: application/tlsrpt+gzip; name="microsoft.com!acme.example!1762128000!1762214399!133a9c2f.json.gz"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\nH4sIAAAAAAAA\n'], kind: 'none' },
  { name: 'TLS-RPT with failures, JSON inline', from: 'noreply-tlsrpt@mail.example', subject: 'Report Domain: acme.example Submitter: mail.example Report-ID: <2025-11-03T00:00:00Z_acme.example>', headers: ['TLS-Report-Domain: acme.example', 'TLS-Report-Submitter: mail.example'], type: 'multipart/report; report-type="tlsrpt"', parts: [`${TEXT}\nThis is a TLS report. 4 sessions failed: certificate-expired.\n`, 'Content-Type: application/tlsrpt+json; name="report.json"\nContent-Disposition: attachment\n\n{"organization-name":"mail.example","policies":[{"policy":{"policy-type":"sts","policy-domain":"acme.example"},"summary":{"total-successful-session-count":10,"total-failure-session-count":4},"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"198.51.100.7","receiving-mx-hostname":"mx.acme.example","failed-session-count":4}]}]}\n'], kind: 'none' },
]

// 4. Mail-security digests and notifications about mail the user received: Microsoft 365 quarantine
// notifications ("You have N new messages in quarantine", from quarantine@messaging.microsoft.com,
// with Release / Block sender / Review); Mimecast's "Hold for review" digest ("Messages on hold"),
// Proofpoint Essentials' "End User Digest" ("The emails listed below have been placed in your
// personal Quarantine"), Barracuda's quarantine notification, Sophos and Cisco's spam digests.
const SECURITY: Row[] = [
  { name: 'Microsoft 365 quarantine notification', from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', subject: 'Microsoft 365 security: You have messages in quarantine', parts: [`${TEXT}\nReview these messages within 30 days of receipt.\nYou have 2 new messages in quarantine. These messages were blocked as spam or phishing.\n\nSender: offers@promo.example\nSubject: Win a prize\nDate: 3 November 2025\nRelease | Block sender | Review message\n\nSender: john.roe@client.example\nSubject: Re: Proposal\nDate: 3 November 2025\nRelease | Block sender | Review message\n\nThese messages have not been delivered to your mailbox.\n`, `${HTML}\n<html><body><p>You have 2 new messages in quarantine.</p></body></html>\n`], type: 'multipart/alternative', kind: 'none' },
  { name: 'Microsoft 365 quarantine notification (fr)', from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', subject: 'Sécurité Microsoft 365 : Vous avez des messages en quarantaine', body: "Vous avez 1 nouveau message en quarantaine. Ce message a été bloqué et n'a pas été remis à votre boîte aux lettres.\n\nExpéditeur : john.roe@client.example\nObjet : Proposition\nDate : 3 novembre 2025\nLibérer | Bloquer l'expéditeur | Vérifier\n", kind: 'none' },
  { name: 'Mimecast hold-for-review digest', from: 'Mimecast <postmaster@acme.example>', subject: 'Mimecast Personal Portal: You have 3 new messages on hold', body: 'The following messages have been held for review and were not delivered to your inbox.\n\nFrom                       Subject              Reason\noffers@promo.example       Win a prize          Spam Detection\njohn.roe@client.example    Re: Proposal         Policy: attachment blocked\nnews@list.example          Newsletter           Rejected: spam signature\n\nRelease | Block | Permit\n', kind: 'none' },
  { name: 'Proofpoint Essentials End User Digest', from: 'Proofpoint Essentials <quarantine@proofpointessentials.example>', subject: 'End User Digest: 3 New Messages', body: 'Proofpoint Essentials End User Digest for sales@acme.example\n\nThe emails listed below have been placed in your personal Quarantine. They will be deleted after 30 days.\n\nScore  From                      Subject\n100    offers@promo.example      Win a prize\n99     john.roe@client.example   Re: Proposal\n\nRelease | Release and Allow Sender | Block Sender\n', kind: 'none' },
  { name: 'Barracuda message quarantined notice', from: 'Barracuda Email Security <quarantine@barracuda.acme.example>', subject: 'Message quarantined: Re: Proposal', body: 'The following message sent to you was quarantined and has not been delivered:\n\nFrom: john.roe@client.example\nTo: sales@acme.example\nSubject: Re: Proposal\nReason: Intent - Content Blocked\n\nTo deliver this message, log in to the Message Log.\n', kind: 'none' },
  { name: 'Sophos quarantine digest (de)', from: 'Sophos Email <do-not-reply@sophos.example>', subject: 'Quarantäne-Zusammenfassung: 2 neue Nachrichten', body: 'Die folgenden Nachrichten wurden in Quarantäne gestellt und nicht zugestellt:\n\nAbsender: john.roe@client.example  Betreff: Re: Angebot  Grund: Spam\nAbsender: offers@promo.example  Betreff: Gewinnspiel  Grund: Spam\n', kind: 'none' },
  { name: 'Microsoft 365 quarantine notification (es)', from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', subject: 'Seguridad de Microsoft 365: Tiene mensajes en cuarentena', body: 'Tiene 2 mensajes nuevos en cuarentena. Estos mensajes se bloquearon y no se entregaron a su buzón.\n\nRemitente: john.roe@client.example\nAsunto: Propuesta\nLiberar | Bloquear remitente | Revisar\n', kind: 'none' },
  { name: 'Microsoft 365 quarantine notification (de)', from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', subject: 'Microsoft 365-Sicherheit: Sie haben Nachrichten in Quarantäne', body: 'Sie haben 1 neue Nachricht in Quarantäne. Diese Nachricht wurde blockiert und nicht an Ihr Postfach zugestellt.\n\nAbsender: john.roe@client.example\nBetreff: Angebot\nFreigeben | Absender blockieren | Überprüfen\n', kind: 'none' },
  { name: 'SpamTitan quarantine report from postmaster', from: 'postmaster@mx.acme.example', subject: 'Quarantine Report for sales@acme.example', body: 'Quarantine report: the following messages were rejected as spam and have not been delivered to you.\n\nFrom: john.roe@client.example   Subject: Re: Proposal   Score: 7.2\nFrom: offers@promo.example   Subject: Win a prize   Score: 12.0\n\nRelease | Whitelist | Delete\n', kind: 'none' },
  { name: 'Hornetsecurity spam report', from: 'Hornetsecurity <noreply@hornetsecurity.example>', subject: 'Quarantine Report: 2 new emails for sales@acme.example', body: 'The following emails addressed to you were rejected as spam or quarantined in the last 24 hours:\n\n08:14  john.roe@client.example  Re: Proposal  Spam\n09:02  offers@promo.example  Win a prize  Spam\n', kind: 'none' },
  { name: 'Trend Micro end-user quarantine digest', from: 'Trend Micro Email Security <noreply@tmes.example>', subject: 'End User Quarantine Digest', body: 'You have 2 new messages in your quarantine. These messages were blocked and were not delivered.\n\nSender: john.roe@client.example  Subject: Re: Proposal\n', kind: 'none' },
  { name: 'MXToolbox blacklist alert (about the sender\'s IP)', from: 'MxToolbox Monitoring <alerts@mxtoolbox.example>', subject: 'MxToolbox Monitor Alert: Blacklist - 198.51.100.7', body: 'Problem: 198.51.100.7 was listed on Spamhaus ZEN.\nReceivers may reject your mail with: 550 5.7.1 Service unavailable; client host blocked using zen.spamhaus.org.\nMonitor: blacklist:198.51.100.7  Contact: sales@acme.example\n', kind: 'none' },
  { name: 'EOP end-user spam notification (older wording)', from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', subject: 'Spam Notification: 3 New Messages', body: 'You have 3 new messages in your quarantine. These messages were rejected as spam and not delivered.\n\nSender: john.roe@client.example  Subject: Re: Proposal\nRelease to Inbox | Report as Not Junk\n', kind: 'none' },
  { name: 'Postmark DMARC weekly digest', from: 'Postmark DMARC <dmarc@postmark.example>', subject: 'DMARC Digest for acme.example: 3 messages failed authentication', body: 'Weekly DMARC digest for acme.example\n\n3 messages from 198.51.100.7 failed SPF and DKIM and were rejected by receivers.\nNew sources: mx.unknown.example\n', kind: 'none' },
  { name: 'Mimecast held-messages digest from postmaster, no count', from: 'postmaster@acme.example', subject: 'Mimecast Digest: Held messages', body: 'The following messages are on hold pending your review and have not been delivered:\n\nFrom: john.roe@client.example  Subject: Re: Proposal  Reason: Spam Signature\nFrom: news@list.example  Subject: Newsletter  Reason: Rejected by policy\n', kind: 'none' },
  { name: 'single-message quarantine notice for the reader, from postmaster', from: 'postmaster@acme.example', subject: 'Message quarantined', body: 'A message addressed to you has been quarantined and was not delivered.\n\nFrom: john.roe@client.example\nSubject: Re: Proposal\nReason: Attachment blocked by policy (550 5.7.1)\n', kind: 'none' },
  { name: 'Cisco spam quarantine notification', from: 'Spam Quarantine <noreply@ironport.acme.example>', subject: 'Spam Quarantine Notification', body: 'The message(s) below have been blocked by your administrator as suspected spam.\nThere are 2 new messages in your Email Quarantine since you received your last Spam Quarantine Notification.\n\nFrom: john.roe@client.example  Subject: Re: Proposal\nFrom: offers@promo.example  Subject: Win a prize\n\nRelease | Not Spam | Delete\n', kind: 'none' },
]

// 5. Receipts and relay reports. RFC 8098 MDNs (Disposition: displayed / deleted, and the RFC 3798
// "Error:" field); Outlook's read and not-read receipts in its languages ("Read:", "Lu :",
// "Gelesen:", "Leído:", "Letto:", "Lido:", "Gelezen:", "Läst:", "Прочитано:", "開封済み:", "已读:",
// "Non lu :", "Ungelesen:"); Exchange delivery receipts ("Delivered:", "Remis :", "Zugestellt:",
// "Entregado:", "Recapitato:", "Bezorgd:") and DSNs with Action delivered / relayed / expanded.
const mdn = (disposition: string, extra = '') => `Content-Type: message/disposition-notification\n\nReporting-UA: client.example; Microsoft Exchange\nFinal-Recipient: rfc822;jane.doe@client.example\nOriginal-Message-ID: <p-1@acme.example>\nDisposition: ${disposition}\n${extra}`
const readReceipt = (subject: string, text: string, from = 'Jeanne Dupont <jeanne@client.example>'): Row => ({ name: `Outlook receipt "${subject.split(/[:：]/)[0]}"`, from, subject, body: text, kind: QUIET })
const RECEIPTS: Row[] = [
  readReceipt('Lu : Proposition', 'Votre message\n\n  À : Jeanne Dupont\n  Objet : Proposition\n  Envoyé : lundi 3 novembre 2025 09:00:00 (UTC)\n\na été lu le lundi 3 novembre 2025 10:12:44 (UTC).\n'),
  readReceipt('Non lu : Proposition', "Votre message\n\n  À : jeanne@client.example\n  Objet : Proposition\n\na été supprimé sans avoir été lu le lundi 3 novembre 2025 10:12:44 (UTC).\n"),
  readReceipt('Gelesen: Angebot', 'Ihre Nachricht\n\n  An: jana@client.example\n  Betreff: Angebot\n  Gesendet: Montag, 3. November 2025 09:00:00 (UTC)\n\nwurde am Montag, 3. November 2025 10:12:44 (UTC) gelesen.\n', 'Jana Müller <jana@client.example>'),
  readReceipt('Ungelesen: Angebot', 'Ihre Nachricht\n\n  An: jana@client.example\n  Betreff: Angebot\n\nwurde am Montag, 3. November 2025 10:12:44 (UTC) ungelesen gelöscht.\n', 'Jana Müller <jana@client.example>'),
  readReceipt('Leído: Propuesta', 'Su mensaje\n\n  Para: juana@client.example\n  Asunto: Propuesta\n\nse ha leído el lunes, 3 de noviembre de 2025 10:12:44 (UTC).\n', 'Juana Pérez <juana@client.example>'),
  readReceipt('No leído: Propuesta', 'Su mensaje\n\n  Para: juana@client.example\n  Asunto: Propuesta\n\nse eliminó sin haberse leído el lunes, 3 de noviembre de 2025.\n', 'Juana Pérez <juana@client.example>'),
  readReceipt('Letto: Proposta', 'Il messaggio\n\n  A: giulia@client.example\n  Oggetto: Proposta\n\nè stato letto lunedì 3 novembre 2025 10:12:44 (UTC).\n', 'Giulia Rossi <giulia@client.example>'),
  readReceipt('Lido: Proposta', 'A sua mensagem\n\n  Para: joana@client.example\n  Assunto: Proposta\n\nfoi lida em segunda-feira, 3 de novembro de 2025 10:12:44 (UTC).\n', 'Joana Silva <joana@client.example>'),
  readReceipt('Gelezen: Voorstel', 'Uw bericht\n\n  Aan: jan@client.example\n  Onderwerp: Voorstel\n\nis gelezen op maandag 3 november 2025 10:12:44 (UTC).\n', 'Jan de Vries <jan@client.example>'),
  readReceipt('Läst: Erbjudande', 'Ditt meddelande\n\n  Till: jana@client.example\n  Ämne: Erbjudande\n\nlästes måndag den 3 november 2025 10:12:44 (UTC).\n', 'Jana Svensson <jana@client.example>'),
  readReceipt('Прочитано: Предложение', 'Ваше сообщение\n\n  Кому: anna@client.example\n  Тема: Предложение\n\nбыло прочитано 3 ноября 2025 г. 10:12:44 (UTC).\n', 'Анна Иванова <anna@client.example>'),
  readReceipt('Przeczytane: Oferta', 'Twoja wiadomość\n\n  Do: anna@client.example\n  Temat: Oferta\n\nzostała przeczytana 3 listopada 2025 10:12:44 (UTC).\n', 'Anna Kowalska <anna@client.example>'),
  readReceipt('開封済み: ご提案', 'メッセージ\n\n  宛先: hanako@client.example\n  件名: ご提案\n\nは 2025/11/03 10:12 に開封されました。\n', '山田 花子 <hanako@client.example>'),
  readReceipt('已读: 方案', '你的邮件\n\n  收件人: wangfang@client.example\n  主题: 方案\n\n已于 2025/11/3 10:12 阅读。\n', '王芳 <wangfang@client.example>'),
  { name: '"Your message was read" receipt', from: 'Jane Doe <jane.doe@client.example>', subject: 'Your message was read: Proposal', body: 'Your message to jane.doe@client.example was read on Monday, 3 November 2025 10:12.\nThis receipt does not confirm that the message was understood or that no delivery failed later.\n', kind: QUIET },
  { name: 'RFC 3798 MDN with an Error field (failed disposition)', from: 'Jane Doe <jane.doe@client.example>', subject: 'Disposition notification', type: 'multipart/report; report-type=disposition-notification', parts: [`${TEXT}\nThe message sent to jane.doe@client.example could not be displayed; an error occurred while processing it.\n`, mdn('automatic-action/MDN-sent-automatically; failed/error', 'Error: unable to display the message (unknown charset)\nFailure: 550 processing failed\n')], kind: QUIET },
  { name: 'MDN (fr) deleted', from: 'Jeanne Dupont <jeanne@client.example>', subject: 'Non lu : Proposition', type: 'multipart/report; report-type=disposition-notification', parts: [`${TEXT}\nVotre message à jeanne@client.example a été supprimé sans être lu.\n`, mdn('automatic-action/MDN-sent-automatically; deleted')], kind: QUIET },
  { name: 'Exchange 2003 relay DSN (fr), text only', from: 'postmaster@client.example', subject: "Notification d'état de la distribution (Relais)", body: "Ceci est une notification d'état de distribution générée automatiquement.\n\nVotre message a été relayé avec succès vers les destinataires suivants, mais le système de destination n'a pas envoyé de notification :\n\n       jeanne@client.example\n", kind: QUIET },
  { name: 'Exchange delivery receipt (fr) "Remis :"', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Remis : Proposition', body: 'Votre message a été remis aux destinataires suivants :\n\njeanne@client.example (jeanne@client.example)\n\nObjet : Proposition\n', kind: QUIET },
  { name: 'Exchange delivery receipt (de) "Zugestellt:"', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Zugestellt: Angebot', body: 'Ihre Nachricht wurde an die folgenden Empfänger zugestellt:\n\njana@client.example (jana@client.example)\n\nBetreff: Angebot\n', kind: QUIET },
  { name: 'Exchange delivery receipt (es) "Entregado:"', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Entregado: Propuesta', body: 'El mensaje se entregó a los siguientes destinatarios:\n\njuana@client.example (juana@client.example)\n\nAsunto: Propuesta\n', kind: QUIET },
  { name: 'Exchange delivery receipt (it) "Recapitato:"', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Recapitato: Proposta', body: 'Il messaggio è stato recapitato ai destinatari seguenti:\n\ngiulia@client.example (giulia@client.example)\n\nOggetto: Proposta\n', kind: QUIET },
  { name: 'Exchange delivery receipt (nl) "Bezorgd:"', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Bezorgd: Voorstel', body: 'Uw bericht is bezorgd bij de volgende geadresseerden:\n\njan@client.example (jan@client.example)\n\nOnderwerp: Voorstel\n', kind: QUIET },
  { name: 'Exchange relay DSN (Action: relayed), "Delivered:" subject', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Delivered: Proposal', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\nYour message has been delivered to the following recipients:\n\njane.doe@client.example (jane.doe@client.example)\n\nSubject: Proposal\n`, 'Content-Type: message/delivery-status\n\nReporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.example\nArrival-Date: Mon, 3 Nov 2025 09:00:00 +0000\n\nFinal-Recipient: rfc822;jane.doe@client.example\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: dns;mx.client.example\nX-Display-Name: Jane Doe\n', 'Content-Type: text/rfc822-headers\n\nFrom: Sam Sales <sales@acme.example>\nTo: jane.doe@client.example\nSubject: Proposal\n'], kind: QUIET },
  { name: 'DSN Action: expanded with a failed-looking Diagnostic-Code', from: 'Mail Delivery System <MAILER-DAEMON@mx.client.example>', subject: 'Delivery Status Notification (Expanded)', type: 'multipart/report; report-type=delivery-status', parts: [`${TEXT}\nYour message to team@client.example was expanded to 3 recipients.\n`, 'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.client.example\n\nFinal-Recipient: rfc822; team@client.example\nAction: expanded\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 alias expanded (previous attempt: 450 4.2.0 mailbox busy)\n'], kind: QUIET },
]

// 6. Recalls, calendar and collaboration notifications. Outlook's recall report ("Message Recall
// Report", localised; new Outlook's "Recall Failed"); iCalendar replies (RFC 5546 METHOD:REPLY) with
// Outlook's localised prefixes ("Accepted:", "Declined:", "Tentative:", "Accepté :", "Refusé :",
// "Abgelehnt:", "Rechazado:", "Rifiutato:", "Recusado:", "Geweigerd:"); Outlook's "Meeting Forward
// Notification"; Google Calendar invitations and declines; Teams and SharePoint notifications.
const icsReply = (partstat: string) => `Content-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=${partstat}:mailto:jane.doe@client.example\nORGANIZER:mailto:sales@acme.example\nSUMMARY:Demo\nEND:VEVENT\nEND:VCALENDAR\n`
const meeting = (subject: string, text: string, partstat: string): Row => ({ name: `meeting response "${subject}"`, from: 'Jane Doe <jane.doe@client.example>', subject, parts: [`${TEXT}\n${text}\n`, icsReply(partstat)], kind: QUIET })
const CALENDAR: Row[] = [
  { name: 'recall report (fr)', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Rapport de rappel du message pour le message : Proposition', body: "Le rappel du message a échoué.\n\nDestinataire : jeanne@client.example\nRésultat : Échec — le message a déjà été lu.\n", kind: QUIET },
  { name: 'recall report (de)', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Nachrichtenrückrufbericht für Nachricht: Angebot', body: 'Der Rückruf der Nachricht ist fehlgeschlagen.\n\nEmpfänger: jana@client.example\nErgebnis: Fehler – die Nachricht wurde bereits gelesen.\n', kind: QUIET },
  { name: 'new Outlook recall report, "Recall Failed"', from: 'Microsoft Outlook <postmaster@acme.onmicrosoft.example>', subject: 'Message recall report for message: Proposal - Recall Failed', body: 'Recall of your message "Proposal" failed for 1 of 1 recipients.\n\njane.doe@client.example: Recall failed. The message was already read or could not be found.\n', kind: QUIET },
  meeting('Accepted: Demo', 'Jane Doe has accepted this meeting.', 'ACCEPTED'),
  meeting('Declined: Demo', 'Jane Doe has declined this meeting. Invalid date for me, unable to attend.', 'DECLINED'),
  meeting('Tentative: Demo', 'Jane Doe has tentatively accepted this meeting.', 'TENTATIVE'),
  meeting('Accepté : Démo', 'Jeanne Dupont a accepté cette réunion.', 'ACCEPTED'),
  meeting('Refusé : Démo', 'Jeanne Dupont a refusé cette réunion. Indisponible, désolée.', 'DECLINED'),
  meeting('Abgelehnt: Demo', 'Jana Müller hat diese Besprechung abgelehnt. Nicht zugestellt an Vertretung.', 'DECLINED'),
  meeting('Zugesagt: Demo', 'Jana Müller hat diese Besprechung angenommen.', 'ACCEPTED'),
  meeting('Rechazado: Demo', 'Juana Pérez ha rechazado esta reunión.', 'DECLINED'),
  meeting('Rifiutato: Demo', 'Giulia Rossi ha rifiutato questa riunione.', 'DECLINED'),
  meeting('Recusado: Demo', 'Joana Silva recusou esta reunião.', 'DECLINED'),
  meeting('Geweigerd: Demo', 'Jan de Vries heeft deze vergadering geweigerd.', 'DECLINED'),
  meeting('Declined: Delivery failure review', 'Jane Doe has declined this meeting.', 'DECLINED'),
  meeting('Accepted: Undeliverable mail clean-up', 'Jane Doe has accepted this meeting.', 'ACCEPTED'),
  meeting('Abgelehnt: Unzustellbare Pakete', 'Jana Müller hat diese Besprechung abgelehnt.', 'DECLINED'),
  meeting('Refusé : Échec de la remise des colis', 'Jeanne Dupont a refusé cette réunion.', 'DECLINED'),
  { name: 'Outlook "Meeting Forward Notification"', from: 'Microsoft Outlook <postmaster@client.example>', subject: 'Meeting Forward Notification: Demo', body: 'Your meeting was forwarded\n\nJane Doe <jane.doe@client.example> has forwarded your meeting request to additional recipients.\n\nMeeting\nDemo\nMeeting Time\nTuesday, 4 November 2025 10:00-10:30\nRecipients\nJohn Roe <john.roe@client.example>\n\nAll times listed are in the following time zone: (UTC) Coordinated Universal Time\n', kind: QUIET },
  { name: 'Google Calendar invitation', from: 'Google Calendar <calendar-notification@google.com>', subject: 'Invitation: Demo @ Tue 4 Nov 2025 10am - 10:30am (UTC) (sales@acme.example)', parts: [`${TEXT}\nYou have been invited to the following event.\n\nDemo\nWhen: Tue 4 Nov 2025 10am – 10:30am (UTC)\nGuests: jane.doe@client.example, sales@acme.example\nInvitation from Google Calendar\n\nYou are receiving this email because you are an attendee of the event. To stop receiving future updates for this event, decline this event.\nForwarding this invitation could allow any recipient to send a response to the organizer.\n`, 'Content-Type: text/calendar; charset=UTF-8; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Demo\nEND:VEVENT\nEND:VCALENDAR\n'], kind: QUIET },
  { name: 'Google Calendar decline', from: 'Jane Doe <jane.doe@client.example>', subject: 'Declined: Demo @ Tue 4 Nov 2025 10am - 10:30am (UTC) (sales@acme.example)', parts: [`${TEXT}\njane.doe@client.example has declined this invitation.\n\nDemo\nWhen: Tue 4 Nov 2025\nInvitation from Google Calendar\n`, icsReply('DECLINED')], kind: QUIET },
  { name: 'Teams missed-activity notification', from: 'Microsoft Teams <noreply@email.teams.microsoft.com>', subject: 'You have 3 missed messages in Teams', body: 'Jane Doe (jane.doe@client.example) sent you messages while you were away.\nThe message could not be delivered to your phone because notifications are turned off.\nReply in Teams\n', kind: QUIET },
  { name: 'SharePoint sharing notification', from: 'SharePoint Online <no-reply@sharepointonline.com>', subject: 'Jane Doe shared "Proposal.docx" with you', body: 'Jane Doe (jane.doe@client.example) shared a file with you.\nThis link will only work for direct recipients of this message. Access denied for others.\nOpen\n', kind: QUIET },
]

// 7. Mailing-list notices. Mailman 2 and 3's templates ("You have been unsubscribed from the X
// mailing list", the confirmation request, "Request to mailing list X rejected" with the
// moderator's reason); Sympa's "confirm your subscription"; Google Groups' membership notices and
// its moderator's rejection of a post. A moderator's rejection refuses one post to a group: the
// group's address is alive and the sender is told why; nothing about the address is dead, so no
// recipient comes out and nothing goes to Remove or Retry.
const LISTS: Row[] = [
  { name: 'Mailman 2 unsubscribed', from: 'sales-team-bounces@lists.client.example', subject: 'You have been unsubscribed from the Sales-team mailing list', body: 'Your address "sales@acme.example" has been removed from the Sales-team mailing list because of excessive bounces.\n', kind: QUIET },
  { name: 'Mailman 2 post rejected by the moderator', from: 'sales-team-owner@lists.client.example', subject: 'Request to mailing list Sales-team rejected', body: 'Your request to the Sales-team mailing list\n\n    Posting of your message titled "Proposal"\n\nhas been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting your request:\n\n"Non-members are not allowed to post to this list."\n\nAny questions or comments should be directed to the list administrator\nat:\n\n    sales-team-owner@lists.client.example\n', kind: QUIET },
  { name: 'Mailman 3 post rejected', from: 'sales-team-owner@lists.client.example', subject: 'Request to mailing list "Sales-team" rejected', headers: ['Auto-Submitted: auto-generated'], body: 'Your request to the sales-team@lists.client.example mailing list\n\n    Posting of your message titled "Proposal"\n\nhas been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting your request:\n\n"No reason given"\n\nAny questions or comments should be directed to the list administrator\nat:\n\n    sales-team-owner@lists.client.example\n', kind: QUIET },
  { name: 'Mailman 3 confirm subscription', from: 'sales-team-confirm+4e5f6a@lists.client.example', subject: 'Your confirmation is needed to join the sales-team@lists.client.example mailing list.', body: 'Email Address Registration Confirmation\n\nHello, this is the GNU Mailman server at lists.client.example.\n\nWe have received a registration request for the email address\n\n    sales@acme.example\n\nBefore you can start using GNU Mailman at this site, you must first confirm\nthat this is your email address.  You can do this by replying to this message.\n\nIf you do not wish to register this email address, simply disregard this\nmessage.\n', kind: QUIET },
  { name: 'Sympa confirm subscription (fr)', from: 'SYMPA <sympa@lists.client.example>', subject: 'Confirmation de votre abonnement à la liste sales-team', body: "Bonjour,\n\nPour confirmer votre abonnement à la liste sales-team@lists.client.example, cliquez sur le lien ci-dessous. Si vous n'avez pas demandé cet abonnement, ignorez ce message : votre adresse ne sera pas inscrite.\n", kind: QUIET },
  { name: 'Google Groups removed', from: 'Google Groups <noreply@groups.google.com>', subject: 'You have been removed from sales-team', body: 'An administrator has removed you from the sales-team group (sales-team@googlegroups.com). You will no longer receive messages from this group.\n', kind: QUIET },
  { name: 'Google Groups post rejected by the moderator', from: 'sales-team+owners@googlegroups.com', subject: 'Your message to sales-team@googlegroups.com has been rejected by the moderator', body: 'Your message to sales-team@googlegroups.com has been rejected by a moderator of the group.\n\nSubject: Proposal\n\nThe moderator did not provide a reason for the rejection.\n', kind: QUIET },
  { name: 'Mailman 3 non-member post rejected', from: 'sales-team-owner@lists.client.example', subject: 'Your message to the Sales-team mailing-list was rejected', headers: ['Auto-Submitted: auto-generated'], body: 'Your message to the Sales-team mailing-list was rejected for the following\nreasons:\n\nThe message is not from a list member\n\nThe original message as received by Mailman is attached.\n', kind: QUIET },
  { name: 'Mailman 2 non-member auto-reject', from: 'sales-team-owner@lists.client.example', subject: 'Auto-response for your message to the "Sales-team" mailing list', body: 'You are not allowed to post to this mailing list, and your message has\nbeen automatically rejected.  If you think that your messages are\nbeing rejected in error, contact the mailing list owner at\nsales-team-owner@lists.client.example.\n', kind: QUIET },
  { name: 'Sympa post rejected (fr)', from: 'SYMPA <sympa@lists.client.example>', subject: 'Message rejeté pour la liste sales-team', body: 'Votre message pour la liste sales-team@lists.client.example a été rejeté par le modérateur.\nRaison : hors sujet.\n', kind: QUIET },
  { name: 'groups.io non-member post rejected', from: 'sales-team+owner@groups.example', subject: 'Message not delivered to sales-team@groups.example', body: 'Your message to sales-team@groups.example was not delivered: you must be a member of the group to post messages to it.\nTo join, send an email to sales-team+subscribe@groups.example.\n', kind: QUIET },
  { name: 'Google Groups post rejected (the group does not accept your messages)', from: 'Google Groups <noreply@groups.google.com>', subject: 'Message rejected: Proposal', body: "Your message to sales-team@googlegroups.com was rejected.\nYou don't have permission to post to this group. Ask the group owner for access.\n", kind: QUIET },
]

// 8. Verification and warm-up reports: an address verifier's job report (NeverBounce "Your list has
// been verified", ZeroBounce "Your file is ready", Hunter / Kickbox exports) and a warm-up tool's
// weekly report (lemwarm, Mailreach) list addresses with "invalid", "undeliverable" or "bounced" in
// a table or a CSV attachment. They are the user's own tools' reports, not notices.
const VERIFIERS: Row[] = [
  { name: 'verifier job finished, results table in the body', from: 'NeverBounce <support@neverbounce.example>', subject: 'Your list "prospects-nov.csv" has been verified', body: 'Your job has finished. 1,000 emails verified.\n\nValid: 912   Invalid: 61   Disposable: 4   Catch-all: 23\n\nSample of invalid results:\njohn.roe@client.example        invalid   mailbox does not exist\njane.old@client.example        invalid   undeliverable\nsales@defunct.example          invalid   domain not found\n\nDownload the full results: https://app.neverbounce.example/jobs/5512\n', kind: 'none' },
  { name: 'verifier file ready, CSV attachment', from: 'ZeroBounce <noreply@zerobounce.example>', subject: 'Your file is ready: prospects-nov.csv', parts: [`${TEXT}\nYour file prospects-nov.csv has been validated. 61 addresses are invalid and will bounce.\n`, 'Content-Type: text/csv; name="prospects-nov_results.csv"\nContent-Disposition: attachment; filename="prospects-nov_results.csv"\n\nemail,status,sub_status\njohn.roe@client.example,invalid,mailbox_not_found\njane.old@client.example,invalid,does_not_accept_mail\nsales@defunct.example,invalid,no_dns_entries\n'], kind: 'none' },
  { name: 'verifier CSV as the body', from: 'Kickbox <reports@kickbox.example>', subject: 'Verification results', body: 'email,result,reason\njohn.roe@client.example,undeliverable,rejected_email\njane.old@client.example,undeliverable,invalid_domain\n', kind: 'none' },
  { name: 'warm-up weekly report', from: 'lemwarm <hello@lemwarm.example>', subject: 'Your weekly warm-up report for sales@acme.example', body: 'Deliverability score: 87/100\n\nLanded in inbox: 412\nLanded in spam: 23\nBounced: 2 (john.roe@client.example: 550 5.1.1 user unknown; jane.old@client.example: mailbox unavailable)\n\nTip: remove bounced addresses from your campaigns.\n', kind: 'none' },
  { name: 'verifier report with a notice-like subject', from: 'NeverBounce <support@neverbounce.example>', subject: 'Undeliverable addresses found in prospects-nov.csv', body: 'Your job has finished. We found 3 undeliverable addresses:\n\njohn.roe@client.example   invalid   mailbox does not exist\njane.old@client.example   invalid   550 5.1.1 user unknown\nsales@defunct.example   invalid   domain not found\n\nRemove them before your next campaign.\n', kind: 'none' },
  { name: 'warm-up "delivery report" with bounced addresses', from: 'Mailreach <reports@mailreach.example>', subject: 'Weekly delivery report for sales@acme.example', body: 'Your weekly delivery report\n\nInbox: 91%  Spam: 7%  Undelivered: 2%\n\nUndelivered:\njohn.roe@client.example - 550 5.1.1 The email account that you tried to reach does not exist\njane.old@client.example - mailbox full\n', kind: 'none' },
  { name: 'ESP "undelivered emails" summary', from: 'Mailchimp <no-reply@mailchimp.example>', subject: 'Campaign report: 2 emails could not be delivered', body: 'Your campaign "November" was sent to 500 recipients.\n\n2 emails could not be delivered (hard bounces):\njohn.roe@client.example - user unknown\njane.old@client.example - domain does not exist\n\nThese addresses have been cleaned from your audience.\n', kind: 'none' },
  { name: 'campaign tool bounce summary (not a notice)', from: 'Outreach Tool <notifications@outreach.example>', subject: 'Campaign "November" summary: 3 bounces', body: 'Campaign summary\n\nSent: 500   Opened: 212   Replied: 14   Bounced: 3\n\nBounced addresses:\njohn.roe@client.example - hard bounce (user unknown)\njane.old@client.example - hard bounce (domain not found)\nmax@busy.example - soft bounce (mailbox full)\n', kind: 'none' },
]

/** Rendered text as Gmail / Outlook on the web show it (parseBounceText), with the page's subject and sender. */
interface Rendered {
  name: string
  text: string
  /** The page's subject and sender; "" when the page gave none. */
  subject: string
  from: string
  kind: ReportKind | ReportKind[]
}
const RENDERED: Rendered[] = [
  { name: 'OOF (ja) rendered', subject: '自動返信: ご提案', from: '山田 花子 <hanako@client.example>', text: '退職のため、このメールアドレスは現在使用されていません。メールは転送されません。\n', kind: AUTO },
  { name: 'OOF (zh-TW) rendered', subject: '自動回覆: 方案', from: '王芳 <wangfang@client.example>', text: '我已離職，此信箱將關閉，郵件不會被轉寄。請聯絡 info@client.example。\n', kind: AUTO },
  { name: 'OOF (pl) rendered', subject: 'Automatyczna odpowiedź: Oferta', from: 'Anna Kowalska <anna@client.example>', text: 'Nie pracuję już w firmie. Ta skrzynka nie jest monitorowana, a wiadomość nie zostanie dostarczona do nikogo.\n', kind: AUTO },
  { name: 'OOF (ko) rendered', subject: '자동 회신: 제안', from: '김민지 <minji@client.example>', text: '퇴사하여 이 메일 주소는 더 이상 사용되지 않습니다.\n', kind: AUTO },
  { name: 'left-the-company reply, own subject, rendered', subject: 'Jane Doe has left Client Corp', from: 'Jane Doe <jane.doe@client.example>', text: 'This email address is no longer active and will be closed. Your message was not delivered to anyone at Client Corp. Please write to office@client.example.\n', kind: QUIET },
  { name: 'ticket acknowledgement rendered', subject: 'Your request has been received [#12345]', from: 'Client Support <support@client.example>', text: 'Your message to support@client.example has been received. This mailbox is not monitored for replies; replies will not be delivered.\n', kind: QUIET },
  { name: 'M365 quarantine rendered', subject: 'Microsoft 365 security: You have messages in quarantine', from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', text: 'You have 1 new message in quarantine. This message was blocked and has not been delivered to your mailbox.\n\nSender: john.roe@client.example\nSubject: Re: Proposal\nRelease | Block sender | Review\n', kind: 'none' },
  { name: 'Mimecast hold digest rendered', subject: 'Mimecast Personal Portal: You have 2 new messages on hold', from: 'Mimecast <postmaster@acme.example>', text: 'The following messages have been held for review and were not delivered to your inbox.\n\njohn.roe@client.example   Re: Proposal   Rejected: policy\n', kind: 'none' },
  { name: 'DMARC aggregate rendered', subject: 'Report Domain: acme.example Submitter: google.com Report-ID: 1234567890', from: 'noreply-dmarc-support@google.com', text: 'This is an aggregate report from google.com.\n\n3 messages failed DMARC and were rejected.\n', kind: 'none' },
  { name: 'read receipt (de) rendered', subject: 'Gelesen: Angebot', from: 'Jana Müller <jana@client.example>', text: 'Ihre Nachricht\n\nAn: jana@client.example\nBetreff: Angebot\n\nwurde am Montag, 3. November 2025 10:12 gelesen.\n', kind: QUIET },
  { name: 'meeting decline (fr) rendered', subject: 'Refusé : Démo', from: 'Jeanne Dupont <jeanne@client.example>', text: 'Jeanne Dupont a refusé cette réunion.\njeanne@client.example : indisponible.\n', kind: QUIET },
  { name: 'Google Groups moderator rejection rendered', subject: 'Your message to sales-team@googlegroups.com has been rejected by the moderator', from: 'sales-team+owners@googlegroups.com', text: 'Your message to sales-team@googlegroups.com has been rejected by a moderator of the group.\n', kind: QUIET },
  { name: 'Thunderbird return receipt (deleted) rendered', subject: 'Return Receipt (deleted) - Proposal', from: 'Jane Doe <jane.doe@client.example>', text: 'This is a Return Receipt for the mail that you sent to jane.doe@client.example.\n\nNote: The message was deleted without being displayed. There is no guarantee that it was read.\n', kind: QUIET },
  { name: 'Thunderbird return receipt (de) rendered', subject: 'Empfangsbestätigung (gelöscht) - Angebot', from: 'Jana Müller <jana@client.example>', text: 'Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an jana@client.example gesendet haben.\n\nDie Nachricht wurde gelöscht, ohne angezeigt zu werden.\n', kind: QUIET },
  { name: 'Jira request not created rendered', subject: "We couldn't create your request", from: 'Client IT <jira@client.atlassian.example>', text: "We couldn't create a request from your email to support@client.example because you don't have permission to raise requests.\n", kind: QUIET },
  { name: 'quarantine digest rendered without subject or sender', subject: '', from: '', text: 'You have 2 new messages in quarantine. These messages were blocked and have not been delivered to your mailbox.\n\nSender: john.roe@client.example\nSubject: Re: Proposal\nRelease | Block sender\n', kind: 'none' },
  { name: 'ESP campaign report rendered, notice-like subject', subject: 'Campaign report: 2 emails could not be delivered', from: 'Mailchimp <no-reply@mailchimp.example>', text: '2 emails could not be delivered (hard bounces):\njohn.roe@client.example - user unknown\njane.old@client.example - domain does not exist\n', kind: 'none' },
  { name: 'verifier table rendered', subject: 'Your list "prospects-nov.csv" has been verified', from: 'NeverBounce <support@neverbounce.example>', text: 'Sample of invalid results:\njohn.roe@client.example   invalid   mailbox does not exist\nsales@defunct.example   invalid   domain not found\n', kind: 'none' },
]

// Notices beside these families stay notices: a gateway's notice to the sender that its message was
// quarantined and refused, Gmail's DSN for a group address that may not exist (not a list's own
// decision), and an NDR whose returned subject holds a report's words.
const STILL_NOTICES: (Row & { failed: string })[] = [
  { name: 'gateway refused the sender\'s message (quarantine words)', from: 'Mail Delivery System <postmaster@mx.client.example>', subject: 'Undeliverable: Proposal', body: 'Your message to jane.doe@client.example could not be delivered.\nIt was quarantined by the mail filter and rejected.\n\n<jane.doe@client.example>: 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown in virtual mailbox table\n', kind: 'bounce', failed: 'jane.doe@client.example' },
  { name: 'Gmail DSN: group may not exist or no permission to post', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)', headers: ['Auto-Submitted: auto-replied'], body: "** Address not found **\n\nYour message wasn't delivered to sales-team@googlegroups.com because the address couldn't be found, or is unable to receive mail.\n\nThe group you tried to contact (sales-team) may not exist, or you may not have permission to post messages to the group.\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n", kind: 'bounce', failed: 'sales-team@googlegroups.com' },
  { name: 'Exchange NDR of a meeting invitation, text and the returned invitation', from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', subject: 'Undeliverable: Invitation: Demo @ Tue 4 Nov', parts: [`${TEXT}\nDelivery has failed to these recipients or groups:\n\njane.doe@client.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n`, 'Content-Type: message/rfc822\n\nFrom: Sam Sales <sales@acme.example>\nTo: jane.doe@client.example\nSubject: Invitation: Demo @ Tue 4 Nov\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n'], kind: 'bounce', failed: 'jane.doe@client.example' },
  { name: 'a server\'s text-only refusal naming the departed person, with its code', from: 'Client Mail <noreply@client.example>', subject: 'Undeliverable: Proposal', body: 'Your message to jane.doe@client.example was rejected.\n\n550 5.1.1 <jane.doe@client.example>: Jane Doe no longer works at Client Corp. This mailbox is no longer active.\n', kind: 'bounce', failed: 'jane.doe@client.example' },
  { name: 'Postfix bounce of a message titled "Quarantine summary"', from: 'MAILER-DAEMON@mx.acme.example (Mail Delivery System)', subject: 'Undelivered Mail Returned to Sender', body: "This is the mail system at host mx.acme.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\nSubject: You have 3 new messages in quarantine\n\n<jane.doe@client.example>: host mx.client.example[192.0.2.5] said: 550 5.1.1\n    <jane.doe@client.example>: Recipient address rejected: User unknown (in reply\n    to RCPT TO command)\n", kind: 'bounce', failed: 'jane.doe@client.example' },
]

const FAILURE_VERDICTS = ['remove', 'retry', 'fix-sending']

function check(r: Report, kind: ReportKind | ReportKind[]): void {
  const kinds = Array.isArray(kind) ? kind : [kind]
  const summary = r.recipients.map((x) => `${x.address} ${x.action} ${x.verdict}`)
  expect(kinds, `kind ${r.kind} (${r.decoder}): ${summary.join('; ')}`).toContain(r.kind)
  expect(r.decoder).not.toBe('unread')
  expect(r.recipients.filter((x) => x.action === 'failed' || x.action === 'delayed' || FAILURE_VERDICTS.includes(x.verdict)).map((x) => x.address)).toEqual([])
  for (const x of r.recipients) expect(classifyEvent(x)).toBe('ignore')
  expect(eventsOf(r, 'mid:nb-1@client.example', '2025-11-04T08:00:00.000Z')).toEqual([])
}

const FAMILIES: [string, Row[]][] = [
  ['auto-replies', AUTOREPLIES],
  ['ticket acknowledgements', TICKETS],
  ['DMARC and TLS reports', REPORTS],
  ['security digests', SECURITY],
  ['receipts', RECEIPTS],
  ['recalls, calendar, collaboration', CALENDAR],
  ['mailing lists', LISTS],
  ['verification and warm-up reports', VERIFIERS],
]

describe('machine-made mail is never a bounce (issue 9, second table)', () => {
  for (const [family, rows] of FAMILIES) {
    describe(family, () => {
      for (const row of rows) {
        for (const [ending, to] of ENDINGS) {
          it(`${row.name} (${ending})`, async () => {
            const r = await parseBounce(to(raw(row)))
            if (r.kind === 'error') throw new Error(r.error)
            check(r, row.kind)
          })
        }
      }
    })
  }

  describe('notices beside these families stay notices', () => {
    for (const row of STILL_NOTICES) {
      for (const [ending, to] of ENDINGS) {
        it(`${row.name} (${ending})`, async () => {
          const r = await parseBounce(to(raw(row)))
          if (r.kind === 'error') throw new Error(r.error)
          expect(r.kind).toBe('bounce')
          expect(r.recipients.filter((x) => x.action === 'failed').map((x) => [x.address, x.verdict])).toEqual([[row.failed, 'remove']])
        })
      }
    }
  })

  // Outlook on the web's NDR as rendered may show a transport rule's text without its code; from
  // Exchange's system mailbox it stays a bounce.
  describe('rendered notices beside these families stay notices', () => {
    const text = "Your message to jane.doe@client.example couldn't be delivered.\n\nThis mailbox is no longer active. Jane Doe no longer works at Client Corp.\n\njane.doe\nOffice 365\nAction Required\nRecipient\n"
    for (const from of ['Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@client.example>', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@client.example', 'Microsoft Outlook']) {
      for (const [ending, to] of ENDINGS) {
        it(`Exchange NDR, departed person, from ${from} (${ending})`, () => {
          const r = parseBounceText(to(text), { subject: 'Undeliverable: Proposal', from })
          expect(r.kind).toBe('bounce')
          expect(r.recipients.map((x) => [x.address, x.action, x.verdict])).toEqual([['jane.doe@client.example', 'failed', 'remove']])
        })
      }
    }
  })

  describe('rendered webmail text', () => {
    for (const row of RENDERED) {
      for (const [ending, to] of ENDINGS) {
        it(`${row.name} (${ending})`, () => {
          check(parseBounceText(to(row.text), { subject: row.subject || undefined, from: row.from || undefined }), row.kind)
        })
      }
    }
  })
})
