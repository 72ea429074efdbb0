/**
 * Postfix notices that the generic RFC 3464 reader cannot use: bounces sent without a DSN part
 * (older Postfix, or a relay that strips it), the "Delivery report unavailable" case, and the
 * postmaster's "Postfix SMTP server: errors from ..." transcript. Texts: postfix src/bounce/
 * bounce_template.c (the frame) and src/smtp/smtp_proto.c ("host X said: ... (in reply to Y command)").
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { originalFrom } from './lib/original'
import { addressIn, hostIn, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const FRAME = /This is the (?:Postfix program|mail system) at host /
// "<user@example.jp>: host mx[192.0.2.1] said: ..." or "<user@example.jp> (expanded from <alias>): ..."
// As Outlook on the web renders the text part the brackets are gone ("user@example.jp: host …": the
// address became a link); under the frame that line is still the block's head (rendered-parity.test.ts).
const RECIPIENT = /^(?:<([^<>\s]+@[^<>\s]+)>|([^<>\s:]+@[^<>\s:]+))(?: \(expanded from <?([^<>()\s]*)>?\))?:\s?(.*)$/

function fromBlocks(text: string): DecodedRecipient[] {
  const out: DecodedRecipient[] = []
  let address = ''
  let alias = ''
  let detail: string[] = []
  const flush = () => {
    if (!address) return
    const diagnostic = squeeze(detail.join(' '))
    const said = diagnostic.replace(/^.*? said: /, '')
    out.push({
      // "(expanded from <alias>)" (postfix src/bounce/bounce_notify_util.c, "expanded from"): the
      // user wrote to the alias, the contact; the expansion is the final recipient (RFC 3464 §2.3.1).
      ...(alias ? { address: alias, finalRecipient: address } : { address }),
      status: statusIn(said),
      replyCode: leadingReplyCode([said]),
      diagnostic,
      remoteMta: hostIn(diagnostic),
      command: /\(in reply to (\S+)/.exec(diagnostic)?.[1]?.toUpperCase() ?? '',
    })
  }
  for (const line of lines(text)) {
    const m = RECIPIENT.exec(line)
    // The same address again inside its block is the server's own text ("said: 550" then
    // "<x@y>: Recipient address rejected: …"), a page having re-wrapped the line there.
    // So is another address before the block's blank line (bounce_notify_util.c writes a blank line
    // after each recipient's block): the re-wrap put the quoted sender at the margin ("550-Response:
    // 550 5.1.1" / "<rep@x>:" / "Recipient address rejected: User unknown … Sender verify failed").
    if (m && address && (addressIn(m[1] ?? m[2]).toLowerCase() === address.toLowerCase() || !/\(in reply to [^()]{1,40} command\)\s*$/i.test(detail[detail.length - 1] ?? ''))) {
      detail.push(line.trim())
      continue
    }
    if (m) {
      flush()
      address = addressIn(m[1] ?? m[2])
      const original = m[3] ? addressIn(m[3]) : ''
      alias = original && original.toLowerCase() !== address.toLowerCase() ? original : ''
      detail = [m[4]]
      continue
    }
    // Postfix indents the folded rest of the reply and ends a block with a blank line; a page that
    // re-wraps long lines starts the rest at the margin, so any line before the blank one is detail.
    if (address && line.trim()) detail.push(line.trim())
    else if (address) { flush(); address = '' }
  }
  flush()
  return out
}

/** smtpd's notify_classes report: the failed reply is in the transcript, the recipient in RCPT TO. */
function fromTranscript(text: string): DecodedRecipient[] {
  const rcpts: string[] = []
  let lastIn = ''
  let failure = ''
  let command = ''
  for (const raw of lines(text)) {
    const m = /^\s*(In|Out):\s+(.*)$/.exec(raw)
    if (!m) continue
    if (m[1] === 'In') {
      lastIn = m[2]
      const r = /^RCPT TO:\s*<([^>]+)>/i.exec(m[2])
      if (r) rcpts.push(addressIn(r[1]))
    } else if (!failure && /^[45]\d\d[ -]/.test(m[2])) {
      failure = m[2]
      command = lastIn.split(/[\s:]/)[0].toUpperCase()
    }
  }
  if (!failure) return []
  return rcpts.filter(Boolean).map((address) => ({
    address, status: statusIn(failure), replyCode: leadingReplyCode([failure]), diagnostic: squeeze(failure), command,
  }))
}

export const postfix: Dialect = {
  name: 'postfix',
  decode(message) {
    if (message.deliveryStatus && !/--- Delivery report unavailable ---/.test(message.text)) return null
    const text = noticeText(message)
    if (/^Postfix SMTP server: errors from /.test(message.subject) && /^Transcript of session follows\./m.test(text)) {
      const recipients = fromTranscript(text)
      return recipients.length ? { recipients } : null
    }
    if (!FRAME.test(text)) return null
    // bounce_template.c: the success and delay notices share the frame; a success is not ours to
    // report, a delay warning's recipients are still being retried.
    if (/Your message was successfully delivered to the destination\(s\)/.test(text)) return null
    const delayed = /^Delayed Mail \(still being retried\)/.test(message.subject) || /THIS IS A WARNING ONLY/.test(text)
    let recipients = fromBlocks(text)
    if (delayed) recipients = recipients.map((r) => ({ ...r, action: 'delayed' as const }))
    if (!recipients.length && text.includes('--- Delivery report unavailable ---')) {
      // bounce_notify_util.c writes this when the report was lost: only the returned copy says to whom.
      const to = originalFrom(message.original)?.to ?? []
      recipients = to.map(addressIn).filter(Boolean).map((address) => ({ address }))
    }
    return recipients.length ? { recipients } : null
  },
}
