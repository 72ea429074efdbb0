/**
 * What a returned-message notice looks like from the outside (sender and subject), as data.
 * The Atom poller and the content scripts use these to decide which messages are worth fetching;
 * the engine then decides what a fetched message really is, so a false positive here costs one fetch
 * and a miss costs a bounce: the tables lean towards catching.
 *
 * Sources: shared/GMAIL-FORMATS.md ("How notices look in the inbox"), the Subject and From headers of
 * test/fixtures/sisimai/ (checked by tables.test.ts on every file), and the localized Exchange NDR
 * subjects named in issue 2.
 */

/** Local parts of notice senders (compared lower-cased, before the "@"). */
export const SENDER_LOCAL_PARTS: readonly string[] = [
  'mailer-daemon', // Postfix, Exim, Sendmail, Gmail (mailer-daemon@googlemail.com), Yahoo, SES...
  'mailer_daemon',
  'mailerdaemon',
  'mail-daemon',
  'maildaemon',
  'post_master', // Verizon vtext, Apache James (lhost-verizon-02, lhost-apachejames-01)
  'postmaster', // Exchange / Microsoft 365, Domino, iCloud, many hosted domains
  'mailer', // qmail-era "mailer@..."
  'mdaemon', // MDaemon
  'mail.delivery.system',
  'mailadmin',
  'nobody-bounce',
  'bounce', // some appliances send from bounce@<host>
  'bounces',
]

/** Display names of notice senders (compared lower-cased, whole name). */
export const SENDER_NAMES: readonly string[] = [
  'mail delivery subsystem', // Gmail
  'mail delivery system', // Postfix, Exim
  'mail delivery service',
  'mail delivery',
  'microsoft outlook', // Microsoft 365 / Outlook.com NDRs
  'mail administrator',
  'mailer-daemon',
  'mail-daemon',
  'postmaster',
  'mail system',
  'internet mail delivery',
  'delivery subsystem',
  'mail delivery subsystem (google)',
  'system administrator', // Exchange 2003 "Undeliverable:" sender
  'systemadministrator', // German Exchange
  'administrateur système', // French Exchange
  'amministratore di sistema', // Italian Exchange
  'administrador del sistema', // Spanish Exchange
  'administrador do sistema', // Portuguese Exchange
]

/**
 * Subject phrases, lower-cased; a subject containing one is a notice candidate.
 * `at: 'start'` phrases are common words that only mean "notice" at the start of a subject.
 */
export interface SubjectPhrase {
  phrase: string
  lang: string
  at?: 'start'
}

