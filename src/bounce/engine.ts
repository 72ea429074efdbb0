/**
 * The pipeline on one parsed notice: kind checks → dialects in registry order → the generic
 * RFC 3464 reader → the text fallback → per-recipient command, reason, hard and verdict. Pure and
 * synchronous; never throws on a decoder's behalf (a failing decoder counts as "not mine").
 */
import type { DecodedRecipient, Dialect, DialectResult } from './dialect'
import type { ParsedMessage } from './mime/parsed-message'
import type { OriginalMessage, Report, ReportKind } from './types'
import { isChallenge } from './challenge'
import { commandIn, lastTranscriptCommand, windowAbout } from './command'
import { DIALECTS, remoteHostRules } from './dialects/index'
import { isOrdinaryMail } from './ordinary-mail'
import { isMachineReport } from './machine-reports'
import { feedbackRecipients } from './feedback'
import { isAutoSubmittedReply, isFeedbackReport, isListManagerReport, looksLikeAutoreply } from './kind'
import { extractOriginal } from './original'
import { mergeRecipients, toRecipientReport } from './recipient'
import { DELAY_SUBJECT } from './notice-words'
import { decodeRfc3464 } from './rfc3464'
import { decodeByText, looksLikeUnreadFailure } from './text-fallback'
import { noticeSaysDelay, noticeSaysSuccess } from './notice-says'

/** No real notice lists more; bounds the per-recipient work on hostile ones. */
const MAX_RECIPIENTS = 1000

/** How much of the notice's text is searched for what it says about each recipient. */
const MAX_CONTEXT_TEXT = 64 * 1024

/** Fills the SMTP command from the notice's text where the decoder did not say it. */
function addCommands(recipients: DecodedRecipient[], text: string): void {
  const body = text.length > MAX_CONTEXT_TEXT ? text.slice(0, MAX_CONTEXT_TEXT) : text
  let lower = ''
  for (const r of recipients) {
    if (r.command) continue
    const fromDiagnostic = commandIn((r.diagnostic ?? '').slice(0, 2048))
    if (fromDiagnostic) {
      r.command = fromDiagnostic
      continue
    }
    lower ||= body.toLowerCase()
    const { before, after } = windowAbout(body, lower, r.address)
    r.command = commandIn(after) || lastTranscriptCommand(before) || (recipients.length === 1 ? lastTranscriptCommand(body.slice(0, 8192)) : '')
  }
}

/**
 * A decoder's result with at least one recipient that is an address, else null. A decoder that
 * throws, finds nothing, or finds only non-addresses (a path, a screen name it could not complete)
 * said "not mine": the next readers still get the notice (issue 9, class 1: a provider dialect that
 * knows the sender but not the body's layout must not end the reading chain).
 */
function tryDecode(decoder: Pick<Dialect, 'decode'>, m: ParsedMessage): DialectResult | null {
  try {
    const r = decoder.decode(m)
    return r && r.recipients.some((x) => x.address.includes('@')) ? r : null
  } catch {
    return null
  }
}

/** The generic RFC 3464 reader in the dialect shape, so the loop above needs no closure per decoder. */
const RFC3464: Pick<Dialect, 'decode'> = { decode: decodeRfc3464 }

function mergeOriginal(found: Partial<OriginalMessage> | undefined, fallback: () => OriginalMessage | null): OriginalMessage | null {
  if (found?.messageId && found.subject && found.to?.length && found.date) return { messageId: found.messageId, subject: found.subject, to: found.to, date: found.date }
  const other = fallback()
  if (!found) return other
  return {
    messageId: found.messageId || other?.messageId || '',
    subject: found.subject || other?.subject || '',
    to: found.to?.length ? found.to : other?.to ?? [],
    date: found.date || other?.date || '',
  }
}

/** A report without recipients; the returned copy's headers still tie it to the message sent. */
function emptyReport(m: ParsedMessage, notice: Report['notice'], kind: ReportKind, decoder = ''): Report {
  return { kind, recipients: [], original: extractOriginal(m), notice, decoder }
}

/** A permanent code in what the server said: a recipient that failed for good, even in a warning. */
const PERMANENT = /(?:^|[^\d.])5\d\d(?:[ -]|$)|(?:^|[^\d.])5\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/

/**
 * A notice that calls itself a delay warning (Postfix "THIS IS A WARNING ONLY", Sendmail "Warning:
 * could not send message for past 4 hours", Exchange "Delivery delayed", Gmail "(Delay)", Exim
 * "has not yet been delivered"): a recipient whose reader gave no Action is still being tried, so it
 * is `delayed` (verdict `pending`), unless its own status or reply is permanent. A DSN's Action field
 * always stands (issue 9: no warning ever reaches Remove or Retry).
 */
function markDelays(recipients: DecodedRecipient[], m: ParsedMessage): void {
  if (recipients.every((r) => r.action)) return
  if (noticeSaysSuccess(m)) {
    markSuccesses(recipients)
    return
  }
  if (!noticeSaysDelay(m)) return
  // A subject that names the notice a delay warning covers every recipient: Postfix with
  // soft_bounce = yes (postconf(5): 5xx replies are retried) quotes "said: 550 5.1.1 … User unknown"
  // in its "Delayed Mail (still being retried)" notice, and the server still tries.
  const bySubject = DELAY_SUBJECT.test(m.subject)
  for (const r of recipients) {
    if (r.action) continue
    if (!bySubject && (/^5/.test(r.status ?? '') || /^5/.test(r.replyCode ?? '') || PERMANENT.test((r.diagnostic ?? '').slice(0, 2048)))) continue
    r.action = 'delayed'
  }
}

