/**
 * DragonFly Mail Agent (dma), the small MTA of DragonFly BSD. One recipient per notice, written
 * by bounce() in dma's dma.c; the remote answers come from net.c.
 */
import type { Dialect } from '../../dialect'
import type { Reason } from '../../types'
import { originalFrom } from './lib/original'
import { addressIn, after, commandIn, cutAt, hostIn, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

// dma.c bounce(): "This is the DragonFly Mail Agent %s at %s." / "There was an error delivering your mail to <%s>."
const MARKER = 'This is the DragonFly Mail Agent'
// Outlook on the web renders "<x@y>" as a link without its brackets ("… mail to x@y."): the
// address runs to the space or the line's end, its final "." dropped (rendered-parity.test.ts).
const RECIPIENT = /There was an error delivering your mail to (?:<([^>\s]+)>|([^<>\s]+@[^<>\s]+?)\.?(?=\s|$))/
const END = ['Message headers follow.', 'Original message follows.']

/** dma's own texts (dma.c deliver(), dns.c) that say the reason better than a reply would. */
const OWN_REASONS: [RegExp, Reason][] = [
  [/^DNS lookup failure: host .* not found/, 'hostunknown'],
  [/^Could not deliver for the last \d+ seconds\. Giving up\./, 'expired'],
]

export const dragonfly: Dialect = {
  name: 'dragonfly',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(MARKER)) return null
    const m = RECIPIENT.exec(text)
    if (!m) return null
    const body = cutAt(text.slice(m.index + m[0].length), END)
    const detail = lines(body).map((l) => l.trim()).filter(Boolean)
    // net.c: "%s [%s] did not like our %s:" precedes the server's multi-line answer.
    const intro = detail.find((l) => / did not like our /.test(l)) ?? ''
    const answer = intro ? detail.slice(detail.indexOf(intro) + 1) : detail
    const diagnostic = squeeze(answer.join(' '))
    const own = OWN_REASONS.find(([re]) => re.test(diagnostic))
    const original = message.original ? undefined : originalFrom(after(text, END))
    return {
      recipients: [{
        address: addressIn(m[1] ?? m[2]),
        status: statusIn(diagnostic),
        replyCode: leadingReplyCode(answer),
        diagnostic,
        remoteMta: hostIn(intro),
        command: intro ? commandIn(intro.replace(/^.* did not like our /, '')) || 'DATA' : '',
        ...(own ? { reason: own[1] } : {}),
      }],
      original,
    }
  },
}
