/**
 * fml, the Japanese mailing-list manager ("X-MLServer: fml ..."): its refusals name the list
 * address in angle brackets; the list, not a person, is the failed recipient.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { addressIn, lines, noticeText, squeeze } from './lib/text'

/** fml's own messages (fml 4 libexec / messages) and what each means. */
const MESSAGES: [RegExp, Reason][] = [
  [/^You are not a member of this mailing list <([^>]+)>/, 'rejected'],
  [/^Duplicated Message-ID in <([^>]+)>/, 'systemerror'],
  [/^Your mail to <([^>]+)> is too big/, 'mesgtoobig'],
]

export const fml: Dialect = {
  name: 'fml',
  decode(message) {
    if (!/^fml\b/.test(message.header('x-mlserver'))) return null
    const recipients: DecodedRecipient[] = []
    for (const line of lines(noticeText(message))) {
      for (const [re, reason] of MESSAGES) {
        const m = re.exec(line.trim())
        if (m) recipients.push({ address: addressIn(m[1]), diagnostic: squeeze(line), reason })
      }
    }
    return recipients.length ? { recipients } : null
  },
}
