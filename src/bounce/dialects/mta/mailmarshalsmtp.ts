/**
 * Trustwave (Marshal) MailMarshal SMTP: "Your message: ... Could not be delivered because of",
 * the reply, then "The following recipients were affected:" and the addresses.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const BECAUSE = 'Could not be delivered because of'
const AFFECTED = 'The following recipients were affected:'
const END = ['Additional Information', '======']

export const mailmarshalsmtp: Dialect = {
  name: 'mailmarshalsmtp',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(BECAUSE) || !text.includes(AFFECTED)) return null
    const reply = squeeze(cutAt(after(text, [BECAUSE]), [AFFECTED]))
    const remote = /^Remote-MTA:\s*<([^>]*)>/m.exec(text)?.[1] ?? ''
    const recipients: DecodedRecipient[] = lines(cutAt(after(text, [AFFECTED]), END))
      .map((l) => l.trim())
      .filter((l) => /^<?\S+@\S+>?$/.test(l))
      .map((l) => ({
        address: addressIn(l),
        status: statusIn(reply),
        replyCode: leadingReplyCode([reply]),
        diagnostic: reply,
        remoteMta: remote.toLowerCase(),
      }))
    return recipients.length ? { recipients } : null
  },
}
