/**
 * Short plain-text failure notices from unnamed MTAs, each recognised by one line shape (the last
 * resort before giving up on a notice that has no delivery-status part; Sisimai's rfc3464-37..39).
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { addressIn, cutAt, lines, noticeText, squeeze } from './lib/text'

interface Shape {
  /** Text the notice must contain before any line is tried. */
  marker: string
  line: RegExp
  reason?: Reason
}

const SHAPES: Shape[] = [
  // "|---- Failed addresses follow: ----|" then " user@example.com ... unknown host"
  { marker: 'Failed addresses follow:', line: /^\s*(\S+@\S+) \.\.\. (.+)$/ },
  // "User's mailbox is full: <user@example.jp>" / "Unable to deliver mail."
  { marker: "User's mailbox is full:", line: /^User's mailbox is full: <([^>]+)>()/, reason: 'mailboxfull' },
  // "Did not reach the following recipient: user@example.net"
  { marker: 'Did not reach the following recipient', line: /^Did not reach the following recipients?: <?(\S+@[^\s>]+)>?()/ },
]

/** Causes written by those notices in place of a server reply. */
const CAUSES: [RegExp, Reason][] = [[/^unknown host$/i, 'hostunknown']]

export const plainFailure: Dialect = {
  name: 'plain-failure',
  decode(message) {
    if (message.deliveryStatus || !/^(?:mailer-daemon|postmaster)@/.test(message.from)) return null
    const text = noticeText(message)
    const shape = SHAPES.find((s) => text.includes(s.marker))
    if (!shape) return null
    const region = cutAt(text, ['Message text follows:', '\nReceived:'])
    const recipients: DecodedRecipient[] = []
    for (const line of lines(region)) {
      const m = shape.line.exec(line)
      if (!m) continue
      const cause = squeeze(m[2] ?? '')
      const known = CAUSES.find(([re]) => re.test(cause))
      const reason = shape.reason ?? known?.[1]
      recipients.push({ address: addressIn(m[1]), diagnostic: cause || squeeze(line), ...(reason ? { reason } : {}) })
    }
    return recipients.length ? { recipients } : null
  },
}
