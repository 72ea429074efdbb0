/**
 * Decides one recipient's reason: the decoder's own, then the receiving host's code table, then
 * a specific status code, then the server's words in precedence order, then the weaker signals.
 * Shape follows Sisimai's reason/find.go; the tables are ours.
 */
import type { RemoteHostRule } from '../dialect'
import type { Action, Reason } from '../types'
import { REASON_ORDER } from './order'
import { matchesRule } from './rule'
import { reasonOfStatus, WEAK_STATUS_REASONS } from './status'

export interface ReasonInput {
  action: Action
  status: string
  replyCode: string
  diagnostic: string
  command: string
  remoteMta: string
  domain: string
  decoderReason?: Reason
}

/** Phrase matching looks at this much of a server's text: enough for any real reply, bounded for hostile ones. */
export const MAX_DIAGNOSTIC_SCAN = 4096

export function phraseReason(text: string): Reason | null {
  const t = text.length > MAX_DIAGNOSTIC_SCAN ? text.slice(0, MAX_DIAGNOSTIC_SCAN) : text
  const lower = t.toLowerCase()
  for (const rule of REASON_ORDER) if (matchesRule(rule, lower)) return rule.reason
  return null
}

export function classify(input: ReasonInput, rules: readonly RemoteHostRule[]): Reason {
  if (input.status.startsWith('2.') || input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded') {
    return 'delivered'
  }
  if (input.decoderReason && input.decoderReason !== 'undefined' && input.decoderReason !== 'onhold') return input.decoderReason

  for (const rule of rules) {
    if (!rule.matches(input.remoteMta, input.domain)) continue
    const r = rule.reason({ status: input.status, replyCode: input.replyCode, diagnostic: input.diagnostic })
    if (r) return r
  }

  const byStatus = reasonOfStatus(input.status)
  if (byStatus && !WEAK_STATUS_REASONS.has(byStatus)) return byStatus
  const byWords = phraseReason(input.diagnostic)
  if (byWords) return byWords
  if (byStatus) return byStatus

  const subject = input.status.slice(0, 3)
  if (subject === '5.6' || subject === '4.6') return 'contenterror'
  if (subject === '5.7' || subject === '4.7') return 'securityerror'
  if (input.action === 'delayed') return 'expired'
  if (input.command === 'EHLO' || input.command === 'HELO') return 'blocked'
  if (input.decoderReason) return input.decoderReason
  return input.diagnostic ? 'onhold' : 'undefined'
}
