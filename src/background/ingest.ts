/**
 * One notice in, one answer out: bytes or rendered text → engine → store → badge. Every path that
 * reads a notice (Atom poller, Gmail page, Outlook page) ends here, keyed by its NoticeSource, so a
 * notice read twice (feed and page, or a worker killed and restarted) is stored once.
 */
import { parseBounce, parseBounceText } from '../bounce/index'
import type { ParseError, Report } from '../bounce/types'
import type { IngestResult, NoticeSource } from '../messages'
import type { ReboundDb } from '../store/db'
import { getContact } from '../store/contacts'
import { ingestReports, normaliseAddress } from '../store/ingest'
import { getAccountAddress } from '../store/account-address'
import { judgeRaw, judgeRendered, type TrustContext } from '../trust/evaluate'
import type { TrustVerdict } from '../trust/types'
import { refreshBadge } from './badge'

/**
 * A notice the engine could not read is still marked seen, as "none", so no poll fetches it again;
 * the caller gets the engine's error.
 */
const UNREADABLE: Report = { kind: 'none', recipients: [], original: null, notice: { messageId: '', subject: '', from: '', date: '' }, decoder: '' }

async function store(db: ReboundDb, parsed: Report | ParseError, source: NoticeSource, trust: TrustVerdict): Promise<IngestResult> {
  const report = parsed.kind === 'error' ? UNREADABLE : parsed
  const { flagged, duplicate } = (await ingestReports(db, [{ report, source, trust }])).results[0]
  if (flagged > 0) await refreshBadge(db).catch(() => undefined)
  // An unverified notice moved nobody: the banner must not repeat what other notices did.
  if (trust.level === 'unverified') return { report: parsed, flagged, duplicate, contacts: [], trust }
  const contacts: NonNullable<IngestResult['contacts']> = []
  for (const r of report.recipients.slice(0, 50)) {
    const contact = await getContact(db, normaliseAddress(r.address))
    if (contact) contacts.push({ address: contact.address, list: contact.list })
  }
  return { report: parsed, flagged, duplicate, contacts, trust }
}

/**
 * `context.account`: the account's address when the caller knows it (the feed poll); else the one
 * learnt from the feed for a Gmail "u/N" source; else Gmail's Delivered-To (src/trust/evaluate.ts).
 */
export async function ingestBytes(db: ReboundDb, bytes: Uint8Array, source: NoticeSource, context: TrustContext = {}): Promise<IngestResult> {
  const parsed = await parseBounce(bytes)
  const account = context.account || (source.origin === 'gmail' ? await getAccountAddress(db, source.account) : '')
  const trust = judgeRaw(bytes, parsed.kind === 'error' ? UNREADABLE : parsed, { ...context, account })
  return store(db, parsed, filedUnder(source, account), trust)
}

/**
 * A notice read in a Gmail tab ("u/1") is filed under the account's address once the feed has
 * named it, as the feed's own notices are: one mailbox, one name in the popup's account filter
 * (before, the same mailbox showed as "u/1" and as its address).
 */
function filedUnder(source: NoticeSource, address: string): NoticeSource {
  return source.origin === 'gmail' && !source.mailbox && address ? { ...source, mailbox: address } : source
}

/** Rendered text has no headers: only the user's provider's daemon is trusted (src/trust/rules/rendered-text.ts). */
export async function ingestRenderedText(db: ReboundDb, text: string, meta: { subject: string; from: string }, source: NoticeSource): Promise<IngestResult> {
  const report = await parseBounceText(text, meta)
  const address = source.origin === 'gmail' ? await getAccountAddress(db, source.account) : ''
  return store(db, report, filedUnder(source, address), judgeRendered(meta.from, report))
}
