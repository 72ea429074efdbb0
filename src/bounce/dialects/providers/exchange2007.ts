/**
 * Exchange Server 2007+ and Office 365 / Outlook.com NDRs ("Undeliverable: ..." and its translations):
 * a user-facing list of failed recipients, then "Diagnostic information for administrators" with
 * "Generating server", each recipient's address on its own line and the server's answer
 * ("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...'" or "#550 5.1.1 ... ##").
 * Samples: test/fixtures/sisimai/lhost-exchange2007-*.eml, lhost-office365-*.eml (some truncated:
 * no delivery-status part, text only). Microsoft's codes: ../../remote-hosts/microsoft.ts.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { Reason } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import { recipientsFromFields } from '../../rfc3464'
import type { OriginalMessage } from '../../types'
import { firstOriginal, originalAfter, originalFromInReplyTo } from './original'
import { microsoftReason } from '../../remote-hosts/microsoft'
import { normaliseText } from '../../reasons/classify'
import { deadAddress } from '../../reasons/dead-address'
import { matchesRule } from '../../reasons/rule'
import { noticeSaysDelay } from '../../notice-says'
import { COPY_START } from '../../notice-words'
import { DELAYED, DIAGNOSTIC, ERROR_LINE, EXPLANATIONS, FAILED_TO, GENERATING_SERVER, ORIGINAL_HEADERS, RECIPIENT_ADDRESS, STATUS_CODE, SUBJECTS } from './exchange-locale'
import { MAX_RECIPIENTS, bodyText, cutAt, findAddress, findHost, findReplyCode, findStatus, indexOfAny, isAddressLine, lines, squeeze } from './text'

const SENDERS = ['postmaster@outlook.com', '.onmicrosoft.com']

/** Header signs of an Exchange NDR; cheap, so they are checked before any body scan. */
function headerScore(message: ParsedMessage): number {
  let score = 0
  if (SUBJECTS.some((s) => message.subject.startsWith(s))) score++
  if (SENDERS.some((s) => message.from.endsWith(s))) score++
  if (message.headers.has('x-ms-exchange-message-is-ndr')) score++
  // Exchange's "Microsoft Exchange recipient", the sender of its system messages and NDRs in every
  // language: MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<accepted domain> (Get-OrganizationConfig
  // MicrosoftExchangeRecipientPrimarySmtpAddress; issue 9, "in any language").
  if (EXCHANGE_RECIPIENT.test(message.from)) score++
  return score
}

const EXCHANGE_RECIPIENT = /^microsoftexchange[0-9a-f]{32}@/

/**
 * Microsoft 365's NDR in a language no list here knows (issue 9, "in any language"): its error row is
 * "<label>: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; …" whatever the label's language (the server's
 * answer stays as the server wrote it), and its headline, the first line, names the recipient. The
 * longest such row is the error (the status-code row carries the codes only).
 */
