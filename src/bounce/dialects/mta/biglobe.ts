/**
 * BIGLOBE (postmaster@biglobe.ne.jp): "----- The following addresses had delivery problems -----",
 * the addresses, then "----- Non-delivered information -----" and one English sentence.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { addressIn, after, cutAt, lines, noticeText, squeeze } from './lib/text'

const LIST = '----- The following addresses had delivery problems -----'
const INFO = '----- Non-delivered information -----'

const SENTENCES: [RegExp, Reason][] = [
  [/The number of messages in recipient's mailbox exceeded the local limit/i, 'mailboxfull'],
  [/Invalid recipient/i, 'userunknown'],
]

export const biglobe: Dialect = {
  name: 'biglobe',
  decode(message) {
    if (!/@(?:[a-z0-9-]+\.)*biglobe\.ne\.jp$/.test(message.from)) return null
    const text = noticeText(message)
    if (!text.includes(LIST)) return null
    const info = squeeze(cutAt(after(text, [INFO]), ['\n\n\n', '-----']))
    const known = SENTENCES.find(([re]) => re.test(info))
    const recipients: DecodedRecipient[] = lines(cutAt(after(text, [LIST]), [INFO]))
      .map((l) => l.trim())
      .filter((l) => /^<?\S+@\S+>?$/.test(l))
      .map((l) => ({ address: addressIn(l), diagnostic: info, ...(known ? { reason: known[1] } : {}) }))
    return recipients.length ? { recipients } : null
  },
}
