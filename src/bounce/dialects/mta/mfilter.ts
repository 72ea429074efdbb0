/**
 * Digital Arts m-FILTER, a Japanese mail gateway: a Japanese preface naming "m-FILTER", the failed
 * address, then "-------server message" and "-------SMTP command" sections.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const MARKER = '「m-FILTER」'
const SERVER = '-------server message'
const COMMAND = '-------SMTP command'
const ORIGINAL = ['-------original message', '-------original mail info']

export const mfilter: Dialect = {
  name: 'mfilter',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(MARKER) || !text.includes(SERVER)) return null
    const head = cutAt(text, [SERVER])
    const reply = squeeze(cutAt(after(text, [SERVER]), [COMMAND, ...ORIGINAL]))
    const command = squeeze(cutAt(after(text, [COMMAND]), ORIGINAL)).split(' ')[0]?.toUpperCase() ?? ''
    const recipients: DecodedRecipient[] = lines(head)
      .filter((l) => /^\S+@\S+$/.test(l.trim()))
      .map((l) => ({
        address: addressIn(l),
        status: statusIn(reply),
        replyCode: leadingReplyCode([reply]),
        diagnostic: reply,
        command: /^(HELO|EHLO|MAIL|RCPT|DATA)$/.test(command) ? command : '',
      }))
    if (!recipients.length) return null
    return { recipients, original: message.original ? undefined : originalFrom(after(text, ORIGINAL)) }
  },
}