const ANY_ERROR_ROW = /^[ \t]{0,8}[^\n:：<>@]{1,60}?[ \t]?[:：][ \t]{0,40}\n?[ \t]{0,40}([245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b[^\n]{0,2000})$/gm

function anyLanguageError(text: string): string {
  let best = ''
  let n = 0
  for (const m of text.matchAll(ANY_ERROR_ROW)) {
    if (m[1].length > best.length) best = m[1]
    if (++n >= 20) break
  }
  return best
}

/** The recipient of an NDR in any language: the address in its headline, one of its first lines. */
function fromAnyLanguage(text: string): DecodedRecipient[] {
  const error = anyLanguageError(text)
  if (!error) return []
  const headline = lines(text).filter((l) => l.trim()).slice(0, 3).find((l) => findAddress(l))
  const address = headline ? findAddress(headline) : ''
  return address ? [{ address, diagnostic: squeeze(error) }] : []
}

/** "Remote Server returned '550 ...'" → "550 ..."; "#550 5.1.1 ... ##" → "550 5.1.1 ...". */
function serverWords(line: string): string {
  const quoted = /returned '(.{1,2000})'/.exec(line)
  if (quoted) return quoted[1]
  return line.trim().replace(/^#/, '').replace(/\s*##?$/, '')
}

/**
 * An Exchange-encapsulated X.500 address ("IMCEAEX-_O=…_cn=Recipients_cn=…@host"): the legacyExchangeDN
 * of a stale Outlook cache entry, no one's mailbox address (issue 9, pasted notices: pastebin e6yfDi5v,
 * JHaPQHk7). Its section entry is skipped; the user section names the SMTP address when there is one.
 */
const X500 = /^imcea[a-z]{0,8}-/i

/** The administrators' section: address lines, each followed by the server's answer. */
function fromDiagnosticSection(text: string, orphan: { reply: string; remoteMta: string } = { reply: '', remoteMta: '' }): DecodedRecipient[] {
  const at = indexOfAny(text, DIAGNOSTIC)
  if (at < 0) return []
  const out: DecodedRecipient[] = []
  let remoteMta = ''
  // Lines left of a "Remote Server returned '…" whose closing quote a re-wrap (Exchange's own text
  // part, Outlook's 76 columns) moved further down: "… is not allowed to send from" / "<example.net>
  // per its SPF Record. …'" is still the reply.
  let open = 0
  for (const line of lines(text.slice(at)).slice(1)) {
    const t = line.trim()
    if (!t) continue
    if (open > 0 && out.length) {
      const last = out[out.length - 1]
      // The closing quote, not an apostrophe ("per it's SPF Record").
      const end = t.search(/'(?![A-Za-z])/)
      last.diagnostic = squeeze(`${last.diagnostic ?? ''} ${end < 0 ? t : t.slice(0, end)}`)
      open = end < 0 ? open - 1 : 0
      continue
    }
    if (GENERATING_SERVER.some((g) => t.startsWith(g))) {
      remoteMta = findHost(t.slice(t.indexOf(':') + 1))
    } else if (isAddressLine(t) && !X500.test(t)) {
      out.push({ address: findAddress(t), remoteMta })
    } else if (!out.length && !orphan.reply && (t.includes('Remote Server') || findStatus(t))) {
      // The server's reply with no recipient line above it (a paste that trimmed or redacted it).
      orphan.reply = serverWords(t)
      orphan.remoteMta = remoteMta
    } else if (out.length && (t.includes('Remote Server') || /^#?[245]\d\d[ -]/.test(t) || findStatus(t))) {
      const last = out[out.length - 1]
      const unclosed = /returned '((?:[^']|'(?=[A-Za-z])){1,2000})$/.exec(t)
      last.diagnostic = squeeze(`${last.diagnostic ?? ''} ${unclosed ? unclosed[1] : serverWords(t)}`)
      if (unclosed) open = 3
    }
  }
  return out
}

/** The user-facing list ("Name<mailto:jane@acme.example>" then a paragraph), when there is no section above. */
function fromUserSection(text: string): DecodedRecipient[] {
  const at = indexOfAny(text, FAILED_TO)
  if (at < 0) return []
  const out: DecodedRecipient[] = []
  for (const line of lines(text.slice(at)).slice(1, 200)) {
    const t = line.trim()
    // The returned copy below is the user's own message: its From is never a recipient.
    if (COPY_START.test(line)) break
    // The quoted subject line is not an explanation ("Subject:", "Asunto:", "Objet :", ...).
    if (!t || /^(?:Subject|Asunto|Objet|Oggetto|Betreff|Onderwerp|Assunto)\s?:/.test(t)) continue
    // "jane@acme.example", "Jane<mailto:jane@acme.example>" or "Jane Doe <jane@acme.example>"
    const named = /<(?:mailto:)?([^<>\s]{1,256}@[^<>\s]{1,256})>$/.exec(t) ?? /^([^\s()]{1,256}@[^\s()]{1,256}) \(/.exec(t)
    if (named || isAddressLine(t)) out.push({ address: findAddress(named ? named[1] : t), diagnostic: '' })
    else if (out.length && !out[out.length - 1].diagnostic) out[out.length - 1].diagnostic = squeeze(t)
    else if (out.length) break
  }
  return out
}

/**
 * Office 365's newer layout: "Original Message Details ... Recipient Address: jane@acme.example"
 * and "Error Details / Reported error: 550 5.1.10 ... / DSN generated by: host".
 */
function fromDetails(text: string): DecodedRecipient[] {
  const m = labelledLine(RECIPIENT_ADDRESS, '[^\\s]{3,256}').exec(text)
  // The headline of the same layout: "Your message to jane@acme.example couldn't be delivered."
  const headline = /Your message to ([^\s]{3,256}) couldn.t be delivered/.exec(text)
  const address = findAddress(m?.[1] ?? headline?.[1] ?? headlineLine(text))
  if (!address) return []
  // The error line carries the server's whole answer ("Error: 550 5.4.1 Recipient address rejected:
  // Access denied ..."); the status line only its codes.
  // Without either (the page shows only the top), the line under the headline says why ("jane wasn't
  // found at acme.example.", "The domain acme.example couldn't be found.", in each language).
  const error = labelledLine(ERROR_LINE, '[^\\n]{1,2000}').exec(text)?.[1] ?? labelledLine(STATUS_CODE, '[^\\n]{1,2000}').exec(text)?.[1] ?? lineUnderHeadline(text)
  const host = /\nDSN generated by:\s{0,40}([^\s]{1,255})/.exec(text)?.[1] ?? ''
  return [{ address, diagnostic: squeeze(error), remoteMta: findHost(host) }]
}

/** The headline's own line ("Votre message à x n’a pas pu être remis."), in any language of FAILED_TO. */
function headlineLine(text: string): string {
  const at = indexOfAny(text, FAILED_TO)
  if (at < 0) return ''
  const start = text.lastIndexOf('\n', at) + 1
  const end = text.indexOf('\n', at)
  return text.slice(start, end < 0 ? Math.min(text.length, at + 1000) : end)
}

/** The first line with words under the headline ("Your message to x couldn't be delivered."). */
function lineUnderHeadline(text: string): string {
  const at = indexOfAny(text, FAILED_TO)
  if (at < 0) return ''
  // Not a "--" rule: a page or an issue tracker renders the headline as a table header and a copy keeps
  // the rule under it (issue 9, pasted notices: "Ihre Nachricht an x konnte nicht zugestellt werden." /
  // "--" / "x wurde nicht in y gefunden.", github.com/fschulze/jumpnbump/issues/3).
  return lines(text.slice(at, at + 4000)).slice(1, 5).find((l) => l.trim() && !TABLE_RULE.test(l))?.trim() ?? ''
}
const TABLE_RULE = /^[ \t]*[-–—=_|]{2,}[ \t]*$/

const labelledLines = new Map<string, RegExp>()
/**
 * "\n<label>: <value>" for any of the labels (French writes a space before the colon); the value may
 * stand on the next line, where a webmail renders the table's cells one per line.
 */
function labelledLine(labels: readonly string[], value: string): RegExp {
  const key = labels.join('|') + value
  let re = labelledLines.get(key)
  if (!re) {
    re = new RegExp(`\\n[ \\t]{0,8}(?:${labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ \\t]?:[ \\t]{0,40}\\r?\\n?[ \\t]{0,40}(${value})`)
    labelledLines.set(key, re)
  }
  return re
}

/** Office 365's "Original Message Details": Subject, Recipient Address, Created Date. */
function detailsOriginal(text: string): Partial<OriginalMessage> | undefined {
  const field = (name: string) => new RegExp(`\\n${name}:[ \\t]{0,40}([^\\n]{1,998})`).exec(text)?.[1]?.trim() ?? ''
  const subject = field('Subject')
  const to = findAddress(field('Recipient Address'))
  if (!subject && !to) return undefined
  return { subject, to: to ? [to] : [] }
}

/**
 * Microsoft 365's mail loop, "554 5.4.14 Hop count exceeded - possible mail loop", under its
 * recipient-not-found template ("x wasn't found at y.", localised) is a dead address: Exchange Online
 * Protection hands an address its directory lacks to the domain's other mail system, which hands it
 * back; the NDR says so to the user, and to the admin "creating a mail loop when a message is sent to an
 * address that isn't found in their directory. This usually won't disrupt mail flow for recipients that
 * actually exist" (a real NDR printed from Gmail, Kananga5/sciebonoguide-self-engin-tshi README.md, 2024;
 * rendered-modern.test.ts). Under any other headline the loop is the domain's routing (Microsoft's "554
 * 5.4.14 Hop count exceeded" article: an accepted-domain setting), left to the loop's own reason.
 */
function isMailLoop(status: string, diagnostic: string): boolean {
  return status === '5.4.14' || /hop count exceeded/i.test(diagnostic.slice(0, 2048))
}

function headlineSaysNotFound(text: string): boolean {
  return matchesRule(deadAddress, normaliseText(lineUnderHeadline(text)))
}

function explanationReason(text: string): Reason | undefined {
  const t = text.toLowerCase()
  return EXPLANATIONS.find(([, phrases]) => phrases.some((p) => t.includes(p)))?.[0]
}

/** A page's text with no sender and no subject (parseBounceText without hints): only its body can say what it is. */
function mayBePastedAlone(message: ParsedMessage): boolean {
  return !message.from && !message.subject && !message.deliveryStatus
}

/**
 * Microsoft 365's current NDR pasted alone (issue 9, modern notices read as a page's text without subject or
 * sender): its headline in one of FAILED_TO's languages and its "More Info for Email Admins" status row with
 * the codes ("Status code: 550 5.7.515", localised, STATUS_CODE) say it is this NDR, as the two header signs do
 * for a message ("What's included in an NDR", Microsoft's Exchange Online NDR page).
 */
function pastedAlone(text: string): boolean {
  return indexOfAny(text, FAILED_TO) >= 0 && labelledLine(STATUS_CODE, '[245]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}').test(text)
}

export const exchange2007: Dialect = {
  name: 'exchange2007',
  decode(message: ParsedMessage): DialectResult | null {
    // Two signs needed: a header one, then another header or Exchange's own section titles.
    const score = headerScore(message)
    if (score === 0 && !mayBePastedAlone(message)) return null
    const text = cutAt(bodyText(message), ORIGINAL_HEADERS)
    if (score === 0 && !pastedAlone(text)) return null
    if (score === 1 && indexOfAny(text, DIAGNOSTIC) < 0 && indexOfAny(text, FAILED_TO) < 0 && !(EXCHANGE_RECIPIENT.test(message.from) && anyLanguageError(text))) return null

    // The administrators' section may come without the recipient's line (a paste that trimmed or
    // redacted it; an Outlook NDR in a sender project's tests, issue 9 third outside check): with one
    // recipient, the server's reply there is its.
    const orphan = { reply: '', remoteMta: '' }
    const inText = fromDiagnosticSection(text, orphan)
    let recipients: DecodedRecipient[] = recipientsFromFields(message.deliveryStatus)
    if (!recipients.length) recipients = inText.length ? inText : fromDetails(text)
    if (!recipients.length) recipients = fromUserSection(text)
    if (!recipients.length) recipients = fromAnyLanguage(text)
    if (!recipients.length) return null
    recipients = recipients.slice(0, MAX_RECIPIENTS)
    if (!inText.length && orphan.reply && recipients.length === 1 && !recipients[0].status) {
      recipients[0].diagnostic = orphan.reply
      recipients[0].remoteMta ||= orphan.remoteMta
    }

    const explained = explanationReason(text)
    // Its own delay list, or a notice that calls itself a delay warning in words the list lacks.
    const delayed = indexOfAny(text, DELAYED) >= 0 || noticeSaysDelay(message)
    for (const r of recipients) {
      const own = inText.find((x) => x.address.toLowerCase() === r.address.toLowerCase())
      if (!r.diagnostic && own?.diagnostic) r.diagnostic = own.diagnostic
      if (!r.remoteMta && own?.remoteMta) r.remoteMta = own.remoteMta
      // "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <remote's words>":
      // Exchange Online relaying a remote refusal; its framing is generic, the remote's words follow "->".
      const relayed = / -> ([245]\d\d\b.{0,2000})$/.exec(r.diagnostic ?? '')
      if (relayed) {
        // "unknown recipient or mailbox unavailable ->": the remote refused the recipient, at RCPT (5.1.351).
        if (/unknown recipient or mailbox unavailable/.test(r.diagnostic ?? '') || r.status === '5.1.351') r.command = 'RCPT'
        r.replyCode ||= findReplyCode(r.diagnostic ?? '')
        r.diagnostic = relayed[1]
        // The generating server only passed the words on; it is not the host that answered.
        if (own && r.remoteMta === own.remoteMta) r.remoteMta = ''
      }
      const diagnostic = r.diagnostic ?? ''
      r.action ??= delayed ? 'delayed' : 'failed'
      r.replyCode ||= findReplyCode(diagnostic)
      r.status ||= findStatus(diagnostic) || (r.replyCode?.startsWith('4') || delayed ? '4.0.0' : '5.0.0')
      // Microsoft's own code or NDR name first; the localized explanation only when the code is generic.
      // A recipient's own paragraph explains it; the notice-wide explanation only when it has none or
      // is the one recipient (two recipients, one "not listed in the domain's directory", one whose
      // mailbox is full: the second's words are not the first's cause).
      const ownExplained = diagnostic ? explanationReason(diagnostic) : undefined
      const wideExplained = recipients.length === 1 || !diagnostic ? explained : undefined
      const reason = microsoftReason(r.status, diagnostic) ?? (/^\d\.0\.0$/.test(r.status) ? ownExplained ?? wideExplained : undefined)
      if (reason) r.reason = reason
      if (recipients.length === 1 && isMailLoop(r.status, diagnostic) && headlineSaysNotFound(text)) r.reason = 'userunknown'
      if (!r.diagnostic) r.diagnostic = ''
    }
    const original = message.original ? undefined : firstOriginal(originalAfter(bodyText(message), ORIGINAL_HEADERS), detailsOriginal(text), originalFromInReplyTo(message))
    return { recipients, original }
  },
}
