/**
 * Last resort for notices no decoder recognised (home-grown gateways, old MTAs, a webmail page's
 * rendered text): addresses on lines that say something failed, with that line as the diagnostic.
 * Runs only on messages that already look like notices, and only over the top of the body (the
 * returned copy below is never read), so ordinary mail cannot produce recipients here.
 */
import type { DialectResult, DecodedRecipient } from './dialect'
import type { ParsedMessage } from './mime/parsed-message'
import { cleanAddress } from './address'
import { isSystemSender } from './kind'
import { FAILURE_CUE, NOTICE_SENDER, NOTICE_SUBJECT } from './notice-words'
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
  return isSystemSender(m.from) || NOTICE_SENDER.test(m.from + ' ' + m.fromName) || NOTICE_SUBJECT.test(m.subject)
}

/** `known`: the caller already knows this is a notice (e.g. a webmail page showing one). */
export function decodeByText(m: ParsedMessage, known = false): DialectResult | null {
  if (!known && !looksLikeNoticeMessage(m)) return null
  let text = m.text.length > MAX_TEXT ? m.text.slice(0, MAX_TEXT) : m.text
  const copy = COPY_START.exec(text)
  if (copy && copy.index > 0) text = text.slice(0, copy.index)
  const own = new Set([m.from, cleanAddress(m.header('to'))].filter(Boolean).map((a) => a.toLowerCase()))
  const lines = splitLines(text)
  const recipients: DecodedRecipient[] = []
  const seen = new Set<string>()
  for (let i = 0; i < lines.length && recipients.length < MAX_RECIPIENTS; i++) {
    const line = lines[i].slice(0, 1000)
    if (/^\s*(?:from|to|cc|reply-to|sender|subject|date):/i.test(line) && !FAILURE_CUE.test(line.replace(/^\s*\w+:/, ''))) continue
    ADDRESS.lastIndex = 0
    for (let a = ADDRESS.exec(line); a; a = ADDRESS.exec(line)) {
      const address = cleanAddress(a[0])
      const key = address.toLowerCase()
      if (!address || own.has(key) || seen.has(key) || /^(?:mailer-daemon|postmaster)@/i.test(address)) continue
      const next = (lines[i + 1] ?? '').slice(0, 1000)
      const context = FAILURE_CUE.test(line) ? line : FAILURE_CUE.test(next) ? `${line} ${next}` : ''
      if (!context) continue
      seen.add(key)
      const diagnostic = context.replace(a[0], ' ').replace(/[<>()]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s:.,;-]+|[\s:.,;-]+$/g, '')
      recipients.push({ address, diagnostic, reason: phraseReason(diagnostic, ORDER) ?? undefined })
    }
  }
  return recipients.length ? { recipients } : null
}
