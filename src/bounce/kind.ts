/**
 * What a message is, before and after decoding: an auto-reply (RFC 3834 / out-of-office), a
 * feedback report (ARF, RFC 5965), or something to decode as a notice.
 */
import type { ParsedMessage } from './mime/parsed-message'
import { LIST_REPORT_BODY, LIST_REPORT_SUBJECT, NOTICE_SENDER, NOTICE_SUBJECT } from './notice-words'
import { forTest } from './fast-alternation'

/**
 * Out-of-office subjects in the languages Outlook / Exchange, Gmail and Zimbra localise them into
 * (Outlook's "Automatic reply:" is also "Automatiskt svar" sv, "Automatisk svar" da/nb, "Automatikus
 * válasz" hu, "Автоматический ответ" ru, "Αυτόματη απάντηση" el; and, from Outlook's localised
 * OOF prefixes, "Automatyczna odpowiedź" pl, "Răspuns automat" ro, "Автоматична відповідь" uk,
 * "Автоматичен отговор" bg, "Automatski odgovor" hr/sr, "Automatická odpoveď" sk, "Samodejni
 * odgovor" sl, "Automaatne vastus" et, "Automātiskā atbilde" lv, "Automatinis atsakymas" lt,
 * "Resposta automàtica" ca, "自動回覆" zh-TW, "자동 회신" ko, "תשובה אוטומטית" he, "رد تلقائي" ar,
 * "Trả lời tự động" vi, "ตอบกลับอัตโนมัติ" th, "Balasan otomatis" id; "Fuori sede" it).
 */
const VACATION_SUBJECT = /(?:out of (?:the )?office|auto(?:matic)?[ -]?reply|autoresponse|auto[ -]response|vacation|on leave|absence du bureau|r[ée]ponse automatique|absent du bureau|risposta automatica|fuori ufficio|assente|abwesenheit|automatische antwort|respuesta autom[áa]tica|fuera de la oficina|ausente|resposta autom[áàa]tica|automatyczna odpowied[źz]|r[ăa]spuns automat|автоматична відповідь|автоматичен отговор|automatski odgovor|automatick[áa] odpove[ďd]|samodejni odgovor|automaatne vastus|autom[āa]tisk[āa] atbilde|automatinis atsakymas|fuori sede|自動回覆|자동 회신|תשובה אוטומטית|رد تلقائي|trả lời tự động|ตอบกลับอัตโนมัติ|balasan otomatis|fora do escrit[óo]rio|afwezig|automatisch antwoord|niet aanwezig|autosvar|automatiskt svar|automatisk svar|automatikus válasz|автоматический ответ|αυτόματη απάντηση|automaattinen vastaus|odpowied[źz] automatyczna|automatick[áa] odpov[ěe]ď|otomatik yan[ıi]t|不在|自動応答|自動返信|自动回复|자동 응답)/i

/** Senders whose mail is a system notice, never a person's auto-reply. */
const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon|mail\.delivery|mailer|bounce|bounces|nobody|root|mmdf|smtp|mdaemon|noreply-dmarc)(?:[+\-@]|$)/i

export function isSystemSender(from: string): boolean {
  return SYSTEM_SENDER.test(from)
}

/**
 * A notice's sender by its name or address (NOTICE_SENDER: "Mail Delivery System", "Microsoft
 * Outlook" …) or Exchange's system mailbox ("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…");
 * the raw From header too, since a webmail page's sender reaches parseBounceText as one string.
 */
export function isNoticeSender(m: ParsedMessage): boolean {
  return NOTICE_SENDER.test(`${m.header('from')} ${m.from} ${m.fromName}`) || /^microsoftexchange[0-9a-f]{32}@/.test(m.from)
}

export function hasBounceStructure(m: ParsedMessage): boolean {
  return m.deliveryStatus !== '' || m.reportType === 'delivery-status'
}

/** Hotmail's pre-ARF complaint format (corpus arf-22..24): "complaint about message from <ip>". */
const HOTMAIL_COMPLAINT = /^complaint about message from /i

