/**
 * Last resort for notices no decoder recognised (home-grown gateways, old MTAs, a webmail page's
 * rendered text): addresses on lines that say something failed, with that line as the diagnostic.
 * Runs only on messages that already look like notices, and only over the top of the body (the
 * returned copy below is never read), so ordinary mail cannot produce recipients here.
 */
import type { DialectResult, DecodedRecipient } from './dialect'
import type { Reason } from './types'
import type { ParsedMessage } from './mime/parsed-message'
import { cleanAddress, joinScreenName } from './address'
import { isSystemSender } from './kind'
import { CONTACT_BEFORE, COPY_START, SENDER_BEFORE, DELAY_CUE, FAILURE_CUE, NOTICE_BODY, NOTICE_SENDER, NOTICE_SUBJECT, PERMANENT_CUE, RECEIPT_SUBJECT, RECIPIENT_LABEL, REPLY_SUBJECT } from './notice-words'
import { copyRecipient, extractOriginal } from './original'
import { noticeSaysDelay, noticeSaysSuccess } from './notice-says'
import { normaliseText, phraseReason } from './reasons/classify'
import { matchesRule } from './reasons/rule'
import { temporaryWords } from './reasons/temporary'
import { invalidRecipientVolume } from './reasons/blocked'
import { senderCallout, senderRefused } from './reasons/rejected'
import { networkError } from './reasons/network-error'
import { splitLines } from './split-lines'
import { alternationForTest, forTest } from './fast-alternation'
import { FIRST_PASS, SECOND_PASS } from './reasons/order'

/**
 * Such notices carry no SMTP command or status, so Sisimai's command rules (userunknown only at
 * RCPT) cannot apply; the words themselves decide ("Destinatario desconocido" is an unknown user).
 */
const ORDER = [...FIRST_PASS, ...SECOND_PASS]

const MAX_TEXT = 16 * 1024
/** A mail system's own mailboxes (RFC 2142): never a failed contact, wherever the text names them. */
const SERVICE_ADDRESS = /^(?:mailer-daemon|postmaster|abuse)@/i
/**
 * An envelope sender a sending service generates to catch its bounces, never an address a person
 * wrote to: Amazon SES's "<message id>@email-bounces.amazonses.com" Return-Path (SES Developer
 * Guide, "Amazon SES email sending: Return-Path"), VERP "bounces+…@"/"bounce-…@" (SendGrid,
 * Mailgun, Mailchimp), BATV "prvs=…" (draft-levine-smtp-batv), SRS "SRS0=…" (Sender Rewriting Scheme).
 * "bounce@simulator.amazonses.com", a recipient SES offers for tests, has no such tag.
 */
