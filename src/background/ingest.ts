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
import { ingestReport, normaliseAddress } from '../store/ingest'
import { refreshBadge } from './badge'

/**
 * A notice the engine could not read is still marked seen, as "none", so no poll fetches it again;
 * the caller gets the engine's error.
 */
const UNREADABLE: Report = { kind: 'none', recipients: [], original: null, notice: { messageId: '', subject: '', from: '', date: '' }, decoder: '' }

async function store(db: ReboundDb, parsed: Report | ParseError, source: NoticeSource): Promise<IngestResult> {
  const report = parsed.kind === 'error' ? UNREADABLE : parsed
  const { flagged, duplicate } = await ingestReport(db, report, source)
  if (flagged > 0) await refreshBadge(db).catch(() => undefined)
  const contacts: NonNullable<IngestResult['contacts']> = []
  for (const r of report.recipients.slice(0, 50)) {
    const contact = await getContact(db, normaliseAddress(r.address))
    if (contact) contacts.push({ address: contact.address, list: contact.list })
  }
  return { report: parsed, flagged, duplicate, contacts }
}

export async function ingestBytes(db: ReboundDb, bytes: Uint8Array, source: NoticeSource): Promise<IngestResult> {
  return store(db, await parseBounce(bytes), source)
}

export async function ingestRenderedText(db: ReboundDb, text: string, meta: { subject: string; from: string }, source: NoticeSource): Promise<IngestResult> {
  return store(db, await parseBounceText(text, meta), source)
}