export const SUBJECT_PHRASES: readonly SubjectPhrase[] = [
  // English (RFC 3464 generators and the MTAs in the Sisimai corpus)
  { phrase: 'delivery status notification', lang: 'en' }, // Gmail, Exchange, many
  { phrase: 'undeliverable', lang: 'en' }, // Exchange / Microsoft 365 "Undeliverable: <subject>"
  { phrase: 'undelivered mail', lang: 'en' }, // Postfix "Undelivered Mail Returned to Sender"
  { phrase: 'returned mail', lang: 'en' }, // Sendmail "Returned mail: see transcript for details"
  { phrase: 'mail delivery failed', lang: 'en' }, // Exim
  { phrase: 'mail delivery failure', lang: 'en' },
  { phrase: 'failure notice', lang: 'en' }, // qmail, Yahoo
  { phrase: 'delivery failure', lang: 'en' }, // Domino "DELIVERY FAILURE:"
  { phrase: 'failure delivery', lang: 'en' },
  { phrase: 'failed delivery', lang: 'en' },
  { phrase: 'permanent delivery failure', lang: 'en' },
  { phrase: 'delivery has failed', lang: 'en' },
  { phrase: 'delivery notification', lang: 'en' }, // "Delivery Notification: Delivery has failed"
  { phrase: 'delivery status', lang: 'en' }, // "Delivery Status", "Mail Delivery Status Report"
  { phrase: 'delivery report', lang: 'en' },
  { phrase: 'delivery failed', lang: 'en' },
  { phrase: 'message not delivered', lang: 'en' },
  { phrase: 'could not be delivered', lang: 'en' }, // "Sorry, your message could not be delivered"
  { phrase: 'mail could not be delivered', lang: 'en' },
  { phrase: 'message delivery has failed', lang: 'en' },
  { phrase: 'non-delivery', lang: 'en' },
  { phrase: 'nondeliverable', lang: 'en' },
  { phrase: 'mail system error', lang: 'en' },
  { phrase: 'returning to sender', lang: 'en' }, // "mail failed, returning to sender"
  { phrase: 'returned to sender', lang: 'en' },
  { phrase: 'delayed mail', lang: 'en' }, // Sendmail "Delayed Mail (still being retried)"
  { phrase: 'delivery delayed', lang: 'en' },
  { phrase: 'could not send message for past', lang: 'en' }, // Sendmail warning
  { phrase: 'there was an error sending your mail', lang: 'en' },
  { phrase: 'postmaster notify', lang: 'en' }, // Sendmail
  { phrase: 'mail delivery status', lang: 'en' },
  { phrase: 'blocked by our bulk email filter', lang: 'en' },
  { phrase: 'mail failure', lang: 'en', at: 'start' },
  { phrase: 'aws notification message', lang: 'en', at: 'start' }, // Amazon SES bounces relayed by SNS (lhost-amazonses-09)
  { phrase: 'warning: message', lang: 'en', at: 'start' }, // "Warning: message <id> delayed 24 hours"
  { phrase: 'notice: mail delivery status', lang: 'en', at: 'start' },
  // French (Exchange "Non remis :", others)
  { phrase: 'non remis', lang: 'fr' },
  { phrase: 'non distribuable', lang: 'fr' },
  { phrase: 'échec de la remise', lang: 'fr' },
  { phrase: 'echec de la remise', lang: 'fr' },
  { phrase: 'échec de distribution', lang: 'fr' },
  { phrase: 'message non délivré', lang: 'fr' },
  { phrase: "notification d'état de remise", lang: 'fr' },
  { phrase: 'notification d’état de remise', lang: 'fr' },
  { phrase: 'courrier retourné', lang: 'fr' },
  { phrase: 'remise différée', lang: 'fr' }, // Exchange Online "Delivery delayed", localised
  { phrase: 'recapito ritardato', lang: 'it' },
  { phrase: 'übermittlung verzögert', lang: 'de' },
  { phrase: 'entrega retrasada', lang: 'es' },
  // Italian
  { phrase: 'non recapitabile', lang: 'it' }, // Exchange "Non recapitabile:"
  { phrase: 'mancato recapito', lang: 'it' },
  { phrase: 'notifica dello stato di consegna', lang: 'it' }, // Gmail in Italian
  { phrase: 'messaggio non consegnato', lang: 'it' },
  { phrase: 'impossibile recapitare', lang: 'it' },
  // German
  { phrase: 'unzustellbar', lang: 'de' }, // Exchange "Unzustellbar:"
  { phrase: 'nicht zustellbar', lang: 'de' },
  { phrase: 'zustellung fehlgeschlagen', lang: 'de' },
  { phrase: 'übermittlungsstatusbenachrichtigung', lang: 'de' },
  { phrase: 'nicht zugestellt', lang: 'de' },
  // Spanish
  { phrase: 'no se puede entregar', lang: 'es' }, // Exchange
  { phrase: 'notificación de estado de entrega', lang: 'es' },
  { phrase: 'mensaje no entregado', lang: 'es' },
  { phrase: 'no entregado', lang: 'es' },
  { phrase: 'error de entrega', lang: 'es' },
  { phrase: 'destinatario desconocido', lang: 'es' },
  // Portuguese
  { phrase: 'não_entregue', lang: 'pt' }, // Exchange writes the underscore
  { phrase: 'não entregue', lang: 'pt' },
  { phrase: 'notificação de status de entrega', lang: 'pt' },
  { phrase: 'falha na entrega', lang: 'pt' },
  // Dutch
  { phrase: 'onbestelbaar', lang: 'nl' }, // Exchange "Onbestelbaar:"
  { phrase: 'kan niet worden bezorgd', lang: 'nl' },
  { phrase: 'niet bezorgd', lang: 'nl' },
  // Nordic
  { phrase: 'kan inte levereras', lang: 'sv' },
  { phrase: 'olevererbart', lang: 'sv' },
  { phrase: 'kan ikke leveres', lang: 'da' },
  { phrase: 'kunne ikke leveres', lang: 'nb' },
  { phrase: 'ei voitu toimittaa', lang: 'fi' },
  // Central / Eastern Europe
  { phrase: 'niedostarczalne', lang: 'pl' },
  { phrase: 'niedostarczona', lang: 'pl' },
  { phrase: 'nedoručitelné', lang: 'cs' },
  { phrase: 'teslim edilemedi', lang: 'tr' },
  { phrase: 'не доставлено', lang: 'ru' }, // mail.ru / Yandex "Ваше сообщение не доставлено"
  { phrase: 'недоставленное сообщение', lang: 'ru' },
  { phrase: 'не может быть доставлено', lang: 'ru' },
  // Asian
  { phrase: '配信不能', lang: 'ja' },
  { phrase: '配信できませんでした', lang: 'ja' },
  { phrase: 'メールエラー', lang: 'ja' },
  { phrase: 'メッセージを配信', lang: 'ja' },
  { phrase: '退信', lang: 'zh' },
  { phrase: '无法投递', lang: 'zh' },
  { phrase: '未送达', lang: 'zh' },
  { phrase: '無法傳遞', lang: 'zh-tw' },
  { phrase: '전달되지 않음', lang: 'ko' },
  { phrase: '배달되지 않음', lang: 'ko' },
]

