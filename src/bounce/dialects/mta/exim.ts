/**
 * Exim's own bounce and delay-warning texts (plain text, or the first part of its optional
 * RFC 3464 report). Texts are exim's defaults: src/deliver.c and src/moan.c.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { blockToRecipient, recipientBlocks } from './lib/blocks'
import { completeFromStatus } from './lib/delivery-status'
import { originalFrom } from './lib/original'
import { after, cutAt, noticeText } from './lib/text'

/** Where the list of failed addresses starts (deliver.c bounce / warning texts, moan.c). */
const START = [
  'address(es) failed:',
  'address failed:',
  'address(es)\nfailed:',
  'address\nfailed:',
  'The address to which the message has not yet been delivered is:',
  'The addresses to which the message has not yet been delivered are:',
  'recipient addresses that were\nincorrectly constructed:',
  // The same sentence on one line: a page's text with its re-wrapped lines joined again (rewrap.ts).
  'recipient addresses that were incorrectly constructed:',
]

/** Where it ends: the returned copy, or the boilerplate that follows a warning or an ignored address. */
const END = [
  '----- This is a copy of ',
  '----- The body of the message is ',
  'The following text was generated during the delivery attempt',
  'No action is required on your part.',
  'This address has been ignored.',
  '--- The header of the original message is following. ---',
  'Included is a copy of the message header:',
  'Reporting-MTA:',
]

/** Exim's own phrases that say more than the remote text would (deliver.c, retry.c, transports/). */
const OWN_REASONS: [RegExp, Reason][] = [
  [/mailbox is full|error in mailbox|quota exceeded/i, 'mailboxfull'],
  [/retry timeout exceeded|retry time not reached for any host after a long failure period|all hosts have been failing for a long time|has not yet been delivered/i, 'expired'],
  [/Unrouteable address|all relevant MX records point to non-existent hosts|all host address lookups failed permanently/i, 'hostunknown'],
  // cPanel's Exim replaces the remote text with this sentence for a domain without mail hosts (lhost-exim-31).
  [/The account or domain may not exist/i, 'hostunknown'],
  // A null MX (RFC 7505): the domain exists and says it takes no mail.
  [/an MX or SRV record indicated no SMTP service/i, 'notaccept'],
  [/malformed address|incorrectly constructed/i, 'syntaxerror'],
  [/Too many "Received" headers/i, 'contenterror'],
]

/** Exim's markers in the body: one of these is always in its notices. */
const MARKERS = [
  'This message was created automatically by mail delivery software.',
  'This message was created automatically by the SMTP relay on',
  'A message that you sent contained one or more recipient addresses that were',
]

export interface EximLikeOptions {
  /** The X-Failed-Recipients header (exim adds it), used when a block names no address. */
  failed?: string[]
  delayed?: boolean
}

/** Reads the Exim-shaped text (also GMX's, 1&1's, Mail.ru's and MXLogic's copies of it). */
export function decodeEximText(text: string, options: EximLikeOptions = {}): DecodedRecipient[] {
  const normalized = text.replace(/\r\n?/g, '\n')
  const region = cutAt(after(normalized, START), END)
  const blocks = recipientBlocks(region)
  const failed = options.failed ?? []
  const out: DecodedRecipient[] = []
  blocks.forEach((block, i) => {
    const r = blockToRecipient(block, failed[i] ?? failed[0] ?? '')
    if (!r) return
    const whole = [block.rest, ...block.detail].join(' ')
    const own = OWN_REASONS.find(([re]) => re.test(whole))
    if (own && !r.replyCode) r.reason = own[1]
    if (/^(?:pipe to )?\|/.test(block.pseudo)) r.reason = r.reason ?? 'mailererror'
    if (options.delayed) r.action = 'delayed'
    out.push(r)
  })
  return out
}

const MALFORMED = '>: malformed address: '
/** How far before its marker a malformed-address line may start (real ones are a line or two). */
const MALFORMED_REACH = 1000

/**
 * "  kijitora@example.com <neko@example.net>: malformed address: ..." names the bad one second.
 * The pattern runs only on the text just before each marker: its "\S+@\S+" backtracks
 * quadratically on a long run of "@" (5 s on an 80 KB line when it ran on the whole text).
 */
function malformed(text: string): DecodedRecipient[] {
  for (let at = text.indexOf(MALFORMED), n = 0; at >= 0 && n < 20; at = text.indexOf(MALFORMED, at + 1), n++) {
    // From the first line start within reach (mid-line only when the marker's line is longer).
    const from = Math.max(0, at - MALFORMED_REACH)
    const next = from === 0 ? 0 : text.indexOf('\n', from - 1) + 1
    const start = next === 0 || next > at ? from : next
    const lineEnd = text.indexOf('\n', at)
    const around = text.slice(start, lineEnd < 0 ? text.length : lineEnd)
    const m = /^\s*\S+@\S+\s+<([^>\s]+@[^>\s]+)>: malformed address: (.*)$/m.exec(around)
    if (m) return [{ address: m[1], reason: 'syntaxerror', diagnostic: 'malformed address: ' + m[2].trim() }]
  }
  return []
}

export const exim: Dialect = {
  name: 'exim',
  decode(message) {
    const text = noticeText(message)
    if (!MARKERS.some((m) => text.includes(m))) return null
    if (!START.some((s) => text.includes(s))) return null
    const failed = message.headers.get('x-failed-recipients')?.join(',').split(',').map((s) => s.trim()).filter(Boolean)
    const delayed = /^Warning: message .* delayed/i.test(message.subject) || text.includes('has not yet been delivered')
    let recipients = malformed(text)
    if (!recipients.length) recipients = decodeEximText(text, { failed, delayed })
    // A MIME notice whose text lists nobody: its delivery-status part is for the generic reader.
    if (!recipients.length) return null
    completeFromStatus(recipients, message.deliveryStatus)
    const copy = after(text, ['including all the headers. ------\n', "message's headers. ------\n"])
    return { recipients, original: message.original ? undefined : originalFrom(copy) }
  },
}
