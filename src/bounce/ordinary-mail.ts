/**
 * Ordinary mail that talks about a notice or quotes one is not a notice (issue 9: no non-bounce is
 * ever taken for a bounce; the mbox import runs the engine on every message its header pre-filter
 * lets through). Three families, found by running the engine on thousands of ordinary messages and
 * on messages written for `ordinary-mail.test.ts`:
 * - list traffic: a post or digest carries the list's own headers (RFC 2369 / RFC 2919 List-Id,
 *   List-Post; RFC 1341 multipart/digest; Mailman's "<list> Digest, Vol n, Issue m"); a member's post
 *   quoting an Exim or Postfix notice ("I keep getting this: …") was read by the Exim dialect;
 * - a person's reply or forward ("Re:", "Fwd:", "AW:", also behind a tag: "[users] Fwd:"), which
 *   quotes or pastes the notice the person got (the text fallback already ignored it; the dialects
 *   read the pasted Postfix or Exim text);
 * - a person's forward under their own subject: the person's note, then the client's forward header ("---------- Forwarded
 *   message ---------" Gmail, "-----Original Message-----" / "-----Ursprüngliche Nachricht-----"
 *   Outlook, "Begin forwarded message:" Apple Mail, "-------- Message transféré --------"
 *   Thunderbird; a quote header "… wrote:" in the clients' languages) and the notice the person got, which is about their mail, not the reader's;
 * - a helpdesk's alert about a ticket ("[Ticket#8841] …", "New Ticket [#8841]: …") whose text is
 *   the customer's message, a notice the customer got included;
 * - a person's letter about a bounce ("Hi team, my mails to x@y are returned undeliverable … Thanks,
 *   Bob"): a greeting line and a closing line frame it, which no daemon's notice has; or it asks
 *   ("Mail to x@y bounced again, 550 user unknown. Any idea why?"): a line of the person's own text
 *   that ends with a question mark, which no notice writes above its report.
 * Never for a message with a DSN part, or from a mail system's own sender (MAILER-DAEMON,
 * postmaster, "Mail Delivery System"): their notices may quote anything.
 */
import type { ParsedMessage } from './mime/parsed-message'
import { hasBounceStructure, isSystemSender } from './kind'
import { NOTICE_BODY, NOTICE_SENDER, REPLY_SUBJECT } from './notice-words'
import { splitLines } from './split-lines'
import { forTest } from './fast-alternation'

const LIST_HEADERS = ['list-id', 'list-post', 'list-unsubscribe']
const DIGEST_TYPE = /^multipart\/digest/i
const DIGEST_SUBJECT = /\bdigest,? vol(?:ume)?\.? ?\d/i

/**
 * A mail client's forward or quote header, on its own line, in the languages clients write it.
 * Outlook's rule of underscores heads the quoted message's "From:"/"De :"/"Von:" block; a rule over
 * other text is a disclaimer's or a footer's (a gateway appends one under a daemon's notice:
 * transport-gateways.test.ts).
 */
