/**
 * A small Gmail API client: the four calls the scan needs, each retried with back-off on 429, 5xx,
 * 403 rate-limit and network errors (honouring Retry-After), a fresh token once on 401.
 * https://developers.google.com/gmail/api/reference/rest — quota: https://developers.google.com/gmail/api/reference/quota
 */
import { readBounded } from '../http'
import { API_BASE, SCAN_LIMITS } from './config'
import type { TokenProvider } from './token'

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface Profile { emailAddress: string; historyId: string }
export interface ListPage { messages?: { id: string }[]; nextPageToken?: string; resultSizeEstimate?: number }
export interface HistoryPage {
  history?: { messagesAdded?: { message: { id: string; labelIds?: string[] } }[] }[]
  nextPageToken?: string
  historyId?: string
}
export interface RawMessage { id: string; labelIds?: string[]; raw: string; sizeEstimate?: number }
export interface MetaMessage { id: string; labelIds?: string[]; payload?: { headers?: { name: string; value: string }[] } }

export interface ApiOptions {
  tokens: TokenProvider
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  /** Told when the client waits because Gmail asked it to slow down (seconds). */
  onWait?: (seconds: number) => void
  /** Interactive sign-in allowed (the user clicked the button). */
  interactive?: boolean
}

export class GmailApi {
  private readonly fetch: typeof fetch
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly o: ApiOptions) {
    this.fetch = o.fetch ?? ((...a) => fetch(...a))
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
  }

  profile(): Promise<Profile> {
    return this.get('/profile', {})
  }

  list(q: string, pageToken?: string): Promise<ListPage> {
    return this.get('/messages', { q, includeSpamTrash: 'true', maxResults: String(SCAN_LIMITS.pageSize), ...(pageToken ? { pageToken } : {}) })
  }

  history(startHistoryId: string, pageToken?: string): Promise<HistoryPage> {
    return this.get('/history', { startHistoryId, historyTypes: 'messageAdded', maxResults: String(SCAN_LIMITS.pageSize), ...(pageToken ? { pageToken } : {}) })
  }

  raw(id: string): Promise<RawMessage> {
    return this.get(`/messages/${encodeURIComponent(id)}`, { format: 'raw' }, SCAN_LIMITS.maxRawBytes)
  }

  /** Only the headers the pre-filter looks at (incremental sync sees every new message, not only notices). */
  metadata(id: string): Promise<MetaMessage> {
    const names = ['From', 'Subject', 'Content-Type', 'Return-Path', 'Auto-Submitted', 'X-Failed-Recipients']
    return this.get(`/messages/${encodeURIComponent(id)}`, { format: 'metadata', metadataHeaders: names })
  }

  private async get<T>(path: string, params: Record<string, string | string[]>, maxBytes = 4 * 1024 * 1024): Promise<T> {
    const url = new URL(API_BASE + path)
    for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, one)
    let refreshed = false
    for (let attempt = 1; ; attempt++) {
      const token = await this.o.tokens.get(this.o.interactive ?? false)
      let res: Response | null = null
      try {
        res = await this.fetch(url.href, { headers: { Authorization: `Bearer ${token}` } })
      } catch {
        res = null // network error: retried like a 503
      }
      if (res?.ok) return (await readJson(res, maxBytes)) as T
      if (res?.status === 401 && !refreshed) {
        refreshed = true
        await this.o.tokens.invalidate(token)
        continue
      }
      const body = res ? await res.text().catch(() => '') : ''
      const retriable = !res || res.status === 429 || res.status >= 500 || (res.status === 403 && /rateLimitExceeded|userRateLimitExceeded/.test(body))
      if (!retriable || attempt >= SCAN_LIMITS.maxAttempts) throw new ApiError(res?.status ?? 0, res ? `${res.status} ${apiMessage(body)}` : 'network error')
      const after = Number(res?.headers.get('retry-after'))
      const wait = Number.isFinite(after) && after > 0 ? after * 1000 : Math.min(SCAN_LIMITS.backoffMaxMs, SCAN_LIMITS.backoffBaseMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5)
      this.o.onWait?.(Math.ceil(wait / 1000))
      await this.sleep(wait)
      this.o.onWait?.(0)
    }
  }
}

async function readJson(res: Response, max: number): Promise<unknown> {
  const body = await readBounded(res, max) // checked as it streams: a huge message is refused early
  if (!body.ok) throw new ApiError(413, body.error)
  return JSON.parse(new TextDecoder().decode(body.bytes))
}

function apiMessage(body: string): string {
  try {
    return String((JSON.parse(body) as { error?: { message?: string } }).error?.message ?? '').slice(0, 200)
  } catch {
    return body.slice(0, 200)
  }
}
