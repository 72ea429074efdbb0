/**
 * Sendmail 5 and other pre-DSN sendmails: a plain-text "Transcript of session follows" and the
 * unsent message (sendmail 5.x savemail.c); no RFC 3464 part, no enhanced status codes.
 */
import type { Dialect } from '../../dialect'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, noticeText } from './lib/text'
import { transcriptRecipients } from './lib/transcript'

const START = '----- Transcript of session follows -----'
const END = ['----- Unsent message follows -----', '----- Original message follows -----']

export const v5sendmail: Dialect = {
  name: 'v5sendmail',
  decode(message) {
    const text = noticeText(message)
    if (message.deliveryStatus || !text.includes(START)) return null
    if (!END.some((e) => text.includes(e))) return null
    // V8 notices name the failed addresses in their own section; that is sendmail.ts's format.
    if (text.includes('----- The following addresses had')) return null
    const unsent = originalFrom(after(text, END))
    let recipients = transcriptRecipients(cutAt(after(text, [START]), END))
    if (!recipients.length) {
      // "421 example.com (smtp)... Deferred: ..." names only the host: the recipient is the unsent To:.
      const line = /^\d{3} \S+ \(\w+\)\.\.\. (.*)$/m.exec(after(text, [START]))
      recipients = (unsent?.to ?? []).map(addressIn).filter(Boolean).map((address) => ({
        address,
        replyCode: line ? /^(\d{3})/.exec(line[0])![1] : '',
        diagnostic: line ? line[1].trim() : '',
      }))
    }
    if (!recipients.length) return null
    // sendmail queue.c: the queue timeout notice ("Cannot send message for 5 days").
    if (/Cannot send message for /i.test(message.subject)) for (const r of recipients) r.reason = 'expired'
    return { recipients, original: message.original ? undefined : unsent }
  },
}