/**
 * Body headings of Gmail's own notices as rendered in its page (shared/GMAIL-FORMATS.md); the
 * content script uses them as a last marker when sender and subject say nothing.
 */
export const BODY_MARKERS: readonly string[] = [
  'Address not found',
  'Message not delivered',
  'Message blocked',
  'Delivery incomplete',
  "Your message wasn't delivered",
  'Delivery has failed to these recipients or groups',
  'This is the mail system at host',
  'This message was created automatically by mail delivery software',
  'Sorry, we were unable to deliver your message', // Yahoo / AOL
  'Delivery to the following recipients failed permanently', // Zoho, older Gmail
  'There was a problem delivering your message to', // Gmail "Message not delivered"
  'There was a temporary problem delivering your message to', // Gmail "Delivery incomplete"
  // Microsoft 365 and Gmail notices in French, Italian, German, Spanish, Portuguese and Dutch
  // (issue 9: a French Microsoft 365 notice, "… est introuvable sur …", and Dutch "kan niet worden
  // bezorgd" were missed). Both apostrophes: Microsoft 365 writes the typographic one.
  'Adresse introuvable',
  'est introuvable sur',
  "n'a pas pu être remis",
  'n’a pas pu être remis',
  "n'a pas été remis",
  'n’a pas été remis',
  'La remise a échoué',
  'Indirizzo non trovato',
  'Impossibile recapitare il messaggio',
  'non è stato recapitato',
  'Recapito non riuscito',
  'Adresse nicht gefunden',
  'konnte nicht zugestellt werden',
  'Fehler bei der Zustellung',
  'No se ha encontrado la dirección',
  'No se pudo entregar',
  'no se ha entregado',
  'Error en la entrega',
  'Endereço não encontrado',
  'Não foi possível entregar',
  'não foi entregue',
  'Falha na entrega',
  'Adres niet gevonden',
  'kan niet worden bezorgd',
  'Bezorging is mislukt',
  // Gmail's other headings and Exchange Online's delay list, in French, Italian, German and Spanish
  // (Gmail's localised notices; Microsoft's localised NDR reference).
  'Message non distribué', 'Message bloqué', 'Distribution incomplète',
  'Messaggio non recapitato', 'Messaggio bloccato', 'Recapito incompleto',
  'Nachricht nicht zugestellt', 'Nachricht blockiert', 'Zustellung unvollständig',
  'Mensaje no entregado', 'Mensaje bloqueado', 'Entrega incompleta',
  'Delivery is delayed to these recipients', 'est différée', 'è stato ritardato', 'wurde verzögert', 'se ha retrasado',
]

