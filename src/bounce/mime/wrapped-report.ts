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
import { isSystemSender } from '../kind'
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