const FORWARD_MARKER = /^[ \t>]*(?:-{2,} ?(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|message original|messaggio inoltrato|messaggio originale|mensaje reenviado|mensaje original|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht|oprindelig meddelelse|vidarebefordrat meddelande|ursprungligt meddelande|videresendt melding|opprinnelig melding) ?-{2,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|début du message réexpédié :|_{20,}(?=[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t>]*[^\s:]{1,20} ?:)|.{0,200}\b(?:wrote|a écrit|ha scritto|escribió|escreveu|schreef|skrev) ?:|.{0,200}\bschrieb\b.{0,100}:)[ \t]*$/im

/**
 * A helpdesk's ticket tag or alert at the subject's start (OTRS / Znuny "[Ticket#2025110310000011]",
 * Zammad "[Ticket#31001]", Freshdesk / Zendesk "[#8841]", osTicket "New Ticket Alert"): the
 * helpdesk tells its agent about a customer's message, which may be a notice the customer got.
 */
const TICKET_SUBJECT = /^\s*(?:\[[^\]\r\n]{0,30}(?:ticket|#\s?\d)[^\]\r\n]{0,30}\]|(?:new )?ticket\b[^:\r\n]{0,40}(?:#\s?\d|alert|:))/i

/** A line of the person's note that names an address and says it failed: then the note is the notice. */
const NOTE_FAILURE = /@[^\s]+.{0,120}(?:fail|undeliver|not delivered|could not be delivered|rejected|unknown|does not exist|zugestellt|remis|recapitat|entregad)|(?:fail|undeliver|not delivered|could not be delivered|rejected|unknown|does not exist)\b.{0,120}@/i

/** The greeting that opens a letter ("Hi team,", "Dear customer,", "Hallo Herr Meier,", "Bonjour,"). */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen)|bonjour|bonsoir|cher|chère|ciao|buongiorno|buonasera|gentile|salve|hola|estimad[oa]s?|buenos días|buenas tardes|olá|oi|prezad[oa]s?|bom dia|boa tarde|beste|geachte|hoi|hej)(?:[ \t]+[\p{L}' \-]{1,40})?[ \t]*[,!]?[ \t]*$/iu

/** The closing of a letter ("Thanks,", "Kind regards", "Mit freundlichen Grüßen", "Cordialement"). */
const CLOSING = /^(?:thanks?|thank you|many thanks|thanks in advance|cheers|regards|best|best regards|best wishes|kind regards|warm regards|sincerely|yours|please advise|grüße|gruß|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|danke|vielen dank|merci|cordialement|bien à vous|bien cordialement|amitiés|saluti|cordiali saluti|distinti saluti|grazie|saludos|un saludo|saludos cordiales|gracias|atenciosamente|abraços|obrigad[oa]|met vriendelijke groet(?:en)?|groeten|bedankt|mvh|med vänlig hälsning)\b[^\n]{0,30}$/iu

/**
 * A letter signed by a mail system is its notice (Zammad's email_oversized templates: "Hallo …, Ihre
 * E-Mail … konnte nicht … zugestellt werden … Mit freundlichen Grüßen / Postmaster von <host>").
 */
const SYSTEM_SIGNER = /postmaster|mailer|mail (?:server|system|delivery)|mailserver|servidor de correo|serveur de (?:messagerie|courrier)|server di posta|e-mail-server|mail-server/i

/** How far into the text a letter's frame or a forward header is looked for. */
const TOP = 8 * 1024

export function isOrdinaryMail(m: ParsedMessage): boolean {
  if (hasBounceStructure(m) || isSystemSender(m.from) || NOTICE_SENDER.test(`${m.from} ${m.fromName}`)) return false
  if (isListTraffic(m)) return true
  const text = m.text.slice(0, TOP)
  if (TICKET_SUBJECT.test(m.subject)) return true
  if ((REPLY_SUBJECT.test(m.subject) || forwardsNotice(text)) && !toSelf(m)) return true
  // A letter's frame or a question is a person's only when the message does not mark itself as
  // machine-made: RFC 3834 Auto-Submitted (DSNs and other notices carry it), Exim's X-Failed-Recipients.
  return !machineMade(m) && (isLetter(text) || asks(text))
}

function machineMade(m: ParsedMessage): boolean {
  return /^\s*auto-(?:generated|replied|notified)/i.test(m.header('auto-submitted')) || m.header('x-failed-recipients').trim() !== ''
}

/**
 * A forward to one's own other mailbox (the same local part or the same name on both sides, corpus
 * lhost-sendmail-14: "Shironeko" forwards the notice they got to their other address) hands on the
 * reader's own notice: it is still read.
 */
function toSelf(m: ParsedMessage): boolean {
  const to = m.header('to')
  const local = m.from.split('@')[0]
  const toLocals = [...to.matchAll(/([^\s<>"',;:]+)@/g)].map((x) => x[1].toLowerCase())
  if (local && toLocals.includes(local.toLowerCase())) return true
  const name = m.fromName.split(/[\s,]+/)[0]?.toLowerCase() ?? ''
  return name.length > 2 && to.toLowerCase().replace(/<[^>]*>/g, '').split(/[\s,"]+/).includes(name)
}

function isListTraffic(m: ParsedMessage): boolean {
  return LIST_HEADERS.some((h) => m.header(h).trim() !== '') || DIGEST_TYPE.test(m.contentType) || DIGEST_SUBJECT.test(m.subject)
}

/** NOTICE_BODY as asked here (whether the note holds it): grouped for V8 (fast-alternation.ts). */
const NOTICE_OPENING = forTest(NOTICE_BODY)

/** A forward header with the person's note above it; the note neither is a notice nor names a failed address. */
function forwardsNotice(text: string): boolean {
  const marker = FORWARD_MARKER.exec(text)
  if (!marker) return false
  const note = text.slice(0, marker.index)
  return !NOTICE_OPENING.test(note) && !splitLines(note).some((line) => NOTE_FAILURE.test(line))
}

/** A line of the person's own text that ends with a question ("Any idea why?", "Können Sie das prüfen?"). */
const QUESTION = /[\p{L})] ?[?？¿]\s*$/mu

/** The person asks about it: a question in the first lines, above any quoted or pasted copy. */
function asks(text: string): boolean {
  const top = splitLines(text).slice(0, 12).filter((l) => !/^\s*>/.test(l)).join('\n')
  return QUESTION.test(top)
}

/** A greeting on the first line and a closing line among the last ones (before any signature). */
function isLetter(text: string): boolean {
  const body = text.split(/^--[ \t]?$/m)[0]
  const lines = splitLines(body).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('>'))
  if (lines.length < 3 || !GREETING.test(lines[0])) return false
  const last = lines.slice(-4)
  return last.some((l) => CLOSING.test(l)) && !last.some((l) => SYSTEM_SIGNER.test(l))
}
