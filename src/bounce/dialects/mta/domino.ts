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
  [/no se encuentra en (?:el Directorio de Domino|la Libreta de direcciones)/i, 'userunknown'],
  // Domino's router gives up on a routing loop between its own servers.
  [/Maximum hop count exceeded/i, 'networkerror'],
]

export const domino: Dialect = {
  name: 'domino',
  decode(message) {
    const text = noticeText(message)
    // The router in Spanish heads the same sections "no se ha entregado a:" / "porque:" (its causes, "no se
    // encuentra en el Directorio de Domino", as Spanish senders list them: alexborras.com's returned-mail list).
    // The plain substrings first: most notices lack them, and a search for them costs a fraction of the line pattern's scan.
    if (!(text.includes('was not delivered to:') || text.includes('no se ha entregado a:'))) return null
    if (!/^(?:was not delivered to|no se ha entregado a):\s*$/m.test(text) || !/^(?:because|porque):\s*$/m.test(text)) return null
    const to = cutAt(after(text, ['was not delivered to:', 'no se ha entregado a:']), ['because:', 'porque:'])
    const because = squeeze(cutAt(after(text, ['because:', 'porque:']).replace(/^\s+/, ''), ['\n\n']))
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
