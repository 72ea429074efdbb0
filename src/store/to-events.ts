/**
 * Report → bounce events: one per distinct failed or delayed recipient, with every text field
 * bounded and dates made sane. Pure; ingest.ts stores the result.
 *
 * Two keys name a notice. Its origin key (`${origin}:${account}:${id}`, noticeKey()) records
 * where it was read, so a watcher does not fetch it again. Its identity (noticeIdentity()) keys
 * its events: the notice's own Message-ID when it has one, so the same notice read by the Gmail
 * page, a Takeout import and the Gmail API scan is counted once; else the origin key (Outlook's
 * rendered text carries no Message-ID).
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

/**
 * Longest Message-ID kept whole in a key (RFC 5322 lines stop at 998 characters; real ones are
 * under 100). A longer, hostile one keeps its start and a hash of the whole: every event key of
 * its notice would otherwise carry it.
 */
export const MAX_MESSAGE_ID_IN_KEY = 250

/**
 * Where a notice was read. The importer's and the Gmail API scan's ids carry the Message-ID, so
 * a hostile one is bounded here too (real ids, Gmail's or Outlook's, are far shorter).
 */
export function noticeKey(source: NoticeSource): string {
  return `${source.origin}:${bounded(source.account, 320)}:${bounded(source.id, 1000)}`
}

/** The key a notice's events are stored under: `mid:<Message-ID>`, else its origin key. */
export function noticeIdentity(report: Report, originKey: string): string {
  const raw = report.notice?.messageId
  const mid = typeof raw === 'string' ? raw.trim().replace(/^<|>$/g, '').trim() : ''
  return mid ? `mid:${bounded(mid, MAX_MESSAGE_ID_IN_KEY)}` : originKey
}

/**
 * One event per distinct failed or delayed recipient of a bounce / delay report, keyed by
 * `identity` (noticeIdentity(), or the identity an earlier reading of the notice was stored under).
 */
export function eventsOf(report: Report, identity: string, nowIso: string): BounceEvent[] {
  if (!FLAGGING_KINDS.has(report.kind)) return []
  const out = new Map<string, BounceEvent>()
  for (const r of report.recipients.slice(0, MAX_RECIPIENTS_PER_NOTICE)) {
    const address = normaliseAddress(r.address)
    if (!address || out.has(address)) continue
    const event = toEvent(identity, address, r, report, nowIso)
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

/** `value` itself up to `max` characters; else its start and a 53-bit hash of the whole (cyrb53). */
export function bounded(value: string, max: number): string {
  if (value.length <= max) return value
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hash = (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
  return `${value.slice(0, max - hash.length - 1)}#${hash}`
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
