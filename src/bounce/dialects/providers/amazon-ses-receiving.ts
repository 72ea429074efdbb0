/**
 * DSNs sent by Amazon SES's inbound side (Reporting-MTA: inbound-smtp.<region>.amazonaws.com) when a
 * receipt rule's Bounce action returns a message SES had accepted. The code and text are what the
 * domain's owner typed into the rule (SES offers "550 5.1.1 Mailbox does not exist" as the template),
 * so a 5.1.1 there is a rule refusing mail after acceptance, not a mailbox lookup: filtered, as
 * Sisimai reads it (test/fixtures/sisimai/lhost-receivingses-01/02). Other codes keep their meaning.
 * AWS SES Developer Guide, "Bounce action".
 */
import type { Dialect, DialectResult } from '../../dialect'
import type { ParsedMessage } from '../../mime/parsed-message'
import { recipientsFromFields } from '../../rfc3464'

const REPORTING = /^reporting-mta:\s*dns;\s*inbound-smtp\.[a-z0-9-]{1,30}\.amazonaws\.com\s*$/im

export const amazonSesReceiving: Dialect = {
  name: 'amazon-ses-receiving',
  decode(message: ParsedMessage): DialectResult | null {
    if (!message.deliveryStatus || !REPORTING.test(message.deliveryStatus.slice(0, 4096))) return null
    const recipients = recipientsFromFields(message.deliveryStatus)
    for (const r of recipients) if (r.status === '5.1.1') r.reason = 'filtered'
    return recipients.length ? { recipients } : null
  },
}
