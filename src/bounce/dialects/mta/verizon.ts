/**
 * Verizon Wireless's MMS gateway (sysadmin@*.vzwpix.com, "MMSC NDR Administrator"): "Message could
 * not be delivered to mobile." and an "Error:" line; the recipient is in the quoted original.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { addressIn, after, lines, noticeText, squeeze } from './lib/text'

const MARKER = 'Message could not be delivered to mobile.'

const ERRORS: [RegExp, Reason][] = [[/No valid recipients for this MM/i, 'userunknown']]

export const verizon: Dialect = {
  name: 'verizon',
  decode(message) {
    const text = noticeText(message)
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
