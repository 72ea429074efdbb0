/** Turns what a decoder found for one recipient into the engine's full per-recipient report. */
import type { RemoteHostRule, DecodedRecipient } from './dialect'
import type { RecipientReport } from './types'
import { cleanAddress, domainOf } from './address'
import { classify } from './reasons/classify'
import { isHard, verdictOf } from './reasons/verdict'
import { collapse, findFailureReplyCode, findReplyCode, findStatus, joinReplyLines, normaliseStatus, preferStatus } from './smtp-codes'

export function toRecipientReport(d: DecodedRecipient, rules: readonly RemoteHostRule[]): RecipientReport {
  const address = cleanAddress(d.address) || d.address.trim().slice(0, 320)
  const diagnostic = joinReplyLines(collapse(d.diagnostic ?? ''))
  const action = d.action ?? 'failed'
  let replyCode = (d.replyCode && /^[245]\d\d$/.test(d.replyCode) ? d.replyCode : '') || findReplyCode(diagnostic)
  // A failure never goes with a positive reply: a 2xx code here is a banner or an earlier step's.
  if (replyCode.startsWith('2') && (action === 'failed' || action === 'delayed')) replyCode = findFailureReplyCode(diagnostic)
  const status = preferStatus(normaliseStatus(d.status ?? ''), findStatus(diagnostic), replyCode)
  const remoteMta = (d.remoteMta ?? '').toLowerCase().slice(0, 255)
  const reason = classify(
    { action, status, replyCode, diagnostic, diagnosticType: d.diagnosticType, command: (d.command ?? '').toUpperCase(), remoteMta, domain: domainOf(address), decoderReason: d.reason },
    rules,
  )
  const hard = action === 'failed' && isHard(reason, status, replyCode, diagnostic)
  const finalRecipient = d.finalRecipient ? cleanAddress(d.finalRecipient) : ''
  const verdict = verdictOf(reason, action, hard, diagnostic)
  const date = d.date ?? ''
  // One literal for each shape, not a spread between the fields: V8 makes each report in one step,
  // where a spread copies its object and then stores the fields after it one by one. Same keys, same order.
  return finalRecipient && finalRecipient.toLowerCase() !== address.toLowerCase()
    ? { address, finalRecipient, action, status, replyCode, reason, hard, verdict, diagnostic, remoteMta, date }
    : { address, action, status, replyCode, reason, hard, verdict, diagnostic, remoteMta, date }
}

/** Same address twice (a DSN listing Original- and Final-Recipient blocks): keep one, the more informative. */
export function mergeRecipients(found: DecodedRecipient[], standard: DecodedRecipient[] | null): DecodedRecipient[] {
  const byAddress = new Map<string, DecodedRecipient>()
  for (const r of found) {
    const key = (cleanAddress(r.address) || r.address).toLowerCase()
    if (!key) continue
    const seen = byAddress.get(key)
    if (!seen) byAddress.set(key, { ...r })
    else fill(seen, r)
  }
  if (standard) {
    for (const s of standard) {
      const seen = byAddress.get(s.address.toLowerCase())
      if (seen) {
        fill(seen, s)
        continue
      }
      // The dialect named the final recipient; the DSN says the user wrote to another address.
      const final = s.finalRecipient?.toLowerCase()
      const forwarded = final ? byAddress.get(final) : undefined
      if (forwarded && !byAddress.has(s.address.toLowerCase())) {
        fill(forwarded, s)
        forwarded.finalRecipient ||= forwarded.address
        forwarded.address = s.address
      }
    }
  }
  return [...byAddress.values()]
}

function fill(into: DecodedRecipient, from: DecodedRecipient): void {
  into.action ??= from.action
  into.status ||= from.status
  into.replyCode ||= from.replyCode
  into.diagnostic ||= from.diagnostic
  into.remoteMta ||= from.remoteMta
  into.command ||= from.command
  into.diagnosticType ||= from.diagnosticType
  into.date ||= from.date
}
