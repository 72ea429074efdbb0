/**
 * A delivery report handed on inside a message/rfc822 part: a gateway or a list server that relays
 * the DSN it got as an attachment of its own notice. fschulze/bounced's `get_delivery_status` looks
 * inside a message/rfc822 part for a multipart/report, EmailEngine's `lib/bounce-detect.js` takes the
 * message/delivery-status found in the returned message's attachments, and rgl/MailBounceDetector's
 * StandardBounceDetector visits every multipart/report in the tree. The returned copy of a person's
 * own message (a bounce of a forwarded bounce) must never be read so: the wrapped message is used
 * only when both the notice and the wrapped report come from a mail system's own mailbox, and only
 * when the notice itself gave no recipient (index.ts): the dialects that know such a gateway (x5)
 * keep reading it their way.
 */
import { hasBounceStructure, isNoticeSender, isSystemSender } from '../kind'
import type { Email } from 'postal-mime'
import { parseMime, toParsedMessage, type ParsedMessage } from './parsed-message'

const REPORT_TYPE_DS = /^content-type:[ \t]*multipart\/report[^\n]{0,200}(?:\n[ \t][^\n]{0,200}){0,3}report-type\s*=\s*"?delivery-status/im
const FROM_LINE = /^from:[ \t]*([^\n]{0,300})/im

/** The notice with the wrapped report's delivery status, or null when it wraps none. */
export async function wrappedReport(m: ParsedMessage): Promise<ParsedMessage | null> {
  if (m.deliveryStatus || !m.original || !isSystemSender(m.from)) return null
  // Only the wrapped message's header block says what it is.
  const headEnd = m.original.search(/\r?\n\r?\n/)
  const head = (headEnd < 0 ? m.original : m.original.slice(0, headEnd)).replace(/\r\n?/g, '\n')
  if (!REPORT_TYPE_DS.test(head)) return null
  const from = FROM_LINE.exec(head)?.[1] ?? ''
  const address = (/<([^<>\s]{1,254})>/.exec(from)?.[1] ?? from.trim()).toLowerCase()
  if (!isSystemSender(address)) return null
  const inner = toParsedMessage(await parseMime(m.original))
  if (!inner.deliveryStatus) return null
  return { ...m, deliveryStatus: inner.deliveryStatus, original: inner.original || m.original }
}

/**
 * The whole notice a gateway handed on as its message/rfc822 part, when that message is a mail
 * system's notice: from a daemon's address or a notice sender's name ("Mail Delivery System",
 * Exchange's system mailbox), sent with the null reverse-path (RFC 5321 §4.5.5: "<>" as Return-Path
 * or From), or a DSN itself (RFC 3462 multipart/report). Read as its own message, its text is the
 * notice's (qmail, Exim, Sendmail's recipient in the text beside a DSN whose Final-Recipient lost it),
 * not the gateway's covering note. RFC 2046 §5.2.1 (message/rfc822 encapsulates a whole message);
 * transport-gateways.test.ts: every corpus notice so wrapped reads as the notice itself. A person's
 * returned message is none of these. Only when the gateway's own notice came from a daemon and carries
 * no DSN of its own; it is read before the gateway's text (index.ts), whose failure words would
 * otherwise blame the "returned copy's" one recipient: the wrapped notice's To, the reader's own address.
 */
export async function wrappedNotice(m: ParsedMessage, email?: Email): Promise<ParsedMessage | null> {
  if (m.deliveryStatus || !m.original || !(isSystemSender(m.from) || isPecAnomaly(m))) return null
  // Its header block decides (cheap); only a mail system's notice is parsed whole.
  const headEnd = m.original.search(/\r?\n\r?\n/)
  if (headEnd < 0 || !isMailSystemNotice(toParsedMessage(await parseMime(m.original.slice(0, headEnd + 1))))) return null
  // The whole part: `original` keeps the first 64 KB, and a relay's base64 makes a long notice longer.
  const whole = email?.attachments.find((a) => WHOLE_MESSAGE.has(a.mimeType))?.content
  const inner = toParsedMessage(await parseMime(whole && typeof whole !== 'string' ? whole : m.original))
  return isMailSystemNotice(inner) ? inner : null
}

/**
 * Italian certified mail (PEC): a PEC mailbox receives a message from outside PEC, a bounce included,
 * inside its provider's envelope "ANOMALIA MESSAGGIO: <subject>" ("Il messaggio originale è incluso in
 * allegato"), so a PEC sender's bounce from an ordinary server arrives wrapped: "La reale ragione del
 * mancato recapito è nel messaggio originale incluso in allegato" (Namirial's PEC help, "Riscontro
 * l'errore Anomalia Messaggio"; the subject prefix as cassaedilesavona.com's PEC guide lists it). The
 * wrapped message is read only when it is a mail system's notice (isMailSystemNotice).
 */
function isPecAnomaly(m: ParsedMessage): boolean {
  return /^\s*anomalia messaggio\s*:/i.test(m.subject)
}

/** A message a mail system sent as a notice, by its header and structure alone (wrappedNotice). */
export function isMailSystemNotice(m: ParsedMessage): boolean {
  const nullPath = NULL_PATH.test(m.header('return-path')) || NULL_PATH.test(m.header('from'))
  return isSystemSender(m.from) || isNoticeSender(m) || nullPath || hasBounceStructure(m)
}

/** The part types `original` is taken from (parsed-message.ts), in the same first-found order. */
const WHOLE_MESSAGE = new Set(['text/rfc822-headers', 'message/rfc822', 'message/global', 'message/global-headers'])
const NULL_PATH = /^\s*<\s*>\s*$/
