/**
 * MailFoundry gateways ("Message delivery has failed"): "Unable to deliver message to: <address>",
 * "Delivery failed for the following reason:", then the next hop's answer.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, after, cutAt, hostIn, leadingReplyCode, noticeText, squeeze, statusIn } from './lib/text'

// As Outlook on the web renders it, the address has no brackets (rendered-parity.test.ts).
const TO = /^Unable to deliver message to: <?([^<>\s,;]+@[^<>\s,;]+)>?/m
const REASON = 'Delivery failed for the following reason:'

export const mailfoundry: Dialect = {
  name: 'mailfoundry',
  decode(message) {
    const text = noticeText(message)
    const to = TO.exec(text)
    if (!to || !text.includes(REASON)) return null
    const why = squeeze(cutAt(after(text, [REASON]), ['This has been a permanent failure', '\n\n\n']))
    // "Server mx.example.org[192.0.2.1] failed with: 550 ..." / "mx.example.org[192.0.2.1] responded with failure: 552 ..."
    const answer = why.replace(/^.*?(?:failed with|responded with failure): /, '')
    const recipient: DecodedRecipient = {
      address: addressIn(to[1]),
      status: statusIn(answer),
      replyCode: leadingReplyCode([answer]),
      diagnostic: why,
      remoteMta: hostIn(why),
    }
    return { recipients: [recipient] }
  },
}
