/**
 * Amazon SES, two ways. (1) Its DSNs (MAILER-DAEMON@*.amazonses.com) wrap the remote server's reply
 * in SES's own summary: "5.1.0 - Unknown address error 550-'5.7.1 <...>... Access denied'" or
 * "554 4.4.7 Message expired: ...<421 4.4.2 Connection timed out>"; the remote's words inside are
 * the real cause (lhost-amazonses-01/03/17). (2) Event notifications delivered by e-mail through SNS ("AWS Notification Message" from
 * no-reply@sns.amazonaws.com): a JSON body, either the SES event itself or the SNS envelope whose
 * "Message" string holds it. Bounce → failed recipients; Delivery → delivered; Complaint → the
 * complained recipients with reason "feedback" (a complaint, like an ARF report: never a bounce).
 * Fields: AWS SES Developer Guide, "Amazon SNS notification contents". Samples:
 * test/fixtures/sisimai/lhost-amazonses-09..13.eml. SES's own DSN mails are plain RFC 3464.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { ParsedMessage } from '../../mime/parsed-message'
import { recipientsFromFields } from '../../rfc3464'
import { findReplyCode, findStatus, MAX_RECIPIENTS, MAX_SCAN } from './text'

interface SesEvent {
  notificationType?: string
  eventType?: string
  bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress?: string; action?: string; status?: string; diagnosticCode?: string }[]; timestamp?: string; reportingMTA?: string }
  delivery?: { recipients?: string[]; smtpResponse?: string; timestamp?: string; reportingMTA?: string }
  complaint?: { complainedRecipients?: { emailAddress?: string }[]; timestamp?: string }
  mail?: { headers?: { name?: string; value?: string }[]; commonHeaders?: { subject?: string; to?: string[]; date?: string; messageId?: string } }
}

/** JSON from the body; mail transport sometimes folds long lines ("...!\n ..."), which is undone first. */
function parseJson(text: string): unknown {
  const start = text.indexOf('{')
  const end = text.lastIndexOf('}')
  if (start < 0 || end < start) return null
  const body = text.slice(start, end + 1)
  // A page's 76-column re-wrap broke the one-line JSON at spaces (inside strings too): a newline
  // back to the space it replaced restores it.
  for (const candidate of [body, body.replace(/!?\r?\n[ \t]/g, ''), body.replace(/\r?\n/g, ' ')]) {
    try {
      return JSON.parse(candidate)
    } catch {
      // try the next form
    }
  }
  return null
}

function eventOf(text: string): SesEvent | null {
  const outer = parseJson(text) as (SesEvent & { Type?: string; Message?: string }) | null
  if (!outer || typeof outer !== 'object') return null
  if (typeof outer.Message === 'string') return parseJson(outer.Message) as SesEvent | null
  return outer
}

const smtpText = (s: string) => s.replace(/^\s*smtp;\s*/i, '')

