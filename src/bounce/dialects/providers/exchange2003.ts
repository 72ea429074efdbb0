/**
 * Exchange 5.5–2003 NDRs: "Your message ... did not reach the following recipient(s):", then per
 * recipient "jane@acme.example on <date>", the explanation, and an "MSEXCH:IMS:... (000C05A6) Unknown
 * Recipient" line whose hex code names the failure. Recognised by the Internet Mail Service /
 * Connector headers. Samples: test/fixtures/sisimai/lhost-exchange2003-*.eml.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { Reason } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import type { OriginalMessage } from '../../types'
import { originalFromHeaders, readHeaderBlock } from '../../original'
import { MAX_RECIPIENTS, findAddress, lines, squeeze } from './text'

// X-Mailer / X-MimeOLE / Received values these servers stamp (lhost-exchange2003-01/04).
const MAILERS = ['Internet Mail Service (', 'Microsoft Exchange Server Internet Mail Connector', 'Produced By Microsoft Exchange']
// Outlook renders the same report as "The following recipient(s) cannot be reached:" (crisp-oss's
// email-bounce-parser reads that layout, with "Remote Server returned '...'" below it).
const STARTS = ['did not reach the following recipient(s):', 'The following recipient(s) could not be reached:', 'The following recipient(s) cannot be reached:']

/** The hex code in "MSEXCH:IMS:... (000C05A6)"; meanings as listed in Sisimai's Exchange2003 decoder. */
const CODES: Record<string, Reason> = {
  '000C05A6': 'userunknown', // Unknown Recipient
  '000C0595': 'filtered', // Ambiguous Recipient
  '00010256': 'systemerror', // Too many recipients
  '000D06B5': 'systemerror', // No proxy for recipient
  '00120270': 'networkerror', // Too Many Hops
  '00050311': 'contenterror', // Conversion to Internet format failed
  '000502CC': 'contenterror',
  '000B0981': 'securityerror', // 502 Server does not support AUTH
}

/** "Your message / To: ... / Subject: ... / Sent: ..." above the recipients: the original's identity. */
function quotedOriginal(block: string[]): Partial<OriginalMessage> | undefined {
  const headers = readHeaderBlock(block.map((l) => l.trim()).filter((l) => /^(To|Subject|Sent):/.test(l)).join('\n'))
  headers.set('date', headers.get('sent') ?? '')
  return originalFromHeaders(headers) ?? undefined
}

function stampedByExchange(value: string): boolean {
  for (const m of MAILERS) if (value.includes(m)) return true
  return false
}

/** Runs on most notices: plain loops, no array of stamps built per message. */
function isExchange2003(message: ParsedMessage): boolean {
  if (message.headers.has('x-ms-embedded-report')) return true
  if (stampedByExchange(message.header('x-mailer')) || stampedByExchange(message.header('x-mimeole'))) return true
  for (const received of message.headers.get('received') ?? []) if (stampedByExchange(received)) return true
  return false
}

export const exchange2003: Dialect = {
  name: 'exchange2003',
  decode(message: ParsedMessage): DialectResult | null {
    if (!isExchange2003(message)) return null
    const all = lines(message.text)
    const start = all.findIndex((l) => STARTS.some((s) => l.includes(s)))
    if (start < 0) return null

    const recipients: (DecodedRecipient & { words: string[] })[] = []
    for (const line of all.slice(start + 1, start + 400)) {
      // "kijitora@example.co.jp on Thu, 29 Apr 2007 16:51:51 -0500"
      const on = / on \S/.exec(line)
      if (on && findAddress(line.slice(0, on.index))) {
        recipients.push({ address: findAddress(line.slice(0, on.index)), words: [] })
      } else if (recipients.length && line.trim()) {
        // "The MTS-ID ..." is an X.400 trace, not an explanation.
        if (!/MTS-ID|;l=/.test(line)) recipients[recipients.length - 1].words.push(line.trim())
      } else if (recipients.length && !line.trim() && recipients[recipients.length - 1].words.length > 2) break
    }
    if (!recipients.length) return null

    return {
      // Only when no MIME part carries the original (the engine reads that one itself).
      original: message.original ? undefined : quotedOriginal(all.slice(Math.max(0, start - 12), start + 1)),
      recipients: recipients.slice(0, MAX_RECIPIENTS).map(({ address, words }) => {
        const diagnostic = squeeze(words.join(' '))
        const code = /MSEXCH:[^(]{0,200}\(([0-9A-F]{8})\)/.exec(diagnostic)?.[1] ?? ''
        const reason = CODES[code]
        // These NDRs carry no SMTP codes: the failure is final, the class is 5.
        return { address, action: 'failed' as const, status: reason === 'userunknown' ? '5.1.1' : '5.0.0', diagnostic, ...(reason ? { reason } : {}) }
      }),
    }
  },
}
