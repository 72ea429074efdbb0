/**
 * IBM/HCL Domino's plain-text "DELIVERY FAILURE" notice: "Your message / Subject: ... / was not
 * delivered to: / address / because: / cause". (Its MIME reports go to the generic reader.)
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { completeFromStatus } from './lib/delivery-status'
import { addressIn, after, cutAt, lines, noticeText, squeeze } from './lib/text'

const CAUSES: [RegExp, Reason][] = [
  [/not listed in (?:Domino Directory|public Name & Address Book)/i, 'userunknown'],
  [/は Domino ディレクトリには見つかりません/, 'userunknown'],
  // Domino's router gives up on a routing loop between its own servers.
  [/Maximum hop count exceeded/i, 'networkerror'],
]

export const domino: Dialect = {
  name: 'domino',
  decode(message) {
    const text = noticeText(message)
    // The plain substring first: most notices lack it, and a search for it costs a fraction of the line pattern's scan.
    if (!text.includes('was not delivered to:') || !/^was not delivered to:\s*$/m.test(text) || !/^because:\s*$/m.test(text)) return null
    const to = cutAt(after(text, ['was not delivered to:']), ['because:'])
    const because = squeeze(cutAt(after(text, ['because:']).replace(/^\s+/, ''), ['\n\n']))
    const known = CAUSES.find(([re]) => re.test(because))
    const recipients: DecodedRecipient[] = lines(to)
      .map((l) => l.trim())
      .filter((l) => /^\S+@\S+$/.test(l))
      .map((l) => ({ address: addressIn(l), diagnostic: because, ...(known ? { reason: known[1] } : {}) }))
    // The report part may name another hop's address (lhost-domino-03): its status still belongs here.
    completeFromStatus(recipients, message.deliveryStatus)
    return recipients.length ? { recipients } : null
  },
}
