/**
 * The per-recipient fields of an RFC 3464 message/delivery-status part, read just far enough to
 * complete what a dialect found in the human-readable text (Exim, Courier and others send both).
 */
import type { DecodedRecipient } from '../../../dialect'
import { readFieldBlocks } from '../../../fields'
import { addressIn, leadingReplyCode, squeeze, statusIn } from './text'

export interface StatusFields {
  /** The Final-Recipient value as written (may be a path, not an address). */
  finalRecipient: string
  address: string
  action: string
  status: string
  diagnostic: string
  /** The Diagnostic-Code type ("smtp", "x-unix", ...), lower-case. */
  diagnosticType: string
  remoteMta: string
}

/** Two of these in one block: the MTA left out the blank line between recipients. */
const RECIPIENT_FIELDS: ReadonlySet<string> = new Set(['final-recipient', 'original-recipient'])

/** Per-recipient groups of the part (the engine's one field reader, ../../../fields.ts). */
export function statusGroups(part: string): StatusFields[] {
  const out: StatusFields[] = []
  for (const fields of readFieldBlocks(part, { restartOn: RECIPIENT_FIELDS })) {
    const fr = fields.get('final-recipient') ?? fields.get('original-recipient')
    if (fr === undefined) continue
    const value = fr.replace(/^[^;]*;\s*/, '')
    out.push({
      finalRecipient: value.trim(),
      address: addressIn(value),
      // "relayed (to non-DSN-aware mailer)": the action is the first word.
      action: (fields.get('action') ?? '').trim().split(/\s/)[0].toLowerCase(),
      status: statusIn(fields.get('status') ?? ''),
      diagnostic: squeeze((fields.get('diagnostic-code') ?? '').replace(/^[^;]*;\s*/, '')),
      diagnosticType: /^\s*([^;]*);/.exec(fields.get('diagnostic-code') ?? '')?.[1]?.trim().toLowerCase() ?? '',
      remoteMta: squeeze((fields.get('remote-mta') ?? '').replace(/^[^;]*;\s*/, '')).toLowerCase(),
    })
  }
  return out
}

/** Fills the blanks of each recipient from the group with the same address (or the same position). */
export function completeFromStatus(recipients: DecodedRecipient[], part: string): void {
  if (!part) return
  const groups = statusGroups(part)
  recipients.forEach((r, i) => {
    const g = groups.find((x) => x.address.toLowerCase() === r.address.toLowerCase() || x.address.toLowerCase() === r.finalRecipient?.toLowerCase())
      ?? (groups.length === recipients.length ? groups[i] : undefined)
    if (!g) return
    if (!r.status && g.status) r.status = g.status
    if (!r.diagnostic && g.diagnostic) r.diagnostic = g.diagnostic
    if (!r.replyCode && g.diagnostic) r.replyCode = leadingReplyCode([g.diagnostic])
    if (!r.remoteMta && g.remoteMta) r.remoteMta = g.remoteMta
  })
}
