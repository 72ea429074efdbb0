/**
 * Last resort for notices no decoder recognised (home-grown gateways, old MTAs, a webmail page's
 * rendered text): addresses on lines that say something failed, with that line as the diagnostic.
 * Runs only on messages that already look like notices, and only over the top of the body (the
 * returned copy below is never read), so ordinary mail cannot produce recipients here.
 */
import type { DialectResult, DecodedRecipient } from './dialect'
import type { ParsedMessage } from './mime/parsed-message'
import { cleanAddress, joinScreenName } from './address'
import { isSystemSender } from './kind'
import { DELAY_CUE, FAILURE_CUE, GAVE_UP_CUE, NOTICE_BODY, NOTICE_SENDER, NOTICE_SUBJECT, RECIPIENT_LABEL } from './notice-words'
import { phraseReason } from './reasons/classify'
import { splitLines } from './split-lines'
import { FIRST_PASS, SECOND_PASS } from './reasons/order'

/**
 * Such notices carry no SMTP command or status, so Sisimai's command rules (userunknown only at
 * RCPT) cannot apply; the words themselves decide ("Destinatario desconocido" is an unknown user).
 */
const ORDER = [...FIRST_PASS, ...SECOND_PASS]

const MAX_TEXT = 16 * 1024
const MAX_RECIPIENTS = 50
const ADDRESS = /[A-Za-z0-9._%+\-=!#$&'*/?^`{|}~]{1,128}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,10}/g

/** Where the returned copy (or its headers) starts: nothing below is about delivery. */
const COPY_START = /^(?:[-|= \t]{0,80}(?:message text follows|original message|returned message|this is a copy|undelivered message|headers? of the original|the original message|mensaje original|message d'origine|messaggio originale|ursprüngliche nachricht|oorspronkelijk bericht|mensagem original)|received: |return-path: |message-id: )/im

export function looksLikeNoticeMessage(m: ParsedMessage): boolean {
  return isSystemSender(m.from) || NOTICE_SENDER.test(m.from + ' ' + m.fromName) || NOTICE_SUBJECT.test(m.subject) || NOTICE_BODY.test(m.text.slice(0, 2000))
}

/** A notice (by sender, subject or opening) whose top says something failed: worth saying it was not read. */
export function looksLikeUnreadFailure(m: ParsedMessage, known = false): boolean {
  if (!known && !looksLikeNoticeMessage(m)) return false
  const text = m.text.length > MAX_TEXT ? m.text.slice(0, MAX_TEXT) : m.text
  return FAILURE_CUE.test(text)
}

/** What may stand around an address on a line of its own: bullets, brackets, quotes, a colon. */
const DECORATION = /^[\s\-*•·>|<'"`:;,.\[\]]*$/
/** A trailing parenthesised remark ("x@y (user not found)", GroupWise) or Exchange 2000's "on <date>". */
const TRAILER = /(?:\([^()]{0,200}\)|\bon \d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[^<>@]{0,40})\s*$/
/** X.400 attributes before the address: "c=US;a= ;p=Org;o=Site;dda:" (Exchange 5.5, Microsoft KB 258678). */
const X400_ATTRIBUTES = /^[\s'"]*(?:[a-z]{1,4}=[^;]{0,64};\s*){1,12}(?:dda:)?$/i
/** A line that carries a code: the server's reply, found a few lines under the address. */
const CODE_LINE = /(?:^|[^\d.])(?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d))/
/** How many lines under an address its reply may stand ("Remote Server returned '550 5.1.10 …'"). */
const CODE_LOOKAHEAD = 6

/** The line without the address is only decoration: the address stands alone on it. */
function standsAlone(line: string, token: string): boolean {
  const rest = line.replace(token, ' ').replace(TRAILER, '')
  return DECORATION.test(rest) || X400_ATTRIBUTES.test(rest)
}

/** The first line under `i` that carries a reply code, before a line about another address. */
function codeLineAfter(lines: readonly string[], i: number, token: string): string {
  for (let j = i + 1; j < lines.length && j <= i + CODE_LOOKAHEAD; j++) {
    const line = lines[j].slice(0, 1000)
    if (line.includes('@') && !line.includes(token) && ADDRESS_ONE.test(line)) return ''
    if (CODE_LINE.test(line)) return line
  }
  return ''
}

const ADDRESS_ONE = /[A-Za-z0-9._%+\-]@[A-Za-z0-9\-]{1,63}\./

function diagnosticOf(context: string, token: string): string {
  return context.replace(token, ' ').replace(/[<>()]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s:.,;-]+|[\s:.,;-]+$/g, '')
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
  const failureSaid = FAILURE_CUE.test(text)
  if (!failureSaid) return null
  // A warning that the server still tries: its recipients are delayed, not failed (notice-words.ts).
  const delayed = DELAY_CUE.test(text) && !GAVE_UP_CUE.test(text)
  const own = new Set([m.from, cleanAddress(m.header('to'))].filter(Boolean).map((a) => a.toLowerCase()))
  const lines = splitLines(text)
  const recipients: DecodedRecipient[] = []
  const seen = new Set<string>()
  // The last line with words that is not an address on its own: the heading of a list of addresses.
  // A sentence wrapped over two lines ("…could not be\ndelivered:") counts whole.
  let heading = ''
  let headingCue = false
  let previous = ''
  for (let i = 0; i < lines.length && recipients.length < MAX_RECIPIENTS; i++) {
    const line = joinScreenName(lines[i].slice(0, 1000))
    if (line.trim() === '') continue
    if (/^\s*(?:from|to|cc|reply-to|sender|subject|date):/i.test(line) && !FAILURE_CUE.test(line.replace(/^\s*\w+:/, ''))) {
      heading = line
      headingCue = false
      previous = line
      continue
    }
    let alone = false
    ADDRESS.lastIndex = 0
    for (let a = ADDRESS.exec(line); a; a = ADDRESS.exec(line)) {
      const address = cleanAddress(a[0])
      const key = address.toLowerCase()
      if (standsAlone(line, a[0])) alone = true
      if (!address || own.has(key) || seen.has(key) || /^(?:mailer-daemon|postmaster)@/i.test(address)) continue
      const next = (lines[i + 1] ?? '').slice(0, 1000)
      // The line under it explains when it has failure words and no address of its own (Microsoft
      // 365: "Your message to x couldn't be delivered." over "x wasn't found at y.", in every language).
      const explains = FAILURE_CUE.test(next) && !ADDRESS_ONE.test(next)
      const context = FAILURE_CUE.test(line)
        ? explains ? `${line} ${next}` : line
        : FAILURE_CUE.test(next)
          ? `${line} ${next}`
          : RECIPIENT_LABEL.test(line)
            ? line
            : alone && headingCue ? heading : ''
      if (!context) continue
      seen.add(key)
      let diagnostic = diagnosticOf(context, a[0])
      if (!CODE_LINE.test(diagnostic)) {
        const code = codeLineAfter(lines, i, a[0])
        if (code) diagnostic = `${diagnostic} ${code.trim()}`.trim()
      }
      recipients.push({ address, diagnostic, reason: phraseReason(diagnostic, ORDER) ?? undefined, ...(delayed ? { action: 'delayed' as const } : {}) })
    }
    if (!alone) {
      const joined = `${previous} ${line}`
      heading = FAILURE_CUE.test(line) ? line : joined
      headingCue = heading !== joined || FAILURE_CUE.test(joined)
      previous = line
    }
  }
  return recipients.length ? { recipients } : null
}
