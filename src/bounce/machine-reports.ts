/**
 * Machine-made reports that use a notice's words about something other than the reader's failed
 * mail (issue 9: no non-bounce is ever taken for a bounce). Each is `none` before any reader runs:
 * - a mail-security product's quarantine digest or notification about mail the reader *received*
 *   (it lists the senders of held messages beside "blocked", "rejected", "not delivered");
 * - a report about the reader's domain: DMARC aggregate reports (RFC 7489) and SMTP TLS reports
 *   (RFC 8460), which list receivers, counts and "fail" / "reject" dispositions;
 * - calendar mail (an invitation, a meeting response), whose meeting title may hold notice words;
 * - a verifier's, warm-up tool's or ESP's report on the reader's list or campaign;
 * - a mailing list's decision on one post (a moderator's rejection, no permission to post): the
 *   list's address is alive, so nothing is dead and retrying the same post does not help either.
 * Never for a message with a DSN part; the first two never under a delivery notice's subject, the
 * others never from a mail system's sender.
 */
import type { ParsedMessage } from './mime/parsed-message'
import { hasBounceStructure, isNoticeSender, isSystemSender } from './kind'
import { NOTICE_SUBJECT } from './notice-words'

/**
 * A quarantine digest or notification for the reader, from the vendors' own wordings: Microsoft 365
 * quarantine notifications ("You have messages in quarantine", localised: "Vous avez des messages en
 * quarantaine", "Sie haben Nachrichten in Quarantäne"…), Mimecast's hold-for-review digest ("You have
 * N new messages on hold", "Held messages digest"), Proofpoint's "End User Digest" ("placed in your personal Quarantine"),
 * Cisco's "Spam Quarantine Notification", Sophos / Barracuda summaries ("Quarantine summary",
 * "Quarantäne-Zusammenfassung", "sent to you was quarantined"). Every form speaks of mail held *for*
 * the reader; a gateway's notice to a sender ("your message to x was quarantined") says "your
 * message" and stays a notice.
 */
const QUARANTINE_DIGEST = new RegExp(
  [
    String.raw`you have (?:\d+ )?(?:new )?(?:messages?|e-?mails?) (?:in (?:your )?quarantine|on hold|held for you)`,
    String.raw`\b(?:quarantine|on hold|held messages?|spam)\b.{0,40}\bdigest\b|\bdigest\b.{0,40}\b(?:quarantine|on hold|held messages?)\b`,
    String.raw`vous avez (?:\d+ )?(?:des )?(?:nouveaux? )?messages? en quarantaine`,
    String.raw`sie haben (?:\d+ )?(?:neue )?(?:nachrichten|e-mails) in (?:der )?quarantäne`,
    String.raw`tiene(?:s)? (?:\d+ )?(?:mensajes|correos)(?: nuevos)? en cuarentena`,
    String.raw`hai (?:\d+ )?(?:nuovi )?messaggi in quarantena`,
    String.raw`(?:você )?tem (?:\d+ )?(?:novas )?mensagens em quarentena`,
    String.raw`u heeft (?:\d+ )?(?:nieuwe )?berichten in quarantaine`,
    String.raw`end user digest`,
    String.raw`placed in your (?:personal )?quarantine`,
    String.raw`spam quarantine (?:notification|summary|digest)`,
    String.raw`quarantine (?:summary|digest|report)\b`,
    String.raw`quarantäne-?(?:zusammenfassung|bericht|übersicht)`,
    String.raw`(?:résumé|rapport) de (?:la )?quarantaine`,
    String.raw`(?:sent|addressed) to you (?:was|were|has been|have been) (?:quarantined|held)`,
  ].join('|'),
  'i',
)

/**
 * Reports about the reader's domain: RFC 7489 §7.2.1.1's aggregate report subject ("Report Domain:
 * <domain> Submitter: <org> Report-ID: <id>"), which RFC 8460 §5.3 reuses for TLS reports with the
 * TLS-Report-Domain / TLS-Report-Submitter headers and report-type "tlsrpt"; senders that name the
 * report in their own subject ("DMARC Aggregate Report for x").
 */
const DOMAIN_REPORT_SUBJECT = /(?:\breport[ -]domain:\s*\S+\s+submitter:|\bdmarc (?:aggregate |rua |xml )?report\b)/i

/**
 * RFC 7489 §7.2.1.1's report file name "receiver!policy-domain!begin!end[!unique].xml" (zipped or
 * gzipped; RFC 8460 §5.1 uses the same shape with ".json.gz"), and RFC 8460's media types.
 */
const DOMAIN_REPORT_FILE = /^[^!\s]{1,255}![^!\s]{1,255}!\d{1,12}!\d{1,12}(?:![^!\s]{1,255})?\.(?:xml|json|zip|gz|xml\.gz|json\.gz|xml\.zip)$/i
const DOMAIN_REPORT_TYPE = /^application\/tlsrpt\+(?:gzip|json)$/

function isDomainReport(m: ParsedMessage): boolean {
  if (DOMAIN_REPORT_SUBJECT.test(m.subject) || m.reportType === 'tlsrpt' || m.header('tls-report-domain').trim() !== '') return true
  return m.attachments.some((a) => DOMAIN_REPORT_TYPE.test(a.type) || DOMAIN_REPORT_FILE.test(a.name))
}

