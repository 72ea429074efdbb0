/**
 * An unidentified MTA's framed notice (Sisimai's "X3"; lhost-x3-*): "This is an automatically
 * generated Delivery Status Notification." then "  * address" lines and "Technical details:".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { statusGroups } from './lib/delivery-status'
import { addressIn, after, commandIn, cutAt, hostIn, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const MARKER = 'This is an automatically generated Delivery Status Notification.'
// "Delivery to the following recipients failed permanently:" / "... was aborted after 5.0 hour(s):"
// ("Delevery" is the MTA's own spelling in some versions).
const LIST = /^Del[ie]very to the following recipients (failed permanently|was aborted after .*):\s*$/m

export const x3: Dialect = {
  name: 'x3',
  decode(message) {
    const text = noticeText(message)
    if (!text.includes(MARKER)) return null
    const list = LIST.exec(text)
    if (!list) return null
    const aborted = list[1].startsWith('was aborted')
    const rest = text.slice(list.index + list[0].length)
    const details = squeeze(cutAt(after(rest, ['Technical details:']), ['\n====']).replace(/^[\s=]+/, ''))
    const groups = statusGroups(message.deliveryStatus)
    const recipients: DecodedRecipient[] = []
    for (const line of lines(cutAt(rest, ['====', 'Technical details:']))) {
      const m = /^\s*\* (\S+@\S+)\s*$/.exec(line)
      if (!m) continue
      const address = addressIn(m[1])
      const g = groups.find((x) => x.address.toLowerCase() === address.toLowerCase())
      const diagnostic = details || g?.diagnostic || ''
      recipients.push({
        address,
        // The reply text's own code is more precise than the report part's (lhost-x3-06: 5.1.1 vs "552 5.2.2 Over quota").
        status: statusIn(diagnostic) || g?.status || '',
        replyCode: leadingReplyCode([diagnostic.replace(/^SMTP:\S+ host \S+: /, '')]),
        diagnostic,
        remoteMta: hostIn(diagnostic) || (/host (\S+):/.exec(diagnostic)?.[1] ?? ''),
        command: commandIn(/^SMTP:(\S+)/.exec(diagnostic)?.[1] ?? ''),
        // "was aborted after 5.0 hour(s)" with no server answer: the MTA gave up in time.
        ...(aborted && !statusIn(diagnostic) ? { reason: 'expired' as const } : {}),
      })
    }
    return recipients.length ? { recipients } : null
  },
}
