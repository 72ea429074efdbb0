/**
 * Facebook's mail servers (mailer-daemon@mx.facebook.com): a short text and an RFC 3464 part whose
 * reply carries Facebook's own code, documented at postmaster.facebook.com/response_codes
 * ("RCP-P1 ... The attempted recipient address does not exist").
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { statusGroups } from './lib/delivery-status'
import { leadingReplyCode, noticeText } from './lib/text'

const MARKER = 'This message was created automatically by Facebook.'

/** Facebook's response codes, by their documented meaning. */
const CODES: Record<string, Reason> = {
  'RCP-P1': 'userunknown', // the recipient address does not exist
  'RCP-P2': 'filtered', // the recipient's preferences refuse the message
  'RCP-P3': 'filtered', // the recipient's privacy settings refuse the message
  'RCP-P4': 'suspend', // the recipient's account is disabled
  'RCP-T1': 'systemerror', // the recipient is temporarily unavailable (internal issue)
  'MSG-P1': 'mesgtoobig', // the message is too large
}

export const facebook: Dialect = {
  name: 'facebook',
  decode(message) {
    if (!/@(?:[a-z0-9-]+\.)*facebook\.com$/.test(message.from) || !noticeText(message).includes(MARKER)) return null
    const recipients: DecodedRecipient[] = statusGroups(message.deliveryStatus)
      .filter((g) => g.address)
      .map((g) => {
        const code = /\b([A-Z]{3}-[PT]\d)\b/.exec(g.diagnostic)?.[1] ?? ''
        const reason = CODES[code]
        return {
          address: g.address,
          status: g.status,
          replyCode: leadingReplyCode([g.diagnostic]),
          diagnostic: g.diagnostic,
          ...(reason ? { reason } : {}),
        }
      })
    return recipients.length ? { recipients } : null
  },
}
