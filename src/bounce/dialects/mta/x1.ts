/**
 * An unidentified MTA (Sisimai's "X1"; lhost-x1-*, "Mail Deliver System"): a sendmail-like
 * frame whose list reads "address [reason]" under "---The following addresses had delivery errors---".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, after, lines, noticeText, squeeze } from './lib/text'

const LIST = '---The following addresses had delivery errors---'

export const x1: Dialect = {
  name: 'x1',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(LIST)) return null
    const recipients: DecodedRecipient[] = []
    for (const line of lines(after(text, [LIST]))) {
      const m = /^(\S+@\S+) \[(.*)\]\s*$/.exec(line)
      if (m) recipients.push({ address: addressIn(m[1]), diagnostic: squeeze(m[2]) })
      else if (recipients.length && line.trim()) break
    }
    return recipients.length ? { recipients } : null
  },
}
