/**
 * au by KDDI's EZweb mail (postmaster@ezweb.ne.jp, "Mail System Error - Returned Mail"): a Japanese
 * preface, one English sentence saying what happened, then "<address>" or "Recipient: <address>"
 * lines with the SMTP exchange quoted as ">>> command" / "<<< reply".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { addressIn, commandIn, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

/** The English sentences of EZweb's notices and what each means when no reply code says more. */
const SENTENCES: [RegExp, Reason][] = [
  [/The user\(s\) account is disabled\./, 'suspend'],
  [/Your message was not delivered within \d+ days and \d+ hours\./, 'expired'],
  // Without an SMTP reply quoted, a rejection by EZweb itself is its per-user domain filter.
  [/Each of the following recipients was rejected by a remote\s+mail server\./, 'filtered'],
]

export const ezweb: Dialect = {
  name: 'ezweb',
  decode(message) {
    const ours = message.from.endsWith('@ezweb.ne.jp')
      || (message.subject === 'Mail System Error - Returned Mail' && (message.headers.get('received') ?? []).some((r) => r.includes('ezweb.ne.jp')))
    if (!ours) return null
    const text = cutAt(noticeText(message), ['\n-----', '\nReceived:'])
    const recipients: DecodedRecipient[] = []
    let current: DecodedRecipient | null = null
    for (const raw of lines(text)) {
      const line = raw.trim()
      // "<user@ezweb.ne.jp>", "Recipient: <user@ezweb.ne.jp>", "<user@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)"
      // Outlook on the web renders it without the brackets (rendered-parity.test.ts).
      const addr = /^(?:Recipient: )?<?([^<>\s:]+@[^<>\s:]+)>?(?::\s*(.*))?$/.exec(line)
      if (addr) {
        current = { address: addressIn(addr[1]), diagnostic: squeeze(addr[2] ?? '') }
        const step = /\(in reply to (.*) command\)/.exec(addr[2] ?? '')
        if (step) current.command = commandIn(step[1])
        recipients.push(current)
      } else if (current && line.startsWith('>>> ')) {
        current.command = commandIn(line.slice(4))
      } else if (current && line.startsWith('<<< ')) {
        current.diagnostic = squeeze(`${current.diagnostic} ${line.slice(4)}`)
      }
    }
    const sentence = SENTENCES.find(([re]) => re.test(text))
    for (const r of recipients) {
      r.replyCode = leadingReplyCode([r.diagnostic ?? ''])
      r.status = statusIn(r.diagnostic ?? '')
      if (!r.diagnostic) r.diagnostic = squeeze(text.match(sentence?.[0] ?? /$^/)?.[0] ?? '')
      // EZweb's own sentence outranks the reply, except the generic "rejected" one.
      if (sentence && (sentence[1] !== 'filtered' || !r.replyCode)) r.reason = sentence[1]
    }
    return recipients.length ? { recipients } : null
  },
}
