/** The trust evaluator: the rules in order (rules/index.ts); no rule vouching means unverified. */
import type { Report } from '../bounce/types'
import { reporterOf } from './authenticated'
import { readEvidence, renderedEvidence } from './evidence'
import { RULES } from './rules/index'
import type { NoticeEvidence, TrustInput, TrustVerdict } from './types'

export function evaluateTrust(input: TrustInput): TrustVerdict {
  for (const { rule } of RULES) {
    const verdict = rule(input)
    if (verdict) return verdict
  }
  return { level: 'unverified', reason: 'unknown-reporter', reporter: reporterOf(input) }
}

export interface TrustContext {
  /** The polled account's address; "" when unknown (then Gmail's Delivered-To stands in). */
  account?: string
  inSpam?: boolean
}

/** The input for a report and its evidence. */
export function trustInput(evidence: NoticeEvidence, report: Pick<Report, 'recipients' | 'original'>, context: TrustContext = {}): TrustInput {
  const recipients = [...new Set(report.recipients.map((r) => String(r.address ?? '').trim().replace(/^<|>$/g, '').toLowerCase()).filter(Boolean))]
  return {
    evidence,
    recipients,
    originalTo: (report.original?.to ?? []).map((a) => a.toLowerCase()),
    account: (context.account || evidence.deliveredTo || '').toLowerCase(),
    inSpam: context.inSpam === true,
  }
}

/** A notice read as raw bytes. */
export function judgeRaw(raw: Uint8Array | string, report: Pick<Report, 'recipients' | 'original'>, context: TrustContext = {}): TrustVerdict {
  return evaluateTrust(trustInput(readEvidence(raw), report, context))
}

/** A notice read as a page's rendered text, with the sender the page showed. */
export function judgeRendered(from: string, report: Pick<Report, 'recipients' | 'original'>, context: TrustContext = {}): TrustVerdict {
  return evaluateTrust(trustInput(renderedEvidence(from), report, context))
}
