/**
 * Sendmail 8 notices that reach us without a usable MIME structure: forwarded inline ("> "
 * quoted), or with the multipart/report header lost so the parts sit in the body as text.
 * Section titles are sendmail's own (sendmail/savemail.c, errbody()).
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { statusGroups } from './lib/delivery-status'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, leadingReplyCode, lines, squeeze, statusIn } from './lib/text'
import { transcriptRecipients } from './lib/transcript'

const FATAL = '----- The following addresses had permanent fatal errors -----'
const TRANSCRIPT = '----- Transcript of session follows -----'
const RECEIVED_AT = 'The original message was received at'
const PART_END = ['\n--', 'Content-Type: message/rfc822', 'Content-Type: text/rfc822-headers']

/** "<user@example.com>" then "    (reason: 550 5.1.1 ...)" in the permanent-errors section. */
function fatalList(section: string): DecodedRecipient[] {
  const out: DecodedRecipient[] = []
  for (const line of lines(section)) {
    const reason = /^\s+\(reason: (.*)\)\s*$/.exec(line)
    if (reason && out.length) {
      const r = out[out.length - 1]
      r.diagnostic = squeeze(reason[1])
      r.replyCode = leadingReplyCode([reason[1]])
      r.status = statusIn(reason[1])
      continue
    }
    // ActiveHunter writes ">>> user@example.org <user@example.org>" (lhost-activehunter-*).
    if (/^\S/.test(line)) out.push({ address: addressIn(line.replace(/^>>> /, '')) })
  }
  return out
}

export const sendmail: Dialect = {
  name: 'sendmail',
  decode(message) {
    // A report part naming real addresses is the generic reader's; one naming none
    // ("Final-Recipient: RFC822; @mx.example.org", lhost-sendmail-15) is not enough.
    const reported = statusGroups(message.deliveryStatus)
    if (reported.some((g) => g.address)) return null
    let text = message.text.replace(/\r\n?/g, '\n')
    if (!text.includes(FATAL) && !(text.includes(TRANSCRIPT) && text.includes(RECEIVED_AT))) return null
    // A notice forwarded inline: drop the "> " quoting so the sections read as sendmail wrote them.
    if (/^>[ \t]*-{5} /m.test(text)) text = text.replace(/^> ?/gm, '')
    const groups = reported.length ? [] : statusGroups(cutAt(after(text, ['Reporting-MTA:']), PART_END))
    const fatal = fatalList(cutAt(after(text, [FATAL]).replace(/^\s*\n/, ''), [TRANSCRIPT, '-----', '\n\n']))
    const section = cutAt(after(text, [TRANSCRIPT]), ['Reporting-MTA:', ...PART_END])
    const talk = transcriptRecipients(section)
    // sendmail queue.c: the queue lifetime ran out ("Message could not be delivered for 5 days").
    const expired = /Message could not be delivered for /.test(section)
    const base: DecodedRecipient[] = groups.length
      ? groups.filter((g) => g.address).map((g) => ({ address: g.address, status: g.status, diagnostic: g.diagnostic, remoteMta: g.remoteMta }))
      : fatal.filter((r) => r.address).length ? fatal.filter((r) => r.address) : talk
    const recipients = base.map((r, i) => {
      const same = (x: DecodedRecipient) => x.address.toLowerCase() === r.address.toLowerCase()
      const t = talk.find(same)
      const f = fatal.find(same) ?? (fatal.length === base.length ? fatal[i] : undefined)
      const g = reported.length === base.length ? reported[i] : undefined
      const diagnostic = f?.diagnostic || r.diagnostic || t?.diagnostic || squeeze(section)
      return {
        ...r,
        status: r.status || t?.status || f?.status || g?.status || statusIn(diagnostic),
        replyCode: f?.replyCode || t?.replyCode || leadingReplyCode([diagnostic]),
        diagnostic,
        remoteMta: r.remoteMta || t?.remoteMta || '',
        command: t?.command ?? '',
        ...(expired ? { reason: 'expired' as const } : {}),
      }
    })
    if (!recipients.length) return null
    const copy = after(text, ['Content-Type: message/rfc822\n', 'Content-Type: text/rfc822-headers\n', '----- Original message follows -----\n'])
    return { recipients, original: message.original ? undefined : originalFrom(copy) }
  },
}