/** A failure or temporary code (4xx/5xx, 4.x.x/5.x.x), or words that say this recipient failed. */
const FAILED_HERE = /(?:^|[^\d.])[45]\d\d(?:[ -]|$)|(?:^|[^\d.])[45]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)|fail|unknown|reject|undeliver|not delivered|refused|denied|does not exist|no such|invalid/i

/**
 * A success or relay report read as text (Exchange 2003's "Delivery to the following recipients
 * succeeded.", Postfix's "Successful Mail Delivery Report"): its recipients were delivered, unless
 * one carries a failure code or words of its own (issue 9: a success is never a bounce).
 */
function markSuccesses(recipients: DecodedRecipient[]): void {
  for (const r of recipients) {
    if (r.action || /^[45]/.test(r.status ?? '') || /^[45]/.test(r.replyCode ?? '') || FAILED_HERE.test((r.diagnostic ?? '').slice(0, 2048))) continue
    r.action = 'delivered'
  }
}

/**
 * A delivery-status part that names a failed recipient with no Status and no Diagnostic-Code keeps the
 * reason in the human-readable part only (a Strato DSN in a sender project's tests, issue 9 third outside
 * check: "Grund steht nur im lesbaren Teil"); whichever reader took the fields, the text reader's reading
 * of that part gives the server's words, and its status where the fields gave none or a generic X.0.0.
 */
function fillFromProse(recipients: DecodedRecipient[], m: ParsedMessage): void {
  if (!m.deliveryStatus || !recipients.some((r) => !r.diagnostic && r.action !== 'delivered')) return
  const told = tryDecode({ decode: (message) => decodeByText(message, true) }, m)?.recipients ?? []
  for (const r of recipients) {
    if (r.diagnostic || r.action === 'delivered') continue
    const key = r.address.toLowerCase()
    const said = told.find((t) => t.address.toLowerCase() === key)
    // Only a reply or words that name a cause; a heading alone ("failed permanently") adds nothing.
    if (!said?.diagnostic || !(said.status || said.replyCode || said.reason || /\b[45]\d\d\b/.test(said.diagnostic))) continue
    r.diagnostic = said.diagnostic
    if (said.status && (!r.status || /^[45]\.0\.0$/.test(r.status))) r.status = said.status
    r.replyCode ||= said.replyCode
    r.remoteMta ||= said.remoteMta
  }
}

/** `knownNotice`: the caller knows the message is a delivery notice (lets the text fallback read it). */
export function analyse(m: ParsedMessage, knownNotice = false): Report {
  const notice = { messageId: m.header('message-id').trim(), subject: m.subject, from: m.from, date: m.date }

  if (isFeedbackReport(m)) {
    const report = emptyReport(m, notice, 'feedback', 'arf')
    report.recipients = feedbackRecipients(m, report.original).map((r) => toRecipientReport(r, []))
    return report
  }
  if (looksLikeAutoreply(m)) return emptyReport(m, notice, 'autoreply', 'rfc3834')
  // A robot asking the sender to prove they are human: the address is alive, nothing failed.
  if (isChallenge(m)) return emptyReport(m, notice, 'autoreply', 'challenge')
  // A list manager telling its owner about a member's bounce: the attached bounce is not the reader's.
  if (isListManagerReport(m)) return emptyReport(m, notice, 'none')
  // A quarantine digest for the reader, a DMARC or TLS report, a list's decision on one post (machine-reports.ts).
  if (isMachineReport(m)) return emptyReport(m, notice, 'none')
  // A list's post or digest, a person's forward or letter about a notice: not the reader's notice
  // (unless the caller knows it is one: a webmail page's text that opens as a notice).
  if (!knownNotice && isOrdinaryMail(m)) return emptyReport(m, notice, isAutoSubmittedReply(m) ? 'autoreply' : 'none')

  let result: DialectResult | null = null
  let decoder = ''
  for (const d of DIALECTS) {
    result = tryDecode(d, m)
    if (result) {
      decoder = d.name
      break
    }
  }
  // Also run behind a dialect: it fills in what the dialect left out (status, remote MTA, date).
  const standard = tryDecode(RFC3464, m)
  if (!result && standard) {
    result = standard
    decoder = 'rfc3464'
  }
  if (!result && !isAutoSubmittedReply(m)) {
    result = tryDecode({ decode: (message) => decodeByText(message, knownNotice) }, m)
    if (result) decoder = 'text'
  }
  if (!result) {
    if (isAutoSubmittedReply(m)) return emptyReport(m, notice, 'autoreply')
    // A daemon's failure notice that no reader could read says so (issue 9): never a silent `none`.
    return emptyReport(m, notice, 'none', looksLikeUnreadFailure(m, knownNotice) ? 'unread' : '')
  }

  // Something without an "@" is not a contact, whatever a decoder made of it.
  const merged = mergeRecipients(result.recipients, result === standard ? null : standard?.recipients ?? null)
    .filter((r) => r.address.includes('@'))
    .slice(0, MAX_RECIPIENTS)
  if (!merged.length) return emptyReport(m, notice, isAutoSubmittedReply(m) ? 'autoreply' : 'none')
  fillFromProse(merged, m)
  markDelays(merged, m)
  addCommands(merged, m.text)
  // Without a Last-Attempt-Date the notice's own Date is when the failure was reported.
  for (const r of merged) r.date ||= m.date
  const recipients = merged.map((r) => toRecipientReport(r, remoteHostRules))
  // A decoder that read a complaint (an SES notification) says so per recipient, as the ARF path does.
  const kind: ReportKind = recipients.some((r) => r.action === 'failed')
    ? 'bounce'
    : recipients.some((r) => r.action === 'delayed')
      ? 'delay'
      : recipients.every((r) => r.reason === 'feedback') ? 'feedback' : 'delivered'
  return { kind, recipients, original: mergeOriginal(result.original, () => extractOriginal(m)), notice, decoder }
}