/**
 * Complaints written as plain text (issue 9): abuse desks and ISPs without ARF ("Spam complaint",
 * "Abuse report [#1234]", "one of our users reported the message below as spam"), SpamCop's reports
 * ("[SpamCop (…) id:…]"), and DMARC failure ("forensic") reports (RFC 7489 §7.3). A notice's own subject ("Undelivered Mail…") or a DSN part always wins,
 * so a bounce that says "rejected as spam" or Yahoo's "user complaints" stays a bounce.
 */
const COMPLAINT_SUBJECT = /(?:spam complaint|dmarc (?:failure|forensic) report|forensic report|abuse (?:report|complaint)|complaint regarding|spam report|feedback loop|\bfbl\b|\[spamcop \()/i
const COMPLAINT_BODY = /(?:(?:user|recipient|customer|subscriber|member)s? (?:has |have )?(?:reported|marked|flagged) (?:(?:the|this|your) )?(?:message|e-?mail|mail)?\s?(?:below |above )?as (?:spam|junk|abuse)|we (?:have )?received an? (?:spam |abuse )?complaint about|this is an (?:e-?mail )?abuse report)/i

export function isFeedbackReport(m: ParsedMessage): boolean {
  if (m.reportType === 'feedback-report' || m.feedbackReport !== '') return true
  if (HOTMAIL_COMPLAINT.test(m.subject.trim()) && /@hotmail\.com$/.test(m.from)) return true
  if (!hasBounceStructure(m) && !NOTICE_SUBJECT.test(m.subject) && (COMPLAINT_SUBJECT.test(m.subject) || COMPLAINT_BODY.test(m.text.slice(0, 2048)))) return true
  // Non-standard ARF variants (the corpus's arf-*): Feedback-Type inline in the body. A DMARC failure
  // report (RFC 7489 §7.3, RFC 6591 "Feedback-Type: auth-failure") some receivers send as plain text
  // says our mail failed authentication there: a report about the sender, never a dead recipient.
  const top = m.text.slice(0, 16 * 1024)
  return (m.contentType.startsWith('multipart/') ? /^feedback-type:\s*\w/im : /^feedback-type:\s*auth-failure\b/im).test(top) && !hasBounceStructure(m)
}

/**
 * Strong signs of a person's auto-reply, checked before any decoder runs. "I no longer work here,
 * this mailbox is not monitored" replies are auto-replies too: the report has kind `autoreply` and
 * no recipient. The person left, but the server accepted the message and the address still works,
 * so nothing goes to Remove (which is for addresses that bounce); a salesperson learns who replaces
 * them from the reply itself, and a later hard bounce of that address will remove it (issue 9).
 */
export function looksLikeAutoreply(m: ParsedMessage): boolean {
  if (hasBounceStructure(m) || isSystemSender(m.from)) return false
  if (m.header('x-autoreply') || m.header('x-autorespond') || m.header('x-autoresponder')) return true
  if (/^auto_reply$/i.test(m.header('precedence').trim())) return true
  if (/auto-replied/i.test(m.header('auto-submitted')) && VACATION_SUBJECT.test(m.subject)) return true
  // Neither from a notice's sender by name or Exchange's system mailbox, whose rendered NDR may show
  // a transport rule's "This mailbox is no longer active" without its code.
  if (!isNoticeSender(m) && (inboxRuleReply(m) || departureNote(m))) return true
  return vacationSubject(m.subject)
}

/**
 * Exchange stamps X-MS-Exchange-Inbox-Rules-Loop with the mailbox whose inbox rule sent the message
 * (a "reply using a template" rule): when that mailbox is the sender, its own rule answered, so the
 * address took the message, whatever the template's subject says ("Message not delivered - Jane has
 * left"). A rule's forward of someone else's notice names another mailbox than its From.
 */
function inboxRuleReply(m: ParsedMessage): boolean {
  const loop = m.header('x-ms-exchange-inbox-rules-loop').trim().toLowerCase()
  return loop !== '' && m.from !== '' && loop.includes(m.from)
}

/**
 * A departed person's note from their own mailbox, with no machine header ("Undeliverable - Jane Doe
 * no longer works here: I no longer work at Client Corp, this mailbox is not monitored"): the words
 * of the "left the company" auto-replies (non-bounces.test.ts) in the first person or about "this
 * mailbox", and no reply code or status anywhere at the top. A server's refusal of a departed
 * person's address comes from a mail system (postmaster, MAILER-DAEMON, checked above) and carries its
 * code ("550 5.1.1 … no longer works here"); this note came from the address itself, which took the
 * message (issue 9: nothing for Remove).
 */
const DEPARTURE = /(?:\bi (?:no longer|don't|do not) work (?:at|for|here|with)|\bi (?:have|'ve) left (?:the (?:company|firm|organi[sz]ation|business|team))|\b(?:this|my) (?:mailbox|inbox|e-?mail(?: address)?|address) (?:is|will) (?:no longer|not) (?:be )?(?:monitored|in use|active|read|checked)|ich bin nicht mehr (?:im unternehmen|bei|für)|(?:dieses )?postfach wird nicht mehr (?:gelesen|abgerufen)|je ne (?:fais plus partie|travaille plus)|n'est plus (?:consultée|lue|active)|non lavoro più|non è più (?:monitorata|attiva)|ya no trabajo|ya no (?:se supervisa|está activo)|já não trabalho|não trabalho mais|não é (?:mais )?monitorizada|niet langer werkzaam|wordt niet meer gelezen|nie pracuję już|nie jest monitorowana|jag har slutat|я больше не работаю|退職|已离职|已離職)/i
/** A status ("5.1.1") or a reply code before its text ("550 User unknown", not a phone number's "221 123456"). */
const CODE_AT_TOP = /(?:^|[^\d.])[45]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)|(?:^|[^\d.+\-()])[45]\d\d[ -](?=[a-z#<])/im

function departureNote(m: ParsedMessage): boolean {
  if (m.from === '') return false
  const top = m.text.slice(0, 2048)
  return DEPARTURE.test(top) && !CODE_AT_TOP.test(top)
}

/** Notice words in a subject: "Undeliverable: Automatic reply: x" is a notice about an auto-reply. */
const NOTICE_IN_SUBJECT = /undeliver|delivery|returned|failure|failed|non remis|unzustellbar|non recapitabile/i

/**
 * An out-of-office subject that is not a notice about one. What comes first decides: Exchange and
 * Gmail put their own prefix before the original subject, so "Automatic reply: Failed payments cost
 * you 9%" is the person's auto-reply to a prospecting email about failed payments, while
 * "Undeliverable: Automatic reply: Proposal" is a notice (issue 9: a sales subject's own words must
 * not turn an auto-reply into a notice).
 */
function vacationSubject(subject: string): boolean {
  const vacation = VACATION_SUBJECT.exec(subject)
  if (!vacation) return false
  const notice = NOTICE_IN_SUBJECT.exec(subject)
  return !notice || vacation.index < notice.index
}

/** LIST_REPORT_BODY as asked here (whether the opening holds it): grouped for V8 (fast-alternation.ts). */
const SAYS_LIST_REPORT = forTest(LIST_REPORT_BODY)

/**
 * A list manager's report to the list's owner about a member's bounces (notice-words.ts
 * LIST_REPORT_SUBJECT): the attached bounce was not about the reader's message, so nothing in it is
 * read (issue 9: a report that quotes a bounce is not one).
 */
export function isListManagerReport(m: ParsedMessage): boolean {
  return LIST_REPORT_SUBJECT.test(m.subject) || SAYS_LIST_REPORT.test(m.text.slice(0, 1024))
}

/** Weaker signs, used only when no decoder found a failed recipient (exim's bounces also carry Auto-Submitted). */
export function isAutoSubmittedReply(m: ParsedMessage): boolean {
  if (isSystemSender(m.from)) return false
  return /auto-replied/i.test(m.header('auto-submitted'))
}