const RETURN_PATH = /^(?:(?:bounces?[-+=.][^@]{4,}|(?:ms)?prvs\d?=[^@]+|srs[01][=+-][^@]+)@|[^@]+@(?:[^@.]+\.)*[a-z0-9-]*bounces\.)/i
/** Any address-like token (for the return-path scan above). */
const ANY_ADDRESS = /[^\s<>"'():;,\[\]]{1,64}@[^\s<>"'():;,\[\]]{1,255}/g
/** The signature separator on its own line (RFC 3676 4.3: "-- "; some clients drop the space). */
const SIGNATURE = /^--[ \t]?$/m
/**
 * A "--" line that divides a bilingual notice, not a signature: the next line names a language
 * ("--" / "English:", as hosts write translated Postfix and Exim templates), or the text under it
 * carries an SMTP reply with its enhanced status ("550 5.1.1"), which no signature does.
 */
const LANGUAGE_HEADING = /^[ \t]*\[?[ \t]*(?:english|français|francais|french|deutsch|german|español|espanol|spanish|italiano|italian|português|portugues|portuguese|nederlands|dutch)(?: version| below| ci-dessous)?[ \t]*\]?[ \t]*[:：]?[ \t]*$/im
const REPLY_WITH_STATUS = /(?:^|[^\d.])[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/

/**
 * A "--" line right under the notice's one heading line is the rule of a rendered table, not a
 * signature: a web page or an issue tracker renders Gmail's "Address not found" heading and Microsoft
 * 365's headline as a table header, and a copy keeps "--" right under it (issue 9, pasted notices:
 * github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/371,
 * sinak/democracy.io/issues/126, fschulze/jumpnbump/issues/3). A signature closes a body: it never
 * stands under a single line.
 */
function underHeadingOnly(above: string): boolean {
  const rows = above.split(/\r\n|\r|\n/)
  if (rows[rows.length - 1] === '') rows.pop()
  // Right under the heading, no blank line between (a signature's "-- " after a one-line note keeps one).
  return rows.length > 0 && rows[rows.length - 1].trim() !== '' && rows.filter((l) => l.trim()).length <= 1
}

function dividesLanguages(below: string): boolean {
  const next = /^--[ \t]?(?:\r\n|\r|\n)\s*([^\r\n]{0,80})/.exec(below)?.[1] ?? ''
  return LANGUAGE_HEADING.test(next) || REPLY_WITH_STATUS.test(below.slice(0, 4000))
}
/** The token is inside a link ("https://host/help?u=x@y", "…/@team"): no whitespace back to "://". */
const IN_LINK = /:\/\/\S*$/
/**
 * The token is part of an Exchange-encapsulated X.500 address ("IMCEAEX-_O=…_cn=Recipients_cn=…@host",
 * the legacyExchangeDN of a stale Outlook cache entry that Exchange's diagnostic section names, pastebin
 * e6yfDi5v, JHaPQHk7): no one's mailbox address, so no contact to remove (issue 9, pasted notices).
 */
const IN_X500 = /imcea[a-z]{0,8}-\S*$/i
const MAX_RECIPIENTS = 50
const ADDRESS = /[A-Za-z0-9._%+\-=!#$&'*/?^`{|}~]{1,128}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,10}/g


/**
 * A receipt or recall message (RECEIPT_SUBJECT) is never a notice, whoever sent it; a person's reply
 * or forward ("Re: Undeliverable: x", "Fwd: Delivery Status Notification") talks about a notice and
 * quotes it, so its subject and quoted text do not make it one (issue 9). A daemon's own notice may
 * keep the original "Re:" subject: its sender still decides.
 */
export function looksLikeNoticeMessage(m: ParsedMessage): boolean {
  if (RECEIPT_SUBJECT.test(m.subject)) return false
  if (isSystemSender(m.from) || NOTICE_SENDER.test(m.from + ' ' + m.fromName)) return true
  if (REPLY_SUBJECT.test(m.subject)) return false
  const top = m.text.slice(0, 2000)
  return NOTICE_SUBJECT.test(m.subject) || NOTICE_OPENING.test(top)
}

/**
 * The word lists as this reader asks them (whether a text holds one, never which), grouped for V8:
 * 2.5–3× faster over the corpus's openings (fast-alternation.ts).
 */
const NOTICE_OPENING = forTest(NOTICE_BODY)
const FAILURE_WORDS = forTest(FAILURE_CUE)
/** In a delay notice, the words beside an address still being tried count as much as failure words. */
const FAILURE_OR_DELAY_CUE = alternationForTest([FAILURE_CUE.source, DELAY_CUE.source], 'i')

/** A notice (by sender, subject or opening) whose top says something failed: worth saying it was not read. */
export function looksLikeUnreadFailure(m: ParsedMessage, known = false): boolean {
  if (!known && !looksLikeNoticeMessage(m)) return false
  const text = m.text.length > MAX_TEXT ? m.text.slice(0, MAX_TEXT) : m.text
  // A subject that calls it a failure notice says so even when the body has no failure word ("Your
  // email bounced" under "Undelivered Mail Returned to Sender"); a delay warning or a success report does not.
  return FAILURE_WORDS.test(text) || (NOTICE_SUBJECT.test(m.subject) && !noticeSaysDelay(m) && !noticeSaysSuccess(m))
}

/** A 4.7.x/5.7.x status in the server's text (not inside a longer dotted number). */
const POLICY_STATUS = /(?:^|[^\d.])[45]\.7\.\d{1,3}(?![\d.]\d)/

/**
 * The reason the words give. A dead address or domain said beside "try again later" (in any language
 * of temporary.ts) is left to the classifier, whose rules weigh the temporary words (README: temporary
 * stays temporary).
 */
function wordsReason(diagnostic: string): Reason | undefined {
  const said = phraseReason(diagnostic, ORDER)
  if ((said === 'userunknown' || said === 'hostunknown') && matchesRule(temporaryWords, normaliseText(diagnostic))) return undefined
  // Postfix's "Host or domain name not found. Name service error for name=x type=MX: Host not found,
  // try again" is the resolver's TRY_AGAIN (a lookup that failed for now), not proof that the domain is
  // gone (a Strato notice in a sender project's tests): the classifier weighs it (host-unknown.ts probe).
  if (said === 'hostunknown' && matchesRule(networkError, normaliseText(diagnostic))) return undefined
  // "Verification failed for <sender> No Such User Here Sender verify failed" (Exim's callout on the
  // sender, relayed by Exchange, pastebin BxEWDHGy): the "user unknown" is the sender's; the
  // classifier's rules (rejected.ts senderCallout) decide.
  if ((said === 'userunknown' || said === 'hostunknown') && matchesRule(senderCallout, normaliseText(diagnostic))) return undefined
  // Nor is a notice's "发件人邮件地址不存在" ("the sender's address does not exist"): the sender refused (rejected.ts).
  if ((said === 'userunknown' || said === 'hostunknown') && matchesRule(senderRefused, normaliseText(diagnostic))) return undefined
  // Beside a 5.7.x status (RFC 3463's policy subject) "Recipient address rejected: Access denied" is
  // Postfix access(5)'s refusal, not a dead address: the classifier weighs the status with the words
  // (user-unknown.ts), as it does for the same reply read from a DSN part (Mandrill's text part).
  // Nor is Cox's "too many invalid recipients" (the sending host is blocked: reasons/blocked.ts).
  if (said === 'userunknown' && (POLICY_STATUS.test(diagnostic) || matchesRule(invalidRecipientVolume, normaliseText(diagnostic)))) return undefined
  return said ?? undefined
}

/** What may stand around an address on a line of its own: bullets, brackets, quotes, a colon. */
const DECORATION = /^[\s\-*•·>|<'"`:;,.\[\]]*$/
const MAILTO = /<mailto:[^<>\s]{1,320}>/gi
/**
 * A trailing parenthesised remark ("x@y (user not found)", GroupWise) or Exchange 2000/2003's "on
 * <date>", as its localised NDRs write it too ("am 03.11.2025 10:00", "le 03/11/2025", "el …", "il …",
 * "em …", "op …").
 */
const TRAILER = /(?:\([^()]{0,200}\)|\b(?:on|am|le|el|il|em|op) \d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[^<>@]{0,40})\s*$/
/** X.400 attributes before the address: "c=US;a= ;p=Org;o=Site;dda:" (Exchange 5.5, Microsoft KB 258678). */
const X400_ATTRIBUTES = /^[\s'"]*(?:[a-z]{1,4}=[^;]{0,64};\s*){1,12}(?:dda:)?$/i
/** A line that carries a code: the server's reply, found a few lines under the address. */
const CODE_LINE = /(?:^|[^\d.])(?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d))/
/** How many lines under an address its reply may stand ("Remote Server returned '550 5.1.10 …'"). */
const CODE_LOOKAHEAD = 6
/**
 * A heading that only announces a list of recipients, without failure words of its own ("to the
 * following recipient(s):", amavisd-new's notify_sender template under "VIRUS ALERT"; "The following
 * addresses:"), in a notice whose text says something failed: the addresses under it are the ones
 * it is about. A success or delay notice still marks them delivered or delayed (engine.ts).
 */
const LIST_HEADING = /\b(?:the following (?:recipients?|addresses?|addressees?|users?)(?:\((?:s|es)\))?|aux destinataires suivants|an folgende(?:n)? empfänger|ai seguenti destinatari|a los siguientes destinatarios)\s*[:：]\s*$/i
/**
 * A recipient label with nothing after it, the addresses on the lines under it (GWAVA's block notice:
 * "Recipient(s):" over "x@y" over "[No Cc Addresses]", then "Did not reach the recipient. Reasons for
 * block listed below."; SpamAssassin's t.rules/VBOUNCE_MESSAGE sample): a list heading in a notice
 * whose text says something failed.
 */
const LABEL_HEADING = { test: (line: string) => !line.includes('@') && /[:：]\s*$/.test(line) && RECIPIENT_LABEL.test(line) }
/** A list heading that says the mail got through ("was delivered to the following recipients:"). */
const NOT_A_FAILURE_LIST = /\b(?:delivered|relayed|succeeded|successful(?:ly)?|expanded)\b/i
/** Words that make a section final even beside delay words ("delayed too long and failed"). */
const FINAL_WORDS = /(?:fail|undeliver|could not be delivered|not delivered|gave up|giving up|expired)/i
/** A section heading: a line framed by rules ("----- … -----") or one that ends with a colon. */
const SECTION_HEADING = /^\s*(?:[-=*#~]{3,}.{1,200}[-=*#~]{3,}|.{1,200}[:：])\s*$/
/** "More information about type 5.1.1 delivery errors" (Yahoo's and AOL's "Email Returned" notice). */
const ERROR_TYPE = /\btype ([45]\.\d{1,3}\.\d{1,3}) delivery errors?\b/i
/** "MAIL FROM:<x@y>" / "MAIL From: x@y" in a quoted dialogue or an Exim "after MAIL FROM:" line. */
const MAIL_FROM = /\bMAIL FROM:\s{0,2}<?([^<>\s@]{1,64}@[^<>\s@]{1,255}?)>?(?=[\s>:]|$)/gi
/** How many lines of detail may stand under an address alone on its line. */
const DETAIL_LINES = 4

/**
 * An address type before an address alone on its line: Netscape Messaging Server's "SMTP <x@y>"
 * (flufl.bounce netscape.py), "RFC822; x@y", "Internet: x@y".
 */
const TYPE_TAG = /^\s*(?:smtp|rfc-?822|internet)\s{0,4}[:;=]?\s{0,4}(?=[<'"\s]|$)/i

/** The line without the address is only decoration: the address stands alone on it. */
function standsAlone(line: string, token: string): boolean {
  // "x@y<mailto:x@y>": how Exchange's text parts and Outlook's plain rendering write a linked address.
  const rest = line.replace(token, ' ').replace(MAILTO, '').replace(TRAILER, '').replace(TYPE_TAG, ' ')
  return DECORATION.test(rest) || X400_ATTRIBUTES.test(rest)
}

/**
 * The sentence under an address that stands alone, where the notice says why (flufl.bounce's
 * simplematch pairs: the address, then "Failure Reason: …", "Reason: …", "The account has been
 * closed."): the first line with words within a few lines, before another address, a heading
 * ("…:") or the returned copy.
 */
function reasonLineAfter(lines: readonly string[], i: number): string {
  let first = ''
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    const line = lines[j].slice(0, 1000).trim()
    if (line === '') continue
    // "LOCAL module(account x) reports:", "mx.example says:": a line that hands over to the words under
    // it (CommuniGate Pro's "Failed to deliver to '<x>'" notices, CommuniGate Pro Guide), not a heading.
    if (REPORTS_INTRO.test(line) && !ADDRESS_ONE.test(line)) continue
    if (ADDRESS_ONE.test(line) || /[:：]$/.test(line) || COPY_START.test(line) || /^[-=_*#~]{3,}/.test(line)) break
    // A labelled reason ("Failure Reason: …", "Reason: …", "Motivo: …") wins over a title line above it.
    if (REASON_LABEL.test(line)) return line
    if (!first && /\p{L}{2,}/u.test(line)) first = line
  }
  return first
}

const REPORTS_INTRO = /\b(?:reports|says|said)\s?:$/i

/**
 * A reason heading alone on its line over the reason, or as a table's first cell before it, a few lines
 * under the failed address (issue 9, regional-providers.test.ts): Tencent QQ Mail / Exmail's "无法发送到 x@y"
 * / "退信原因" / "该用户不存在" / "解决方案" (the layout pasted in public QQ bounce parsers); NetEase's Coremail
 * notice "收件人：x@y" / … / "退信原因：" / "<Chinese line>" / "英文说明:user not exist" (a real one in a
 * public project's SQL dump).
 */
const REASON_HEADING = /^(?:退信原因|失败原因|失敗原因|退回原因)(?:\s{0,2}[:：]\s*|\s+|$)/

/** What closes that reason: the notice's advice heading (QQ's 解决方案, NetEase's 建议解决方案：) or any heading ending in a colon. */
const REASON_END = /^(?:建议)?解决方案|^(?:建議)?解決方案|^推荐方案|[:：]$/

/**
 * The reason under a reason heading below the address (HTML tables rendered as text put a blank line
 * between rows), before any other address: up to three lines, the reason may name the address itself
 * (QQ's "收件人邮件地址（x）不存在").
 */
function reasonUnderHeading(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
    const line = lines[j].slice(0, 1000).trim()
    if (ADDRESS_ONE.test(line) || COPY_START.test(line)) return ''
    const head = REASON_HEADING.exec(line)
    if (!head) continue
    const out: string[] = line.length > head[0].length ? [line.slice(head[0].length)] : []
    for (let k = j + 1; k < lines.length && k <= j + 8 && out.length < 3; k++) {
      const next = lines[k].slice(0, 1000).trim()
      if (next === '') continue
      if (REASON_HEADING.test(next) || REASON_END.test(next) || COPY_START.test(next)) break
      out.push(next)
    }
    return out.join(' ')
  }
  return ''
}

const REASON_LABEL = /^(?:failure reason|reason|error(?:-text| description| message)?|because|motivo|raison|grund|fehler|causa|原因|退信原因)\s{0,2}[:：]/i

/**
 * A bare local part on its line under a failure heading, alone or with its reason: GroupWise's
 * "jdoe (user not found)" (Mail-DeliveryStatus-BounceParser p_novell_groupwise: "a lot of times,
 * Novell returns just the LHS"), Yale's "jdoe   Mailbox unknown" (flufl.bounce yale.py). The peers
 * guess the domain from the notice's sender; we take it only from the returned message's own
 * recipients, where exactly one has that local part.
 */
const BARE_LOCAL = /^[\s*>-]{0,8}([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(?:\s{0,4}\(([^()]{1,200})\)|[ \t]{2,}(\S.{0,200}))?\s*$/

function originalRecipients(m: ParsedMessage): Map<string, string[]> {
  const byLocal = new Map<string, string[]>()
  for (const to of extractOriginal(m)?.to ?? []) {
    const address = cleanAddress(to)
    const at = address.lastIndexOf('@')
    if (at <= 0) continue
    const local = address.slice(0, at).toLowerCase()
    byLocal.set(local, [...(byLocal.get(local) ?? []), address])
  }
  return byLocal
}

/** The addresses a notice's X-Failed-Recipients header lists (Exim, flufl.bounce exim.py): failed whatever the body's layout. */
function listedFailures(m: ParsedMessage): Set<string> {
  const listed = new Set<string>()
  const value = m.header('x-failed-recipients').slice(0, 4000)
  ADDRESS.lastIndex = 0
  for (let a = ADDRESS.exec(value); a && listed.size < MAX_RECIPIENTS; a = ADDRESS.exec(value)) {
    const address = cleanAddress(a[0])
    if (address) listed.add(address.toLowerCase())
  }
  return listed
}

/**
 * AOL's old notice lists bare screen names under "mail to the following recipients could not be
 * delivered" (flufl.bounce aol.py, Mail-DeliveryStatus-BounceParser p_aol_senderblock): a screen name is
 * the local part at aol.com. Read only in notices from aol.com.
 */
const AOL_SENDER = /@(?:[a-z0-9-]{1,63}\.)?aol\.com$/i
const AOL_HEADING = /mail to the following recipients could not be delivered/i
const SCREEN_NAME = /^[A-Za-z][A-Za-z0-9._-]{1,31}$/

function aolScreenNames(m: ParsedMessage, lines: readonly string[]): DecodedRecipient[] {
  if (!AOL_SENDER.test(m.from)) return []
  const start = lines.findIndex((l) => AOL_HEADING.test(l))
  if (start < 0) return []
  const heading = lines[start].trim()
  const found: DecodedRecipient[] = []
  for (let j = start + 1; j < lines.length && found.length < MAX_RECIPIENTS; j++) {
    const name = lines[j].trim()
    if (name === '') {
      if (found.length) break
      continue
    }
    if (name.includes('@')) continue
    if (!SCREEN_NAME.test(name)) break
    found.push({ address: `${name}@aol.com`, diagnostic: heading, reason: wordsReason(heading) })
  }
  return found
}

/**
 * The lines under an address alone on its line, up to a blank line or another address: Exim's
 * "The following address(es) failed:" list puts each address's reason indented under it
 * ("  x@y\n    Unrouteable address", "    SMTP error from remote mail server after RCPT TO:…"),
 * whatever language the heading is in (Exim's bounce_message_file lets hosts translate it).
 */
function detailUnder(lines: readonly string[], i: number, token: string): string {
  const out: string[] = []
  for (let j = i + 1; j < lines.length && j <= i + DETAIL_LINES; j++) {
    const line = lines[j].slice(0, 1000)
    // Another address, unindented, starts the next entry; the same address inside the reason does not.
    if (!line.trim() || ADDRESS_ONE.test(line) && !line.includes(token) && !/^\s/.test(line)) break
    out.push(line.trim())
  }
  return out.join(' ')
}

/**
 * What stands before the address at `at` on line `i`: an address that opens a folded or re-wrapped
 * line takes the end of the line above ("said: 554 Mail from" / "    <x@y> rejected for policy reasons").
 */
function textBefore(lines: readonly string[], i: number, at: number): string {
  const line = lines[i]
  const lead = line.slice(0, at)
  return /^\s*<?$/.test(lead) && i > 0 ? `${lines[i - 1].slice(-60).trimEnd()} ${lead.trimStart()}` : line.slice(Math.max(0, at - 60), at)
}

/** Whether every address on line `j` is the envelope sender the server's reply quotes ("Mail from <x> rejected"). */
function onlySenderQuoted(lines: readonly string[], j: number): boolean {
  const found = [...lines[j].slice(0, 1000).matchAll(ANY_ADDRESS)]
  return found.length > 0 && found.every((f) => SENDER_BEFORE.test(textBefore(lines, j, f.index ?? 0)))
}

/** The lines indented deeper than line `i` right under it, before a blank line or another address. */
function foldedUnder(lines: readonly string[], i: number, token: string): string[] {
  const out: string[] = []
  const indent = indentOf(lines[i])
  for (let j = i + 1; j < lines.length && j <= i + DETAIL_LINES; j++) {
    const line = lines[j].slice(0, 1000)
    if (!line.trim() || indentOf(line) <= indent || (ADDRESS_ONE.test(line) && !line.includes(token) && !onlySenderQuoted(lines, j))) break
    out.push(line.trim())
  }
  return out
}

/** The first line under `i` that carries a reply code, before a line about another address. */
function codeLineAfter(lines: readonly string[], i: number, token: string, own?: ReadonlySet<string>): string {
  let senderAccepted = false
  for (let j = i + 1; j < lines.length && j <= i + CODE_LOOKAHEAD; j++) {
    const line = lines[j].slice(0, 1000)
    // A line naming only the sender ("after MAIL FROM:<sales@x>:") is still this entry's dialogue;
    // the server's "250 Ok" to it (Courier's ">>> MAIL FROM:<x>" / "<<< 250 2.1.0 Ok") is not the answer.
    if (line.includes('@') && !line.includes(token) && ADDRESS_ONE.test(line)) {
      if (!namesOnly(line, own)) return ''
      // The refusal of the sender itself ("<<< 553 5.1.8 <x>... Domain of sender address does not exist").
      if (CODE_LINE.test(line) && !/^\s*(?:<<<\s*)?2\d\d\b/.test(line) && !/MAIL FROM:/i.test(line)) return line
      senderAccepted = true
      continue
    }
    if (senderAccepted && /^\s*(?:<<<\s*)?2\d\d\b/.test(line)) continue
    if (CODE_LINE.test(line)) return `${line} ${exchangeReplyRest(lines, j)}`.trimEnd()
  }
  return ''
}

const ADDRESS_ONE = /[A-Za-z0-9._%+\-]@[A-Za-z0-9\-]{1,63}\./
/**
 * Exchange's on-premises NDR quotes the relaying server's reply as "<host> #550 5.7.1 <x>: … ##": the
 * reply runs to its "##" (Microsoft's Exchange 2007/2010 NDR format). A page or a copy that wrapped it
 * (cpumd.com KB1039's pasted NDR: "… #550 5.7.1 <x>:" over "Recipient address rejected: Invalid
 * recipient ##") leaves its rest on the next lines: those lines, up to the one with "##", when line
 * `i` opens such a reply and does not close it (issue 9, fifth outside check).
 */
const EXCHANGE_HOST_REPLY = /\S #[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/
function exchangeReplyRest(lines: readonly string[], i: number): string {
  const line = lines[i] ?? ''
  if (!EXCHANGE_HOST_REPLY.test(line) || line.includes('##')) return ''
  const rest: string[] = []
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const next = lines[j].slice(0, 1000)
    if (!next.trim() || ADDRESS_ONE.test(next)) return ''
    rest.push(next.trim())
    if (next.includes('##')) return rest.join(' ')
  }
  return ''
}

/** A server's whole reply: its code and its enhanced status ("550 5.1.1", "451 4.4.0"). */
const FULL_REPLY = /(?:^|[^\d.])[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/

/**
 * Whether a full reply stands within three lines with words under line `i` (an HTML rendering may
 * put blank lines between them), before any other address.
 */
/**
 * Exchange's own form of a relayed reply, enhanced status first: "Remote Server returned '<host #5.0.0
 * smtp;550 …>'", "#< #5.5.0 SMTP; 554-…> #SMTP#" (issue 9, pasted notices: pastebin BxEWDHGy, ZTwURw5w).
 */
const EXCHANGE_REPLY = /#[245]\.\d{1,3}\.\d{1,3} smtp; ?[245]\d\d\b/i

function replyUnder(lines: readonly string[], i: number): string {
  let worded = 0
  for (let j = i + 1; j < lines.length && j <= i + 6 && worded < 3; j++) {
    const line = lines[j].slice(0, 1000)
    if (!line.trim()) continue
    worded++
    // Exchange's relayed reply wrapped before its "##" (exchangeReplyRest): the whole reply is the cause.
    const rest = exchangeReplyRest(lines, j)
    if (rest) return `${line.trim()} ${rest}`
    if (FULL_REPLY.test(line)) return 'full'
    // Exchange's relayed form carries the cause: it is the address's diagnostic.
    if (EXCHANGE_REPLY.test(line)) return line.trim()
    if (ADDRESS_ONE.test(line)) return ''
  }
  return ''
}

/**
 * The sentence goes on on the next line: the line stops mid-sentence and the next one starts in lower
 * case ("Your message wasn't delivered to x because the domain" / "mail.y couldn't be found.", a page's
 * copy wrapped where the window was: github.com/samouraiworld/zenao/issues/646).
 */
function continues(line: string, next: string): boolean {
  return /[a-z,]$/i.test(line.trimEnd()) && /^[ \t]{0,8}[a-z][^ ]* [a-z]/.test(next)
}

/** Whether every address on the line is one of `own` (the notice's sender, its own mailboxes). */
function namesOnly(line: string, own: ReadonlySet<string> | undefined): boolean {
  if (!own?.size) return false
  const found = line.match(/[^\s<>"'():;,\[\]]{1,64}@[^\s<>"'():;,\[\]]{1,255}/g) ?? []
  return found.length > 0 && found.every((a) => own.has(cleanAddress(a).toLowerCase()))
}

function diagnosticOf(context: string, token: string): string {
  // "The user, x@y, does not exist" (LLNL's sendmail, flufl.bounce llnl.py) reads "The user does not exist".
  return context.replace(token, ' ').replace(/[<>()]/g, ' ').replace(/,\s*,/g, ' ').replace(/\s+/g, ' ').replace(/^[\s:.,;-]+|[\s:.,;-]+$/g, '')
}

/**
 * `known`: the caller already knows this is a notice (e.g. a webmail page showing one).
 * An address is a failed recipient when (issue 9, class 2, each rule a family of free-text notices):
 * 1. its line, or the line under it, says something failed ("x@y: user unknown", Exchange's
 *    "'x@y' on <date>" over "The e-mail account does not exist");
 * 2. a label names it ("Intended recipient: x", "Destinataire : x", "收件人：x") in a notice that
 *    says something failed;
 * 3. it stands alone on its line ("x@y", "<x@y>:", "-- x@y", "c=US;…;dda:SMTP=x@y") under a line
 *    that says something failed ("The following addresses failed:", Lotus Notes' "was not delivered
 *    to:", GroupWise's "undeliverable to the following:", m-FILTER's "…送信に失敗しました。").
 * A reply code standing a few lines under the address joins its diagnostic.
 */
export function decodeByText(m: ParsedMessage, known = false): DialectResult | null {
  if (!known && !looksLikeNoticeMessage(m)) return null
  let text = m.text.length > MAX_TEXT ? m.text.slice(0, MAX_TEXT) : m.text
  const copy = COPY_START.exec(text)
  if (copy && copy.index > 0) text = text.slice(0, copy.index)
  // A signature ("-- " on its own line, RFC 3676 4.3) closes what the notice says about delivery.
  const signature = SIGNATURE.exec(text)
  if (signature && signature.index > 0 && !underHeadingOnly(text.slice(0, signature.index)) && !dividesLanguages(text.slice(signature.index))) text = text.slice(0, signature.index)
  const listed = listedFailures(m)
  // In a delay warning its delay words ("has been delayed", "postponed", "è stata ritardata") mark
  // addresses as failure words do; engine.ts then makes those recipients delayed.
  const cue = noticeSaysDelay(m) ? FAILURE_OR_DELAY_CUE : FAILURE_WORDS
  // The failure sentence may be wrapped anywhere (a notice's own 72 columns, a comment box).
  if (!cue.test(text) && listed.size === 0 && !cue.test(text.replace(/\s+/g, ' '))) return null
  const own = new Set([m.from, cleanAddress(m.header('to'))].filter(Boolean).map((a) => a.toLowerCase()))
  // The envelope sender the notice quotes ("after MAIL FROM:<x@y> SIZE=…:" over "550 5.7.0 <x@y>...
  // Please use the smtp server of your ISP", Exim; Sendmail's ">>> MAIL From:<x@y>"): the reply
  // about it is about the sender, who is no failed recipient, on any line of the notice. A page
  // has no To header to say who the sender is; this line does.
  for (const f of text.slice(0, MAX_TEXT).matchAll(MAIL_FROM)) own.add(cleanAddress(f[1]).toLowerCase())
  // A return path the sending service made for the bounces (VERP, BATV, SRS) quoted in the reply
  // ("550-'5.7.1 <0000…-000000@email-bounces.amazonses.com>... Access denied'") is the sender too.
  for (const f of text.slice(0, MAX_TEXT).matchAll(ANY_ADDRESS)) if (RETURN_PATH.test(f[0])) own.add(cleanAddress(f[0]).toLowerCase())
  const lines = splitLines(text)
  const recipients: DecodedRecipient[] = [...aolScreenNames(m, lines)]
  const seen = new Set<string>(recipients.map((r) => r.address.toLowerCase()))
  const byKey = new Map<string, DecodedRecipient>()
  // The last line with words that is not an address on its own: the heading of a list of addresses.
  // A sentence wrapped over two lines ("…could not be\ndelivered:") counts whole.
  let heading = ''
  let headingCue = false
  let originals: Map<string, string[]> | undefined
  /** The line of each recipient that stood alone on it (shareListCause). */
  const listedAt = new Map<DecodedRecipient, number>()
  // Under a section heading that says the delivery is only delayed (Stalwart's mixed report: "-----
  // There was a temporary problem delivering to these addresses -----" above "----- Delivery to
  // the following addresses failed -----"), the addresses are still being tried.
  let delaySection = false
  /** The line of the first recipient found: a notice-wide cause is read above it (its opening). */
  let firstAt = -1
  /** The indentation of the last address alone on its line, while its block lasts (-1: none). */
  let entryIndent = -1
  let previous = ''
  for (let i = 0; i < lines.length && recipients.length < MAX_RECIPIENTS; i++) {
    const line = joinScreenName(lines[i].slice(0, 1000))
    if (line.trim() === '') {
      entryIndent = -1
      continue
    }
    if (/^\s*(?:from|to|cc|reply-to|sender|subject|date):/i.test(line) && !cue.test(line.replace(/^\s*\w+:/, ''))) {
      heading = line
      headingCue = false
      previous = line
      continue
    }
    if (!line.includes('@') && SECTION_HEADING.test(line)) delaySection = DELAY_CUE.test(line) && !PERMANENT_CUE.test(line) && !FINAL_WORDS.test(line)
    let alone = false
    const bare = headingCue && !line.includes('@') ? BARE_LOCAL.exec(line) : null
    if (bare) {
      originals ??= originalRecipients(m)
      const matches = originals.get(bare[1].toLowerCase()) ?? []
      const address = matches.length === 1 ? matches[0] : ''
      const key = address.toLowerCase()
      if (address && !seen.has(key) && !own.has(key)) {
        alone = true
        seen.add(key)
        const said = bare[2] ?? bare[3] ?? ''
        const why = said ? '' : reasonLineAfter(lines, i)
        // No address token to take out of this context: the line holds only the local part.
        let diagnostic = diagnosticOf(`${heading} ${said || why}`, '\u0000')
        if (!CODE_LINE.test(diagnostic)) {
          const code = codeLineAfter(lines, i, '\u0000', own)
          if (code) diagnostic = `${diagnostic} ${code.trim()}`
        }
        const found: DecodedRecipient = { address, diagnostic, reason: wordsReason(diagnostic) }
        byKey.set(key, found)
        recipients.push(found)
        if (firstAt < 0) firstAt = i
      }
    }
    ADDRESS.lastIndex = 0
    for (let a = ADDRESS.exec(line); a; a = ADDRESS.exec(line)) {
      const address = cleanAddress(a[0])
      const key = address.toLowerCase()
      const standing = standsAlone(line, a[0])
      if (standing) alone = true
      if (!address || own.has(key) || SERVICE_ADDRESS.test(address)) continue
      // "For help, write to helpdesk@…": an address given to reach someone, not one that failed;
      // "MAIL FROM:<rep@…> was rejected": the sender's own address; "https://…?u=x@y": part of a link.
      // An address that opens a folded or re-wrapped line takes the end of the line above as what
      // stands before it ("said: 554 Mail from" / "    <x@y> rejected for policy reasons").
      const before = textBefore(lines, i, a.index)
      if (CONTACT_BEFORE.test(before) || SENDER_BEFORE.test(before) || IN_LINK.test(before + a[0].slice(0, a[0].indexOf('@'))) || IN_X500.test(before + a[0].slice(0, a[0].indexOf('@')))) continue
      const earlier = byKey.get(key)
      if (seen.has(key) && !(earlier && earlier.reason === undefined)) continue
      const next = (lines[i + 1] ?? '').slice(0, 1000)
      // The line under it explains when it has failure words and no address of its own (Microsoft
      // 365: "Your message to x couldn't be delivered." over "x wasn't found at y.", in every language).
      const explains = (cue.test(next) || continues(line, next)) && !ADDRESS_ONE.test(next)
      // A sentence wrapped after the address ("Die E-Mail an x konnte nicht" / "zugestellt werden, da die
      // E-Mailadresse abgelaufen oder ungültig ist.", Strato's notice as a CRM project documents it): its
      // two lines say together what neither says alone.
      const wrapped = !ADDRESS_ONE.test(next) && next.trim() !== '' && cue.test(`${line.trimEnd()} ${next.trim()}`)
      let context = cue.test(line)
        ? explains ? `${line} ${next}` : line
        : cue.test(next) || wrapped
          ? `${line} ${next}`
          : RECIPIENT_LABEL.test(line)
            ? line
            : standing && (headingCue || listed.has(key)) ? heading : listed.has(key) ? line : ''
      // Exchange's relayed reply on the address's own line, wrapped before its "##": its rest is the cause.
      // So is the rest of the line under it, when that line is the reply ("x@y" over "host #554 5.7.1 …").
      const ownRest = context.startsWith(line) ? exchangeReplyRest(lines, i) : ''
      const nextRest = !ownRest && context === `${line} ${next}` ? exchangeReplyRest(lines, i + 1) : ''
      if (ownRest) context = `${line} ${ownRest}`
      else if (nextRest) context = `${context} ${nextRest}`
      const replyRest = ownRest || nextRest
      // An address alone (or only labelled) under its heading: the line under it may say why.
      const unexplained = context === heading || RECIPIENT_LABEL.test(line) || (context === line && !cue.test(line))
      // A reason heading under it (QQ's and NetEase's 退信原因) says why before any other line does.
      let why = context ? reasonUnderHeading(lines, i) : ''
      if (!why && context && unexplained) why = reasonLineAfter(lines, i) || detailUnder(lines, i, a[0])
      if (!context && standing) {
        // "Your message to\n\n  x@y\n\ncould not be delivered …": the failure sentence comes under the
        // address, after a blank line (flufl.bounce simplewarning's "Your message to:" layout).
        why = reasonLineAfter(lines, i)
        if (why && cue.test(why)) context = line
        else {
          why = ''
          // Exchange's diagnostic section in any language (issue 9): the address alone, its server,
          // then "<localised words> '550 5.1.1 RESOLVER.ADR.RecipNotFound; …'": a full SMTP reply,
          // code and enhanced status, within three lines under the address says it failed.
          const reply = replyUnder(lines, i)
          if (reply) context = line
          if (reply && reply !== 'full') why = reply
        }
      }
      if (!context) continue
      if (earlier) {
        // Named again further down with a cause ("Your message was addressed to x / and failed: User
        // unknown", flufl.bounce simplematch): the later, specific sentence decides.
        const later = diagnosticOf(why ? `${context} ${why}` : context, a[0])
        const reason = wordsReason(later)
        if (reason) {
          earlier.diagnostic = `${earlier.diagnostic} ${later}`.trim()
          earlier.reason = reason
        } else if ((why || replyRest) && CODE_LINE.test(later) && !CODE_LINE.test(earlier.diagnostic ?? '')) {
          // The server's reply under the address in Exchange's diagnostic section, when the user
          // section above named it with words only: the classifier reads the reply (pastebin BxEWDHGy).
          earlier.diagnostic = `${earlier.diagnostic} ${later}`.trim()
        }
        continue
      }
      seen.add(key)
      let diagnostic = diagnosticOf(why ? `${context} ${why}` : context, a[0])
      // The rest of the reply folded onto lines indented under the address's own line (Postfix's
      // "<x@y>: host … said: 550 5.5.0" over "    Requested action not taken: mailbox unavailable
      // (in reply to RCPT TO command)", when a relay's copy lost the "This is the mail system" frame
      // the Postfix reader needs): those lines are the cause, and the command is in them.
      if (!standing && !why && (context === line || context === `${line} ${next}`) && ownsNext(lines, i)) {
        const folded = foldedUnder(lines, i, a[0]).slice(context === line ? 0 : 1).join(' ')
        if (folded) diagnostic = diagnosticOf(`${context} ${folded}`, a[0])
      }
      // The "heading" over an address alone may be the previous entry's last line (hMailServer's
      // "Remote server replied: 550 … <x@y> …" over the next address's block): it says something
      // failed, but the cause is this address's own block below it, when it has one.
      if (standing && context === heading && (ADDRESS_ONE.test(heading) || CODE_LINE.test(heading))) {
        const mine = why && !ADDRESS_ONE.test(why) ? why : ''
        const code = CODE_LINE.test(mine) ? '' : codeLineAfter(lines, i, a[0], own).trim()
        if (mine || code) diagnostic = diagnosticOf(`${mine} ${code}`, a[0])
      }
      if (!CODE_LINE.test(diagnostic)) {
        const code = codeLineAfter(lines, i, a[0], own)
        if (code) diagnostic = `${diagnostic} ${code.trim()}`.trim()
      }
      let reason = wordsReason(diagnostic)
      if (!reason && !why && !CODE_LINE.test(diagnostic)) {
        // A generic sentence ("Message undeliverable to x") over a paragraph that says why ("Host not
        // found: …", IMail's layout in flufl.bounce smtp32.py): that sentence decides, when it names a
        // cause; so does the block under it when it opens with a heading (CommuniGate Pro's "Failed to
        // deliver to '<x@y>'" over "LOCAL module(account x) reports:" and the cause).
        const more = reasonLineAfter(lines, i) || detailUnder(lines, i, a[0])
        const moreReason = more ? wordsReason(more) : undefined
        if (moreReason) {
          diagnostic = `${diagnostic} ${more}`
          reason = moreReason
        }
      }
      const found: DecodedRecipient = { address, diagnostic, reason }
      if (delaySection) found.action = 'delayed'
      byKey.set(key, found)
      recipients.push(found)
      if (firstAt < 0) firstAt = i
      if (standing) listedAt.set(found, i)
    }
    // The lines under an address alone on its line, up to a blank line, are that entry's own block
    // (hMailServer's "   Error Type: SMTP" / "   Error Description: …", qmail's lines under "<x>:"):
    // they do not become the heading of the next address, unless one is a new heading of its own.
    const ownBlock = entryIndent >= 0 && !(SECTION_HEADING.test(line) && indentOf(line) <= entryIndent)
    if (alone) entryIndent = indentOf(line)
    else if (!ownBlock) {
      const joined = `${previous} ${line}`
      heading = cue.test(line) ? line : joined
      headingCue = heading !== joined || cue.test(joined) || (LIST_HEADING.test(line) && !NOT_A_FAILURE_LIST.test(joined)) || LABEL_HEADING.test(line)
      previous = line
    }
  }
  shareListCause(recipients, listedAt, lines)
  causeUnderHint(recipients, lines, firstAt)
  const wide = noticeWideCause(firstAt < 0 ? lines : lines.slice(0, firstAt)) ?? causeListedBelow(lines, firstAt)
  if (wide) {
    for (const r of recipients) {
      if (r.reason !== undefined || CODE_LINE.test(r.diagnostic ?? '')) continue
      r.diagnostic = `${r.diagnostic ?? ''} ${wide.line}`.trim()
      r.reason = wide.reason
    }
  }
  // Yahoo's and AOL's "Email Returned" notice (HTML only) names one address, a plain-words cause
  // ("because: User name of email address not valid", "Email routing issue due to network") and the
  // status it stands for: "More information about type 5.1.1 delivery errors …". Its DSN part carries
  // the same status; a page that shows the HTML alone still has it (rendered-parity.test.ts).
  const typed = recipients.length === 1 && !recipients[0].status && !CODE_LINE.test(recipients[0].diagnostic ?? '') ? ERROR_TYPE.exec(text) : null
  if (typed) recipients[0].status = typed[1]
  for (const address of listed) {
    if (recipients.length >= MAX_RECIPIENTS) break
    if (!seen.has(address) && !own.has(address)) recipients.push({ address, diagnostic: '' })
  }
  return recipients.length ? { recipients } : fromCopy(m, lines, own)
}

/**
 * A list of addresses, one per line, over one cause for all of them: Apache James's "Failed
 * recipient(s):" list over "Error message:" (its Bounce / DSNBounce mailets), Haraka's and qmail's
 * "the following addresses" lists over one reason. Only the last address reaches that cause (the
 * others meet the next address first), so the addresses above it in the same run take it too, when
 * they said nothing of their own and the cause is not indented under the last one as its own detail
 * (Exim's "  x@y\n    reason" entries keep theirs).
 */
function shareListCause(recipients: readonly DecodedRecipient[], listedAt: ReadonlyMap<DecodedRecipient, number>, lines: readonly string[]): void {
  const said = (r: DecodedRecipient) => r.reason !== undefined || CODE_LINE.test(r.diagnostic ?? '')
  let run: DecodedRecipient[] = []
  const close = () => {
    const last = run[run.length - 1]
    if (run.length > 1 && said(last) && !ownsNext(lines, listedAt.get(last)!)) {
      for (const r of run.slice(0, -1)) {
        if (said(r)) continue
        r.diagnostic = last.diagnostic
        r.reason = last.reason
      }
    }
    run = []
  }
  for (const r of recipients) {
    const at = listedAt.get(r)
    const prev = run.length ? listedAt.get(run[run.length - 1]) : undefined
    if (at === undefined || (prev !== undefined && at !== prev + 1)) close()
    if (at !== undefined) run.push(r)
  }
  close()
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
}

/** Whether the line under line `i` is indented deeper than it (its own detail); a blank line is not. */
function ownsNext(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1] ?? ''
  return next.trim() !== '' && indentOf(next) > indentOf(lines[i])
}

/** Reasons that make an address dead: a cause the notice never tied to the address cannot give them. */
const KILLS_ADDRESS: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved', 'suspend', 'notaccept'])

/**
 * The cause a notice states once for the whole message, on a line that names no address, when its
 * recipients' own lines say none: amavisd-new's "VIRUS ALERT" / "BANNED CONTENTS ALERT" over
 * "to the following recipient(s): -> x@y" (its notify_sender template), Gmail's "Send mail as"
 * notice (Sisimai Lhost/GoogleWorkspace.pm). Read in the notice's opening, above its first
 * recipient (help text and legends come below). The first such line whose words name a reason
 * gives it, unless that reason would make the address dead: a dead address is only said beside it.
 */
function noticeWideCause(lines: readonly string[]): { line: string; reason: Reason } | null {
  for (const raw of lines.slice(0, 120)) {
    const line = raw.slice(0, 1000).trim()
    if (!line || ADDRESS_ONE.test(line) || !/\p{L}{3,}/u.test(line)) continue
    const reason = wordsReason(line)
    if (reason === undefined) continue
    return KILLS_ADDRESS.has(reason) ? null : { line, reason }
  }
  return null
}

/** "Reasons for block listed below.", "Technical details:": the notice gives its cause under its recipients. */
const BELOW = /\b(?:reasons?|details?|causes?)\b.{0,40}\b(?:listed |given |shown )?below\b|^\s*technical details\s*:/i

/**
 * A notice that states its cause once, under its recipients, after a line that says so (GWAVA's
 * block notice: "Did not reach the recipient. Reasons for block listed below." over "This message
 * was rejected by a RBL server.", SpamAssassin's t.rules/VBOUNCE_MESSAGE sample): read like the
 * opening's cause (noticeWideCause), only from the lines after that announcement.
 */
function causeListedBelow(lines: readonly string[], firstAt: number): { line: string; reason: Reason } | null {
  if (firstAt < 0) return null
  const at = lines.findIndex((l, i) => i > firstAt && BELOW.test(l.slice(0, 1000)))
  return at < 0 ? null : noticeWideCause(lines.slice(at + 1))
}

/**
 * A notice that names no address ("Your message could not be delivered. Reason: mailbox
 * unavailable." over the returned copy): the copy's one recipient is the one that failed (the
 * peers' readers fall back on the copy's To too), with the notice's failure lines as diagnostic.
 * A notice that says it is still trying makes that recipient delayed (engine.ts), never failed.
 */
function fromCopy(m: ParsedMessage, lines: readonly string[], own: ReadonlySet<string>): DialectResult | null {
  if (namesOnlyLocalDeliveries(m, lines)) return null
  const address = copyRecipient(m)
  let said = lines.filter((l) => FAILURE_WORDS.test(l)).join(' ').replace(/\s+/g, ' ').trim().slice(0, 500)
  if (!address) return replyingMailbox(m, said)
  if (own.has(address.toLowerCase()) || SERVICE_ADDRESS.test(address)) return null
  let reason = wordsReason(said)
  const wide = reason === undefined ? noticeWideCause(lines) : null
  if (wide) {
    said = `${said} ${wide.line}`.trim()
    reason = wide.reason
  }
  return { recipients: [{ address, diagnostic: said, reason }] }
}

/**
 * masqmail's heading over the one error of its failure and delay notices, after the list of
 * recipients (tpl/failmsg.tpl, warnmsg.tpl and their .de, .fr, .it translations: "This error message
 * may give you a hint about what caused the failure:", "Diese Fehlermeldung könnte einen Hinweis über
 * die Ursache geben:", "Ce message d'erreur peut vous aider à déterminer la cause de l'échec:", "Il
 * seguente msg d'errore potrebbe aiutarti a capire la causa dell'errore:").
 */
const HINT_HEADING = /\b(?:error message may give you a hint about what caused|diese fehlermeldung könnte einen hinweis|ce message d['’]erreur peut (?:peut-être )?vous aider à déterminer|il seguente (?:msg|messaggio) d['’]errore potrebbe aiutarti)\b/i
/** The heading's own wrapped end or its English repeat ("failure:)", "(This error message …"): not the error. */
const HINT_REST = /^\s*(?:\(|[^\d]*[:：]\)?\s*$)/

/**
 * The one error a notice gives for its whole list, under a hint heading after the list (masqmail:
 * fail_msg.c writes "@failed_rcpts" as "\t<x@y>" lines and deliver.c one error for them all, "while
 * connected with <host>, the server replied" over the reply, or "could not open connection to
 * <host>:25 :" over the system's error). With one recipient listed the error is that recipient's own
 * reply, whatever it says; with several it is the last reply of the session, so it gives them a
 * cause only when that cause would not make an address dead (KILLS_ADDRESS, as noticeWideCause).
 */
function causeUnderHint(recipients: readonly DecodedRecipient[], lines: readonly string[], firstAt: number): void {
  if (firstAt < 0) return
  const at = lines.findIndex((l, i) => i > firstAt && HINT_HEADING.test(l.slice(0, 1000)))
  if (at < 0) return
  const block: string[] = []
  for (let j = at + 1; j < lines.length && j <= at + 12; j++) {
    const line = lines[j].slice(0, 1000).trim()
    if (!block.length && (line === '' || HINT_REST.test(line))) continue
    if (line === '' || COPY_START.test(line)) break
    block.push(line)
    if (block.length >= 4) break
  }
  const said = block.join(' ').replace(/\s+/g, ' ').trim()
  if (!said) return
  const reason = wordsReason(said)
  const open = recipients.filter((r) => r.reason === undefined && !CODE_LINE.test(r.diagnostic ?? ''))
  if (recipients.length === 1 && open.length === 1) {
    open[0].diagnostic = `${open[0].diagnostic ?? ''} ${said}`.trim()
    open[0].reason = reason
    return
  }
  if (reason === undefined || KILLS_ADDRESS.has(reason)) return
  for (const r of open) {
    r.diagnostic = `${r.diagnostic ?? ''} ${said}`.trim()
    r.reason = reason
  }
}

/**
 * A notice whose failed entries are the mail host's own deliveries, no one's mailbox: Exim's system
 * filter gives the pipes and files it generates the artificial parent "system-filter" (exim spec,
 * "System-wide message filtering"; src/deliver.c), so its bounce lists "pipe to |… / generated by
 * system-filter" and X-Failed-Recipients says "system-filter" (Exim's test suite, test/mail/4123,
 * 4154: the outside check d). The returned copy's recipients were not what failed.
 */
function namesOnlyLocalDeliveries(m: ParsedMessage, lines: readonly string[]): boolean {
  const failed = m.header('x-failed-recipients').split(',').map((s) => s.trim()).filter(Boolean)
  if (failed.length && failed.every((f) => /^system-filter$/i.test(f))) return true
  return lines.some((l) => /^\s*generated by system-filter\b/i.test(l))
}

/**
 * A refusal sent back by the refusing mailbox itself, in reply to the message, that names no address
 * and returns no copy: Zammad's postmaster reply to an oversized message (Channel::EmailParser
 * postmaster_response; app/views/mailer/email_oversized/<lang>.txt.erb: "[undeliverable] Message too
 * large", "… could not be delivered to one or more recipients", sent from the channel's own address
 * with In-Reply-To the message). Its sender is the recipient that refused, only when the subject or
 * the failure lines name a cause: a person's "could not be delivered" alone names no recipient.
 */
function replyingMailbox(m: ParsedMessage, said: string): DialectResult | null {
  const address = cleanAddress(m.from)
  if (!address || isSystemSender(address) || SERVICE_ADDRESS.test(address) || NOTICE_SENDER.test(`${m.from} ${m.fromName}`)) return null
  if (!m.header('in-reply-to').trim()) return null
  const diagnostic = `${m.subject} ${said}`.replace(/\s+/g, ' ').trim().slice(0, 500)
  const reason = wordsReason(diagnostic)
  return reason ? { recipients: [{ address, diagnostic, reason }] } : null
}