/** The remote's reply inside SES's summary, or null when the diagnostic has none. */
function innerReply(diagnostic: string): { replyCode: string; status: string } | null {
  // "5.3.0 - Other mail system problem 550-'Unknown user ...' (delivery attempts: 0)"
  const quoted = /^\d\.\d\.\d{1,3} - [^']{0,200}?([245]\d\d)[- ]'([^']{0,2000})'/.exec(diagnostic)
  if (quoted) return { replyCode: quoted[1], status: findStatus(quoted[2]) }
  // "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"
  const angled = /<([245]\d\d) ([245]\.\d\.\d{1,3}) [^>]{0,500}>\s*$/.exec(diagnostic)
  return angled ? { replyCode: angled[1], status: angled[2] } : null
}

/**
 * SES's text part, all a page shows when the delivery-status part is not rendered: "The following
 * message to <x> was undeliverable." / "The reason for the problem:" / SES's summary of the reply.
 */
const TEXT_SUMMARY = /The following message to <?([^\s<>@]{1,64}@[^\s<>@]{1,255}?)>? was undeliverable\.?\s*\r?\n\s*The reason for the problem:\s*\r?\n\s*([^\r\n]{1,2000})/i

function fromTextSummary(text: string): DecodedRecipient[] {
  const scan = text.slice(0, MAX_SCAN)
  const m = TEXT_SUMMARY.exec(scan)
  if (!m) return []
  let diagnostic = m[2].trim()
  // The quoted reply re-wrapped onto the next lines ("…550-'5.2.2 <x>... Mailbox" / "Full'"): read to its closing quote.
  if (/\d{3}[- ]'[^']*$/.test(diagnostic)) {
    const rest = scan.slice(m.index + m[0].length).split(/\r\n?|\n/).slice(1, 4)
    for (const line of rest) {
      if (!line.trim()) break
      diagnostic = `${diagnostic} ${line.trim()}`
      if (line.includes("'")) break
    }
  }
  return [{ address: m[1], action: 'failed', status: findStatus(diagnostic), replyCode: findReplyCode(diagnostic), diagnostic }]
}

function fromDsn(message: ParsedMessage): DialectResult | null {
  // Amazon WorkMail writes the same fields inline, after "Technical report:" (lhost-amazonworkmail-*).
  const fields = message.deliveryStatus || (/^Final-Recipient:/im.test(message.text) ? message.text.slice(0, MAX_SCAN) : '')
  const recipients = fields ? recipientsFromFields(fields) : fromTextSummary(message.text)
  for (const r of recipients) {
    const inner = innerReply(r.diagnostic ?? '')
    if (!inner) continue
    r.replyCode = inner.replyCode
    if (inner.status) r.status = inner.status
  }
  return recipients.length ? { recipients } : null
}

export const amazonSes: Dialect = {
  name: 'amazon-ses',
  decode(message: ParsedMessage): DialectResult | null {
    if (message.from.endsWith('amazonses.com') && !message.text.includes('notificationType')) return fromDsn(message)
    if (!message.from.endsWith('amazonaws.com')) return null
    if (!message.text.includes('notificationType') && !message.text.includes('eventType')) return null
    const event = eventOf(message.text.slice(0, MAX_SCAN))
    if (!event) return null
    const type = event.notificationType ?? event.eventType ?? ''

    let recipients: DecodedRecipient[] = []
    if (type === 'Bounce') {
      // bounceType "Transient" is SES giving up on a soft failure; the status keeps its class.
      recipients = (event.bounce?.bouncedRecipients ?? []).map((r) => {
        const diagnostic = smtpText(r.diagnosticCode ?? '')
        return {
          address: r.emailAddress ?? '',
          action: 'failed' as const,
          status: r.status || findStatus(diagnostic) || (event.bounce?.bounceType === 'Transient' ? '4.0.0' : '5.0.0'),
          replyCode: findReplyCode(diagnostic),
          diagnostic,
          date: event.bounce?.timestamp ?? '',
        }
      })
    } else if (type === 'Delivery') {
      const response = event.delivery?.smtpResponse ?? ''
      recipients = (event.delivery?.recipients ?? []).map((address) => ({
        address,
        action: 'delivered' as const,
        status: findStatus(response) || '2.0.0',
        replyCode: findReplyCode(response),
        diagnostic: response,
        remoteMta: event.delivery?.reportingMTA ?? '',
        date: event.delivery?.timestamp ?? '',
      }))
    } else if (type === 'Complaint') {
      // complaintFeedbackType ("abuse", ...) is optional and says nothing a contact list needs.
      recipients = (event.complaint?.complainedRecipients ?? []).map((r) => ({
        address: r.emailAddress ?? '',
        action: 'delivered' as const,
        reason: 'feedback' as const,
        date: event.complaint?.timestamp ?? '',
      }))
    }
    recipients = recipients.filter((r) => typeof r.address === 'string' && r.address.includes('@')).slice(0, MAX_RECIPIENTS)
    if (!recipients.length) return null
    const mail = event.mail
    // The original's own Message-ID header, from the kept headers or commonHeaders (mail.messageId is SES's own id).
    const messageId = mail?.headers?.find((h) => h.name?.toLowerCase() === 'message-id')?.value ?? mail?.commonHeaders?.messageId ?? ''
    return {
      recipients,
      original: { messageId, subject: mail?.commonHeaders?.subject ?? '', to: mail?.commonHeaders?.to ?? [] },
    }
  },
}
