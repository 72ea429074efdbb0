/**
 * Report → bounce events: one per distinct failed or delayed recipient, with every text field
 * bounded and dates made sane. Pure; ingest.ts stores the result.
 */
import type { Report, RecipientReport } from '../bounce/types'
import type { NoticeSource } from '../messages'
import type { BounceEvent } from './types'
import { classifyEvent } from '../policy/classify'
import { domainOf } from '../policy/retry-policy'

/**
 * A notice listing more recipients than this is not a prospecting bounce we can act on sensibly;
 * the cap bounds the work and storage one hostile message can cause. The notice is still seen.
 */
export const MAX_RECIPIENTS_PER_NOTICE = 1000

/** Reports of these kinds mark the notice as seen but flag nobody (issue 3, brief). */
const FLAGGING_KINDS = new Set<Report['kind']>(['bounce', 'delay'])

export function noticeKey(source: NoticeSource): string {
  return `${source.origin}:${source.account}:${source.id}`
}

/** One event per distinct failed or delayed recipient of a bounce / delay report. */
export function eventsOf(report: Report, source: NoticeSource, nowIso: string): BounceEvent[] {
  if (!FLAGGING_KINDS.has(report.kind)) return []
  const key = noticeKey(source)
  const out = new Map<string, BounceEvent>()
  for (const r of report.recipients.slice(0, MAX_RECIPIENTS_PER_NOTICE)) {
    const address = normaliseAddress(r.address)
    if (!address || out.has(address)) continue
    const event = toEvent(key, address, r, report, nowIso)
    if (classifyEvent(event) === 'ignore') continue
    out.set(address, event)
  }
  return [...out.values()]
}

function toEvent(key: string, address: string, r: RecipientReport, report: Report, nowIso: string): BounceEvent {
  return {
    key: `${key}|${address}`,
    noticeKey: key,
    address,
    domain: domainOf(address),
    action: r.action,
    status: text(r.status, 32),
    replyCode: text(r.replyCode, 8),
    reason: r.reason,
    hard: r.hard === true,
    verdict: r.verdict,
    // Bounded: a hostile notice must not bloat every later read of this contact.
    diagnostic: text(r.diagnostic, 2000),
    remoteMta: text(r.remoteMta, 255),
    at: bounceDate(r.date, report.notice?.date ?? '', nowIso),
    subject: text(report.original?.subject ?? '', 500),
    originalMessageId: text(report.original?.messageId ?? '', 500),
    ingestedAt: nowIso,
  }
}

/** Lower-cased, trimmed, without angle brackets; "" when it is not an address. */
export function normaliseAddress(raw: string): string {
  const a = String(raw ?? '').trim().replace(/^<|>$/g, '').toLowerCase()
  if (a.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(a)) return ''
  return a
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : ''
}

/**
 * The recipient's date, else the notice's, else now. A date more than a day ahead of now is
 * a forged or broken header: it would pin the contact on top of every list, so now is used.
 */
function bounceDate(recipientDate: string, noticeDate: string, nowIso: string): string {
  const at = isoOr(recipientDate, isoOr(noticeDate, nowIso))
  return Date.parse(at) > Date.parse(nowIso) + 86_400_000 ? nowIso : at
}

function isoOr(value: string, fallback: string): string {
  const t = value ? Date.parse(value) : NaN
  return Number.isNaN(t) ? fallback : new Date(t).toISOString()
}
