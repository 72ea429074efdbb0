/**
 * Apache James's bounce text (James's DSNBounce / Bounce mailets, also used by Verizon's vtext.com
 * gateway): "Error message below:" then the reply, and "Message details:" with "RCPT TO: address".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const ERROR = 'Error message below:'
const DETAILS = 'Message details:'

/** Reads James's text; also used by Verizon's vtext.com gateway, which runs James. */
export function decodeJamesText(text: string): DecodedRecipient[] {
  if (!text.includes(ERROR) || !text.includes(DETAILS)) return []
  const reply = squeeze(cutAt(after(text, [ERROR]), [DETAILS]))
  const recipients: DecodedRecipient[] = []
  for (const line of lines(after(text, [DETAILS]))) {
    // "RCPT TO:" here is the envelope recipient, not the step that failed: James does not say which.
    const m = /^\s*RCPT TO:\s*<?([^\s<>]+@[^\s<>]+)>?/.exec(line)
    if (m) {
      recipients.push({
        address: addressIn(m[1]),
        // James writes "550 - Requested action not taken: ...".
        replyCode: leadingReplyCode([reply]),
        status: statusIn(reply),
        diagnostic: reply,
      })
    }
  }
  return recipients
}

export const apachejames: Dialect = {
  name: 'apachejames',
  decode(message) {
    const recipients = decodeJamesText(noticeText(message))
    return recipients.length ? { recipients } : null
  },
}
