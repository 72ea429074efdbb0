/**
 * Who complained, in a feedback report (ARF, RFC 5965): the Original-Rcpt-To / Removal-Recipient
 * fields, else the returned message's To. Reported with reason "feedback" and verdict "none":
 * a complaint is not a bounce, but the UI may want to show it.
 */
import type { DecodedRecipient } from './dialect'
import type { ParsedMessage } from './mime/parsed-message'
import type { OriginalMessage } from './types'
import { cleanAddress } from './address'
import { readFieldBlocks } from './rfc3464'

export function feedbackRecipients(m: ParsedMessage, original: OriginalMessage | null): DecodedRecipient[] {
  const out: string[] = []
  const source = m.feedbackReport || m.text.slice(0, 16 * 1024)
  for (const { fields } of readFieldBlocks(source)) {
    for (const name of ['original-rcpt-to', 'removal-recipient']) {
      const a = cleanAddress(fields.get(name) ?? '')
      if (a && !out.includes(a)) out.push(a)
    }
  }
  if (!out.length) out.push(...(original?.to ?? []).slice(0, 10))
  return out.map((address) => ({ address, action: 'delivered', reason: 'feedback' }))
}
