/**
 * Lotus Notes' SMTP MTA ("Undeliverable message"): the cause under "------- Failure Reasons --------",
 * then the address, then "------- Returned Message --------".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, lines, noticeText, squeeze } from './lib/text'

const START = /^-{7} Failure Reasons +-{8}$/m
const END = '------- Returned Message --------'

/** Notes' own causes, English and Japanese builds (lhost-notes-*). */
const CAUSES: [RegExp, Reason][] = [
  [/User +not listed in public Name & Address Book/, 'userunknown'],
  [/ディレクトリのリストにありません/, 'userunknown'],
]

export const notes: Dialect = {
  name: 'notes',
  decode(message) {
    const text = noticeText(message)
    // The plain substring first: most notices lack it, and a search for it costs a fraction of the line pattern's scan.
    const start = text.includes('------- Failure Reasons ') ? START.exec(text) : null
    if (!start) return null
    const region = cutAt(text.slice(start.index + start[0].length), [END])
    const causes: string[] = []
    const recipients: DecodedRecipient[] = []
    for (const line of lines(region).map((l) => l.trim()).filter(Boolean)) {
      const address = /^<?(\S+@[^\s>]+)>?$/.exec(line)
      if (!address) { causes.push(line); continue }
      const diagnostic = squeeze(causes.join(' '))
      const known = CAUSES.find(([re]) => re.test(diagnostic))
      recipients.push({ address: addressIn(address[1]), diagnostic, ...(known ? { reason: known[1] } : {}) })
      causes.length = 0
    }
    if (!recipients.length) return null
    return { recipients, original: message.original ? undefined : originalFrom(after(text, [END])) }
  },
}
