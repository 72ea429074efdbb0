/**
 * Amazon SES event notifications delivered by e-mail through SNS ("AWS Notification Message" from
 * no-reply@sns.amazonaws.com): a JSON body, either the SES event itself or the SNS envelope whose
 * "Message" string holds it. Bounce → failed recipients; Delivery → delivered; Complaint is a
 * feedback report, not a bounce, so it is left to the feedback path ("not mine").
 * Fields: AWS SES Developer Guide, "Amazon SNS notification contents". Samples:
 * test/fixtures/sisimai/lhost-amazonses-09..13.eml. SES's own DSN mails are plain RFC 3464.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { ParsedMessage } from '../../mime/parsed-message'
import { findReplyCode, findStatus, MAX_SCAN } from './text'

interface SesEvent {
  notificationType?: string
  eventType?: string
  bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress?: string; action?: string; status?: string; diagnosticCode?: string }[]; timestamp?: string; reportingMTA?: string }
  delivery?: { recipients?: string[]; smtpResponse?: string; timestamp?: string; reportingMTA?: string }
  mail?: { headers?: { name?: string; value?: string }[]; commonHeaders?: { subject?: string; to?: string[]; date?: string } }
}

/** JSON from the body; mail transport sometimes folds long lines ("...!\n ..."), which is undone first. */
function parseJson(text: string): unknown {
  const start = text.indexOf('{')
  const end = text.lastIndexOf('}')
  if (start < 0 || end < start) return null
  const body = text.slice(start, end + 1)
  for (const candidate of [body, body.replace(/!?\r?\n[ \t]/g, '')]) {
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

export const amazonSes: Dialect = {
  name: 'amazon-ses',
  decode(message: ParsedMessage): DialectResult | null {
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
    }
    recipients = recipients.filter((r) => typeof r.address === 'string' && r.address.includes('@'))
    if (!recipients.length) return null
    const mail = event.mail
    // The original's own Message-ID header, when SES kept the headers (SES's "messageId" is its own id).
    const messageId = mail?.headers?.find((h) => h.name?.toLowerCase() === 'message-id')?.value ?? ''
    return {
      recipients,
      original: { messageId, subject: mail?.commonHeaders?.subject ?? '', to: mail?.commonHeaders?.to ?? [] },
    }
  },
}
