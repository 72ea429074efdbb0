/**
 * Verizon Wireless's gateways. MMS (sysadmin@*.vzwpix.com, "MMSC NDR Administrator"): "Message could
 * not be delivered to mobile." and an "Error:" line; the recipient is in the quoted original.
 * SMS (post_master@vtext.com) runs Apache James and uses its text (see apachejames.ts).
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { decodeJamesText } from './apachejames'
import { addressIn, after, lines, noticeText, squeeze } from './lib/text'

const MARKER = 'Message could not be delivered to mobile.'

const ERRORS: [RegExp, Reason][] = [[/No valid recipients for this MM/i, 'userunknown']]

export const verizon: Dialect = {
  name: 'verizon',
  decode(message) {
    const text = noticeText(message)
    if (/@vtext\.com$/.test(message.from)) {
      // The SMS gateway refuses with "no such user here" only for a number that is not a Verizon line.
      const recipients = decodeJamesText(text).map((r) => (/no such user/i.test(r.diagnostic ?? '') ? { ...r, reason: 'userunknown' as const } : r))
      return recipients.length ? { recipients } : null
    }
    if (!text.includes(MARKER)) return null
    const error = squeeze(/^Error: (.*)$/m.exec(text)?.[1] ?? '')
    const to = lines(after(text, ['Original Message:'])).find((l) => /^To:\s/.test(l.trim()))
    const address = to ? addressIn(to) : ''
    if (!address) return null
    const known = ERRORS.find(([re]) => re.test(error))
    const r: DecodedRecipient = { address, diagnostic: error, ...(known ? { reason: known[1] } : {}) }
    return { recipients: [r] }
  },
}