/**
 * Subject starts of messages that are never notices, whoever sends them (issue 9): Outlook /
 * Exchange read receipts, delivery and relay receipts and recall messages, in the localisations
 * Outlook uses. "Delivered: x" comes from postmaster like a notice, and a recall report names the
 * recipient beside "failed".
 */
export const RECEIPT_PREFIXES: readonly string[] = [
  'read:', 'not read:', 'delivered:', 'relayed:', 'recall:', 'message recall report', 'message recall failure', 'message recall success',
  'lu :', 'lu:', 'non lu :', 'non lu:', 'remis :', 'remis:', 'rappel :', 'rappel:', // fr
  'gelesen:', 'ungelesen:', 'zugestellt:', 'rückruf:', // de
  'letto:', 'non letto:', 'recapitato:', 'richiamo:', // it
  'leído:', 'no leído:', 'entregado:', 'recuperar:', // es
  'lida:', 'não lida:', 'entregue:', 'recolher:', // pt
  'gelezen:', 'niet gelezen:', 'bezorgd:', 'intrekken:', // nl
  // read receipts in more of Outlook's languages, and its localised recall report (engine RECEIPT_SUBJECT)
  'läst:', 'læst:', 'прочитано:', 'przeczytane:', 'przeczytano:', 'přečteno:', 'okundu:', '開封済み:', '開封済み：', '已读:', '已读：', '已讀:', '已讀：',
  'nachrichtenrückrufbericht', 'rückrufbericht', 'rapport de rappel', 'informe de recuperación', 'rapporto di richiamo', 'rapporto richiamo', 'relatório de recolha',
]

/**
 * Subject starts of a person's auto-reply (RFC 5230 Sieve vacation's "Auto:", Exchange / Outlook's
 * "Automatic reply:" and its localisations): the original subject follows and may hold notice
 * words ("Automatic reply: Failed payments cost you 9%"), which must not make it a candidate.
 */
export const AUTOREPLY_PREFIXES: readonly string[] = [
  'auto:', 'automatic reply', 'auto reply', 'auto-reply', 'autoreply', 'out of office', 'out of the office',
  'réponse automatique', 'absence du bureau', 'risposta automatica', 'automatische antwort', 'abwesenheitsnotiz',
  'respuesta automática', 'resposta automática', 'automatisch antwoord', 'autosvar', 'automatiskt svar', 'automatisk svar',
  'automaattinen vastaus', 'automatikus válasz', 'odpowiedź automatyczna', 'автоматический ответ',
  // Outlook's OOF prefix in more languages (the engine's VACATION_SUBJECT)
  'automatyczna odpowiedź', 'răspuns automat', 'автоматична відповідь', 'автоматичен отговор', 'automatski odgovor',
  'automatická odpověď', 'automatická odpoveď', 'samodejni odgovor', 'automaatne vastus', 'automātiskā atbilde',
  'automatinis atsakymas', 'resposta automàtica', 'otomatik yanıt', 'αυτόματη απάντηση', 'fuori sede',
  '自動返信', '自動応答', '自动回复', '自動回覆', '자동 회신', '자동 응답', 'תשובה אוטומטית', 'رد تلقائي',
  'trả lời tự động', 'ตอบกลับอัตโนมัติ', 'balasan otomatis',
]
