/**
 * A gateway (Trend Micro's, by its "TMMSG" boundaries; Sisimai's "X5", lhost-x5-01) that forwards
 * a sendmail DSN as an attached message/rfc822 and leaves its own list empty: the recipients are
 * in the attached report.
 */
import type { Dialect } from '../../dialect'
import { statusGroups } from './lib/delivery-status'
import { after, cutAt, leadingReplyCode } from './lib/text'

// sendmail savemail.c section titles, as the gateway copies them.
const LIST = /----- The following addresses had permanent (?:delivery|fatal) errors -----/

export const x5: Dialect = {
  name: 'x5',
  decode(message) {
    if (message.deliveryStatus || !LIST.test(message.text)) return null
    const inner = message.original
    if (!/^Content-Type:\s*message\/delivery-status/im.test(inner)) return null
    const part = cutAt(after(inner.replace(/\r\n?/g, '\n'), ['Reporting-MTA:']), ['\n--'])
    const recipients = statusGroups(part)
      .filter((g) => g.address && g.action !== 'delivered')
      .map((g) => ({
        address: g.address,
        status: g.status,
        replyCode: leadingReplyCode([g.diagnostic]),
        diagnostic: g.diagnostic,
        remoteMta: g.remoteMta,
      }))
    return recipients.length ? { recipients } : null
  },
}
