/**
 * au one net (KDDI, *.dion.ne.jp) notices: a Japanese preface, then "Could not be delivered to:
 * <address>" and one English sentence giving the cause.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { addressIn, lines, noticeText, squeeze } from './lib/text'

/** KDDI's English causes (lhost-kddi-*). */
const CAUSES: [RegExp, Reason][] = [
  [/As their mailbox is full/i, 'mailboxfull'],
  [/As the remote domain doesn'?t exist/i, 'hostunknown'],
]

export const kddi: Dialect = {
  name: 'kddi',
  decode(message) {
    if (!/@(?:[a-z0-9-]+\.)*(?:dion\.ne\.jp|au\.com|ezweb\.ne\.jp)$/.test(message.from)) return null
    const text = noticeText(message)
    if (!text.includes('Could not be delivered to:')) return null
    const recipients: DecodedRecipient[] = []
    const all = lines(text).map((l) => l.trim())
    all.forEach((line, i) => {
      // "<x@y>", or "x@y" as Outlook on the web renders the link (rendered-parity.test.ts).
      const m = /^Could not be delivered to: (?:<([^>]+)>|([^<>\s]+@[^<>\s]+))/.exec(line)
      if (!m) return
      const cause = all.slice(i + 1).find((l) => l) ?? ''
      const known = CAUSES.find(([re]) => re.test(cause))
      recipients.push({ address: addressIn(m[1] ?? m[2]), diagnostic: squeeze(cause), ...(known ? { reason: known[1] } : {}) })
    })
    return recipients.length ? { recipients } : null
  },
}
