/**
 * Apache James's bounce text (James's DSNBounce / Bounce mailets, also used by Verizon's vtext.com
 * gateway): "Error message below:" then the reply, and "Message details:" with "RCPT TO: address".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const ERROR = 'Error message below:'
const DETAILS = 'Message details:'

export const apachejames: Dialect = {
  name: 'apachejames',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(ERROR) || !text.includes(DETAILS)) return null
    const reply = squeeze(cutAt(after(text, [ERROR]), [DETAILS]))
    const recipients: DecodedRecipient[] = []
    for (const line of lines(after(text, [DETAILS]))) {
      const m = /^\s*RCPT TO:\s*<?([^\s<>]+@[^\s<>]+)>?/.exec(line)
      if (m) {
        recipients.push({
          address: addressIn(m[1]),
          // James writes "550 - Requested action not taken: ...".
          replyCode: leadingReplyCode([reply]),
          status: statusIn(reply),
          diagnostic: reply,
          command: 'RCPT',
        })
      }
    }
    return recipients.length ? { recipients } : null
  },
}