/**
 * Calendar mail: an iMIP message (RFC 6047: a text/calendar part, METHOD REQUEST / REPLY / CANCEL)
 * or, as a webmail page shows it, a meeting response's subject from Outlook or Google Calendar
 * ("Accepted:", "Declined:", "Tentative:", "Canceled:", "Invitation:", "Updated invitation:", and
 * Outlook's localisations: fr "Accepté :", "Refusé :", "Provisoire :", "Annulé :"; de "Zugesagt:",
 * "Abgelehnt:", "Mit Vorbehalt angenommen:", "Abgesagt:"; es "Aceptado:", "Rechazado:", "Provisional:",
 * "Cancelado:"; it "Accettato:", "Rifiutato:", "Provvisorio:", "Annullato:"; pt "Aceito:", "Recusado:",
 * "Provisório:"; nl "Geaccepteerd:", "Geweigerd:", "Voorlopig:", "Geannuleerd:"; sv "Accepterat:",
 * "Avböjt:"). The meeting's own title may hold notice words ("Declined: Delivery failure review").
 */
const CALENDAR_TYPE = /^(?:text\/calendar|application\/ics)$/
const MEETING_SUBJECT = /^\s*(?:accepted|declined|tentative|tentatively accepted|cancell?ed(?: event)?|invitation|updated invitation|accepté|refusé|provisoire|annulé|zugesagt|abgelehnt|mit vorbehalt angenommen|abgesagt|aceptado|rechazado|provisional|cancelado|accettato|rifiutato|provvisorio|annullato|aceito|recusado|provisório|geaccepteerd|geweigerd|voorlopig|geannuleerd|accepterat|avböjt)\s?[:：]/i

function isCalendarMail(m: ParsedMessage): boolean {
  return CALENDAR_TYPE.test(m.contentType) || m.attachments.some((a) => CALENDAR_TYPE.test(a.type)) || MEETING_SUBJECT.test(m.subject)
}

/**
 * A list manager's decision on one post: Mailman 2 ("Request to mailing list X rejected", "has been
 * rejected by the list moderator", the non-member auto-reject "You are not allowed to post to this
 * mailing list"), Mailman 3 ("Your message to the X mailing-list was rejected for the following
 * reasons"), Sympa ("rejected by the moderator" / "by list editor", "rejeté par le modérateur"),
 * Google Groups' rejected-message notification ("rejected by a moderator of the group", "You don't
 * have permission to post to this group"), groups.io ("you must be a member of the group to post").
 * From the list's own address, never a mail system's daemon: Gmail's DSN for a group that may not
 * exist is a notice.
 */
const LIST_POST_DECISION = new RegExp(
  [
    String.raw`^request to mailing list .{1,80} rejected`,
    String.raw`(?:rejected|declined) by (?:the|a) (?:list )?(?:moderator|editor)`,
    String.raw`moderator (?:has )?(?:rejected|declined) your`,
    String.raw`your message to the .{1,80} mailing[- ]list was rejected`,
    String.raw`you are not allowed to post to this (?:mailing )?list`,
    String.raw`(?:don't|do not) have permission to post (?:messages )?to (?:this|the) group`,
    String.raw`(?:must be|are not) a member of (?:this|the) group to post`,
    String.raw`rejeté par (?:le|un) modérateur`,
    String.raw`(?:vom|von einem) moderator abgelehnt`,
    String.raw`rechazado por (?:el|un) moderador`,
    String.raw`rifiutato dal moderatore`,
    String.raw`rejeitad[ao] pelo moderador`,
  ].join('|'),
  'im',
)

/**
 * A report about the reader's own list or campaign, from the tools that make them: an address
 * verifier's job report (NeverBounce / ZeroBounce / Kickbox: "Your list has been verified", "Your
 * file is ready", "Valid: n  Invalid: n"), a warm-up tool's report (lemwarm, Mailreach: "warm-up
 * report", "deliverability score"), an ESP's campaign report (Mailchimp: "Campaign report", "n hard
 * bounces", "cleaned from your audience"). They list many addresses beside "invalid",
 * "undeliverable" or a quoted 550, and may call themselves a "delivery report"; none is a notice
 * about the reader's message.
 */
const LIST_REPORT = new RegExp(
  [
    String.raw`\byour (?:list|job|campaign|audience|upload|export|contacts? list)\b`,
    String.raw`\bfile (?:is ready|has been (?:validated|verified|processed|cleaned))`,
    String.raw`\bcampaign (?:report|summary|results?|stats)\b`,
    String.raw`\b(?:email |list )?(?:verification|validation) (?:results?|report|(?:is )?complete|finished)\b`,
    String.raw`\bwarm-?up (?:report|stats|summary|score|results?)\b`,
    String.raw`\b(?:weekly|daily|monthly) (?:delivery|deliverability|warm-?up|sending|campaign) report\b`,
    String.raw`\bdeliverability (?:score|report)\b`,
    // hMailServer's "Remote server replied: 550 …" is a notice's reply line, not a report's count
    // (github.com/hmailserver/hmailserver issue 491; real-wordings-e.test.ts).
    String.raw`\b(?:valid|invalid|catch-all|disposable|bounced|opened|(?<!server )replied)\s*:\s*\d`,
    String.raw`\b\d+ (?:hard|soft) bounces?\b`,
  ].join('|'),
  'i',
)

export function isMachineReport(m: ParsedMessage): boolean {
  if (hasBounceStructure(m)) return false
  const top = `${m.subject}\n${m.text.slice(0, 2048)}`
  // A notice's subject wins over a report's words; a list's own decision on a post may wear one
  // ("Message rejected: x", "Message not delivered to group@…"), but never comes from a mail system.
  if (!NOTICE_SUBJECT.test(m.subject) && (isDomainReport(m) || QUARANTINE_DIGEST.test(top))) return true
  if (isSystemSender(m.from) || isNoticeSender(m)) return false
  return isCalendarMail(m) || LIST_POST_DECISION.test(top) || LIST_REPORT.test(top)
}
