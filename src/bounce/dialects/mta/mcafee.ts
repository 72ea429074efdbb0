/**
 * McAfee Email Gateway / Email and Web Security appliances ("X-NAI-Header: Modified by McAfee ..."):
 * "--- The following addresses had delivery problems ---" then "<address>   (the server's answer)".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { completeFromStatus, statusGroups } from './lib/delivery-status'
import { addressIn, after, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const LIST = '--- The following addresses had delivery problems ---'

/**
 * The appliance quotes the next hop's refusal of an unknown recipient in these words (lhost-mcafee-*);
 * it never says which SMTP step failed, so the generic rule that wants a RCPT answer cannot apply.
 */
const USER_UNKNOWN = /User unknown|Unknown user|No such user|User not exist/i

export const mcafee: Dialect = {
  name: 'mcafee',
  decode(message) {
    if (!/McAfee/.test(message.header('x-nai-header'))) return null
    const text = noticeText(message)
    const recipients: DecodedRecipient[] = []
    for (const line of lines(after(text, [LIST]))) {
      // Brackets optional: Outlook on the web renders the address without them (rendered-parity.test.ts).
      const m = /^\s*<?([^<>\s]+@[^<>\s]+?)>?\s+\((.*)\)\s*$/.exec(line)
      if (!m) continue
      const answer = squeeze(m[2])
      recipients.push({
        address: addressIn(m[1]),
        status: statusIn(answer),
        replyCode: leadingReplyCode([answer]),
        diagnostic: answer,
        ...(USER_UNKNOWN.test(answer) ? { reason: 'userunknown' as const } : {}),
      })
    }
    if (!recipients.length) {
      // Some versions send the list as an attached "deliveryproblems.txt" (lhost-mcafee-05): the
      // report part's Diagnostic-Code then carries the same answer.
      for (const g of statusGroups(message.deliveryStatus)) {
        if (!g.address) continue
        recipients.push({
          address: g.address, status: g.status, replyCode: leadingReplyCode([g.diagnostic]), diagnostic: g.diagnostic,
          ...(USER_UNKNOWN.test(g.diagnostic) ? { reason: 'userunknown' as const } : {}),
        })
      }
    }
    completeFromStatus(recipients, message.deliveryStatus)
    return recipients.length ? { recipients } : null
  },
}
