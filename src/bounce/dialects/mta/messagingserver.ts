/**
 * Oracle (Sun ONE, iPlanet) Messaging Server and PMDF: "Your message cannot be delivered to the
 * following recipients:" then "Recipient address:", "Original address:", "Reason:",
 * "Diagnostic code:" and "Remote system:" lines per recipient.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { completeFromStatus } from './lib/delivery-status'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const START = [
  'Your message cannot be delivered to the following recipients:',
  'Your message has been delayed and is still awaiting delivery to the following recipient(s):',
]
const END = ['Original-envelope-id:', 'Reporting-MTA:', '\nReturn-path:', 'Content-type:']

interface Entry { recipient: string; original: string; reason: string; code: string; remote: string }

export const messagingserver: Dialect = {
  name: 'messagingserver',
  decode(message) {
    const text = noticeText(message)
    if (!START.some((s) => text.includes(s))) return null
    const delayed = text.includes(START[1])
    const entries: Entry[] = []
    // The field a re-wrapped line continues: "Diagnostic code: smtp;550" over "<x@y>: User unknown"
    // at the margin (Outlook's 76-column re-wrap of the long reply; the fields are indented).
    let last: 'reason' | 'code' | '' = ''
    for (const line of lines(cutAt(after(text, START), END))) {
      const m = /^\s*(Recipient address|Original address|Reason|Diagnostic code|Remote system):\s*(.*)$/.exec(line)
      if (!m) {
        const e = entries[entries.length - 1]
        if (e && last && /^\S/.test(line)) e[last] = squeeze(`${e[last]} ${line}`)
        else last = ''
        continue
      }
      last = m[1] === 'Reason' ? 'reason' : m[1] === 'Diagnostic code' ? 'code' : ''
      if (m[1] === 'Recipient address') { entries.push({ recipient: m[2], original: '', reason: '', code: '', remote: '' }); continue }
      const e = entries[entries.length - 1]
      if (!e) continue
      if (m[1] === 'Original address') e.original = m[2]
      else if (m[1] === 'Reason') e.reason = m[2]
      else if (m[1] === 'Diagnostic code') e.code = m[2].replace(/^[^;]*;\s*/, '')
      else e.remote = m[2].replace(/^[^;]*;\s*/, '').split(/\s/)[0].toLowerCase()
    }
    const recipients: DecodedRecipient[] = entries.map((e) => {
      // "@smtp.example.net:user@server" is a source route to an internal store; the address the
      // sender used is the "Original address" (lhost-messagingserver-02).
      const routed = /^@[^:]+:/.test(e.recipient) || !/@[^@]+\.[^@]+$/.test(e.recipient)
      const address = addressIn(routed && e.original ? e.original : e.recipient.replace(/^@[^:]+:/, ''))
      // An "Original address" that differs from a plain recipient address is the one the sender wrote
      // (the ORCPT, before an alias or forward rewrote it: RFC 3464 §2.3.1): the contact, with the
      // recipient address kept as the final one.
      const original = routed ? '' : addressIn(e.original)
      const alias = original && original.toLowerCase() !== address.toLowerCase() ? original : ''
      const diagnostic = squeeze(e.code || e.reason)
      return {
        ...(alias ? { address: alias, finalRecipient: address } : { address }),
        status: statusIn(diagnostic),
        replyCode: leadingReplyCode([diagnostic]),
        diagnostic,
        remoteMta: e.remote,
        ...(delayed ? { action: 'delayed' as const } : {}),
      }
    }).filter((r) => r.address)
    completeFromStatus(recipients, message.deliveryStatus)
    return recipients.length ? { recipients } : null
  },
}
