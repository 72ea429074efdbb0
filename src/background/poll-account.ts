/**
 * One poll of one Gmail account: read its unread-inbox Atom feed, pick the notices, skip those
 * already read, fetch each one's raw source and ingest it. Each notice is ingested on its own, so a
 * worker stopped half-way keeps what it did and the next poll does the rest (the feed still lists
 * the unread notices; the store knows which were read).
 */
import type { ReboundDb } from '../store/db'
import { hasSeenNotice, noticeKey } from '../store/ingest'
import type { NoticeSource } from '../messages'
import { parseRetryAfter, type PollOutcome } from './backoff'
import { fetchRawSource } from './fetch-source'
import { parseFeed, type Feed } from '../sites/gmail/atom'
import { feedUrl } from '../sites/gmail/urls'
import { looksLikeHtmlPage, readBounded } from './http'
import { ingestBytes } from './ingest'
import { setAccountAddress } from '../store/account-address'
import { mayBeNotice } from '../sites/notices/pick'

/** The feed lists ~20 entries; this bounds the work of one poll whatever it holds. */
const MAX_NOTICES_PER_POLL = 25
const FEED_MAX_BYTES = 2_000_000
const FEED_TIMEOUT_MS = 30_000

export interface AccountPoll {
  outcome: PollOutcome
  /** Notices read and stored by this poll (not counting ones already seen). */
  ingested: number
  flagged: number
  /** The account's address, from the feed's title ("" when the feed was not read or has none). */
  mailbox?: string
  /** The feed as read (absent when it was not), to tell whether its window overflowed (feed-window.ts). */
  feed?: Feed
}

async function fetchFeed(account: string, now: Date): Promise<{ ok: true; body: string } | { ok: false; outcome: PollOutcome }> {
  let res: Response
  try {
    // redirect 'manual': signed out, Gmail redirects the feed to the sign-in page; following it would
    // send a request to a host other than the webmail, and the answer is known anyway.
    res = await fetch(feedUrl(account), { credentials: 'include', cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(FEED_TIMEOUT_MS) })
  } catch (e) {
    return { ok: false, outcome: { kind: 'error', detail: `network: ${e instanceof Error ? e.message : String(e)}` } }
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) return { ok: false, outcome: { kind: 'signed-out', detail: 'redirected (to the sign-in page)' } }
  if (res.status === 401 || res.status === 403) return { ok: false, outcome: { kind: 'signed-out', detail: `HTTP ${res.status}` } }
  if (res.status === 429 || res.status >= 500) {
    return { ok: false, outcome: { kind: 'throttled', status: res.status, retryAfterSeconds: parseRetryAfter(res.headers.get('retry-after'), now) } }
  }
  if (!res.ok) return { ok: false, outcome: { kind: 'error', detail: `HTTP ${res.status}` } }
  const body = await readBounded(res, FEED_MAX_BYTES)
  if (!body.ok) return { ok: false, outcome: { kind: 'error', detail: `feed ${body.error}` } }
  if (looksLikeHtmlPage(body.bytes)) return { ok: false, outcome: { kind: 'signed-out', detail: 'a sign-in page instead of the feed' } }
  return { ok: true, body: new TextDecoder('utf-8').decode(body.bytes) }
}

export async function pollAccount(db: ReboundDb, account: string, now = new Date()): Promise<AccountPoll> {
  const feed = await fetchFeed(account, now)
  if (!feed.ok) return { outcome: feed.outcome, ingested: 0, flagged: 0 }
  const parsed = parseFeed(feed.body)
  if (!parsed.ok) return { outcome: { kind: 'error', detail: parsed.error }, ingested: 0, flagged: 0 }

  const mailbox = parsed.feed.mailbox
  const feedRead = parsed.feed
  // The feed's title names the account: the trust evaluator checks returned copies against it.
  if (parsed.feed.mailbox) await setAccountAddress(db, account, parsed.feed.mailbox)
  const candidates = parsed.feed.entries.filter((e) => e.id && mayBeNotice({ subject: e.subject, fromEmail: e.authorEmail, fromName: e.authorName }))
  let ingested = 0
  let flagged = 0
  for (const entry of candidates) {
    if (ingested >= MAX_NOTICES_PER_POLL) break
    const source: NoticeSource = { origin: 'gmail', account, id: entry.id, mailbox: parsed.feed.mailbox }
    if (await hasSeenNotice(db, noticeKey(source))) continue
    const raw = await fetchRawSource(account, entry.id)
    if (!raw.ok) {
      if (raw.kind === 'signed-out') return { outcome: { kind: 'signed-out', detail: `source: ${raw.detail}` }, ingested, flagged, mailbox, feed: feedRead }
      // Offline or Gmail unreachable: stop here and retry later; the other notices would fail too.
      if (raw.kind === 'network') return { outcome: { kind: 'error', detail: raw.detail }, ingested, flagged, mailbox, feed: feedRead }
      if (raw.kind === 'throttled') {
        return { outcome: { kind: 'throttled', status: raw.status, retryAfterSeconds: parseRetryAfter(raw.retryAfter ?? null, now) }, ingested, flagged, mailbox, feed: feedRead }
      }
      continue // e.g. a 404 for a message deleted meanwhile: the others still count
    }
    const result = await ingestBytes(db, raw.bytes, source, { account: parsed.feed.mailbox })
    ingested++
    flagged += result.flagged
  }
  return { outcome: { kind: 'ok' }, ingested, flagged, mailbox, feed: feedRead }
}
