/**
 * Fetches a Gmail message's raw source as bytes (never as text: that would corrupt 8-bit and
 * non-UTF-8 notices), bounded in size and time, and tells a sign-in page from a message.
 */
import { rawSourceUrl } from '../sites/gmail/urls'
import { readBounded, looksLikeHtmlPage } from './http'

/** Gmail's own limit is 25 MB per message; a notice quoting one can be a little larger. */
export const MAX_SOURCE_BYTES = 32 * 1024 * 1024
const TIMEOUT_MS = 60_000

export type SourceResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; kind: 'signed-out' | 'throttled' | 'network' | 'error'; status: number; detail: string; retryAfter?: string | null }

export async function fetchRawSource(account: string, id: string): Promise<SourceResult> {
  let res: Response
  try {
    res = await fetch(rawSourceUrl(account, id), { credentials: 'include', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (e) {
    return { ok: false, kind: 'network', status: 0, detail: `network: ${e instanceof Error ? e.message : String(e)}` }
  }
  if (res.status === 401 || res.status === 403) return { ok: false, kind: 'signed-out', status: res.status, detail: `HTTP ${res.status}` }
  if (res.status === 429 || res.status >= 500) return { ok: false, kind: 'throttled', status: res.status, detail: `HTTP ${res.status}`, retryAfter: res.headers.get('retry-after') }
  if (!res.ok) return { ok: false, kind: 'error', status: res.status, detail: `HTTP ${res.status}` }
  const body = await readBounded(res, MAX_SOURCE_BYTES)
  if (!body.ok) return { ok: false, kind: 'error', status: res.status, detail: body.error }
  // Nothing to read is a failed fetch, not an unreadable notice: the next poll tries again.
  if (body.bytes.length === 0) return { ok: false, kind: 'error', status: res.status, detail: 'empty body' }
  if (looksLikeHtmlPage(body.bytes)) return { ok: false, kind: 'signed-out', status: res.status, detail: 'an HTML page instead of the message' }
  return { ok: true, bytes: body.bytes }
}
