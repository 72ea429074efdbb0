/**
 * One Gmail API scan. First run: the history id is noted, then every message matching the notice
 * search is listed and read (bounded by SCAN_LIMITS.maxMessages). Later runs: only what
 * users.history.list says was added since the last history id; a 404 there (the id is too old,
 * Gmail keeps about a week) starts a bounded full scan again. Every notice goes through the same
 * engine and store as live ones; a notice read twice is stored once (keyed by its Message-ID).
 */
import type { ParseError, Report } from '../../bounce/types'
import { looksLikeNotice } from '../../import/prefilter'
import type { NoticeSource } from '../../messages'
import { ApiError, type GmailApi, type MetaMessage } from './api'
import { fromBase64Url } from './base64url'
import { SCAN_LIMITS } from './config'
import { noticeQuery } from './query'
import type { ScanProgress } from './protocol'
import { judgeRaw } from '../../trust/evaluate'
import type { TrustVerdict } from '../../trust/types'

export interface ScanDeps {
  api: GmailApi
  parse(raw: Uint8Array): Promise<Report | ParseError>
  ingest(items: { report: Report; source: NoticeSource; trust?: TrustVerdict }[]): Promise<{ flagged: number; duplicates: number }>
}

export interface ScanCursor { account: string; historyId: string }

export interface ScanControl {
  cancelled: boolean
  onProgress(p: ScanProgress): void
}

/** Runs a scan; returns the cursor to save (null when cancelled: the next run starts from the old one). */
export async function runScan(deps: ScanDeps, previous: ScanCursor | null, control: ScanControl): Promise<{ cursor: ScanCursor | null; progress: ScanProgress }> {
  const p: ScanProgress = { mode: 'full', listed: 0, read: 0, notices: 0, flagged: 0, duplicates: 0, skipped: 0, errors: 0, lastError: '' }
  const tell = () => control.onProgress({ ...p })
  // Noted before listing: whatever arrives during the scan is seen by the next incremental run.
  const profile = await deps.api.profile()

  let ids: string[] | null = null
  if (previous?.historyId && previous.account === profile.emailAddress) {
    try {
      p.mode = 'incremental'
      ids = await addedSince(deps.api, previous.historyId, control)
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e
      p.mode = 'full-after-stale-history'
      ids = null
    }
  }
  const incremental = ids !== null
  if (!incremental) ids = await listNotices(deps.api, control, (n) => ((p.listed = n), tell()))
  p.listed = ids!.length
  tell()

  let batch: { report: Report; source: NoticeSource; trust?: TrustVerdict }[] = []
  const flush = async () => {
    if (!batch.length) return
    const items = batch
    batch = []
    const r = await deps.ingest(items)
    p.flagged += r.flagged
    p.duplicates += r.duplicates
  }

  const readOne = async (id: string) => {
    try {
      // New mail is mostly not notices: look at its headers before fetching it whole.
      if (incremental && !(await mayBeNotice(deps.api, id))) {
        p.skipped++
        return
      }
      const msg = await deps.api.raw(id)
      if (msg.labelIds?.includes('TRASH')) return
      const bytes = fromBase64Url(msg.raw)
      const report = await deps.parse(bytes)
      if (report.kind === 'error' || report.kind === 'none') return
      p.notices++
      const mid = report.notice.messageId.trim().replace(/^<|>$/g, '')
      // Judged like any notice (issue 10); the API says which are in Spam.
      const trust = judgeRaw(bytes, report, { account: profile.emailAddress, inSpam: msg.labelIds?.includes('SPAM') })
      batch.push({ report, source: { origin: 'gmail-api', account: profile.emailAddress, id: mid ? `mid:${mid}` : id }, trust })
      if (batch.length >= SCAN_LIMITS.batchSize) await flush()
    } catch (e) {
      // One unreadable message (too big, gone since listing) must not stop the scan.
      if (e instanceof ApiError && e.status !== 404 && e.status !== 413) throw e
      p.errors++
      p.lastError = e instanceof Error ? e.message : String(e)
    } finally {
      p.read++
      tell()
    }
  }

  await pool(ids!, SCAN_LIMITS.concurrency, readOne, () => control.cancelled)
  await flush()
  tell()
  return { cursor: control.cancelled ? null : { account: profile.emailAddress, historyId: profile.historyId }, progress: p }
}

async function listNotices(api: GmailApi, control: ScanControl, onListed: (n: number) => void): Promise<string[]> {
  const ids: string[] = []
  const q = noticeQuery()
  let token: string | undefined
  do {
    const page = await api.list(q, token)
    for (const m of page.messages ?? []) if (ids.length < SCAN_LIMITS.maxMessages) ids.push(m.id)
    onListed(ids.length)
    token = page.nextPageToken
  } while (token && ids.length < SCAN_LIMITS.maxMessages && !control.cancelled)
  return ids
}

async function addedSince(api: GmailApi, historyId: string, control: ScanControl): Promise<string[]> {
  const ids = new Set<string>()
  let token: string | undefined
  do {
    const page = await api.history(historyId, token)
    for (const h of page.history ?? [])
      for (const a of h.messagesAdded ?? []) if (!a.message.labelIds?.includes('TRASH') && ids.size < SCAN_LIMITS.maxMessages) ids.add(a.message.id)
    token = page.nextPageToken
  } while (token && !control.cancelled)
  return [...ids]
}

async function mayBeNotice(api: GmailApi, id: string): Promise<boolean> {
  const m: MetaMessage = await api.metadata(id)
  if (m.labelIds?.includes('TRASH')) return false
  const header = (m.payload?.headers ?? []).map((h) => `${h.name}: ${h.value}`).join('\r\n') + '\r\n\r\n'
  return looksLikeNotice(new TextEncoder().encode(header))
}

/** Runs `work` over `items` with at most `n` at a time, stopping early when `stop()` says so. */
async function pool<T>(items: T[], n: number, work: (item: T) => Promise<void>, stop: () => boolean): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length && !stop()) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, lane))
}
