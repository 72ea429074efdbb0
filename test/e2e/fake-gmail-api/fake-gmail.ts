/**
 * A fake Gmail API (users.getProfile, messages.list / get, history.list) served by Playwright
 * request interception, for the API scan's end-to-end test. It pages small (7 ids), can answer a
 * call with 429 once, and forgets history older than `oldestHistoryId` (404, as Gmail does after
 * about a week). Search: a small evaluator of the scan's query form `{from:a subject:"b c" ...} -in:trash`.
 */
import type { BrowserContext, Route } from 'playwright-core'
import { decodeWords } from '../../../src/import/header-text'

export interface FakeMessage {
  id: string
  raw: Buffer
  labelIds: string[]
  historyId: number
}

export class FakeGmail {
  // The account the generated notices belong to (scripts/make-mbox.ts TAKEOUT_ACCOUNT).
  readonly email = 'sales.rep@gmail.com'
  messages: FakeMessage[] = []
  historyId = 5000
  oldestHistoryId = 0
  pageSize = 7
  /** Every call, in order: "profile", "list", "history", "raw:<id>", "metadata:<id>", "429:<what>". */
  calls: string[] = []
  queries: string[] = []
  /** Ids whose next format=raw get answers 429 (then works). */
  throttleOnce = new Set<string>()
  private next = 1

  constructor(private readonly token: string) {}

  add(raw: Buffer, labelIds = ['INBOX']): string {
    const id = (0x18c0000000 + this.next++).toString(16)
    this.messages.push({ id, raw, labelIds, historyId: ++this.historyId })
    return id
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route('https://gmail.googleapis.com/**', (route) => this.handle(route))
  }

  /** Ids the search `q` finds (not in the trash), newest first like Gmail. */
  search(q: string): string[] {
    const group = /\{([^}]*)\}/.exec(q)?.[1] ?? ''
    const terms = [...group.matchAll(/(from|subject):("([^"]*)"|\S+)/g)].map((m) => ({ field: m[1], value: (m[3] ?? m[2]).toLowerCase() }))
    const trashOut = /-in:trash/.test(q)
    return this.messages
      .filter((m) => !(trashOut && m.labelIds.includes('TRASH')))
      .filter((m) => {
        const from = header(m.raw, 'from').toLowerCase()
        const subject = decodeWords(header(m.raw, 'subject')).toLowerCase()
        return terms.some((t) => (t.field === 'from' ? from.includes(t.value) : subject.includes(t.value)))
      })
      .reverse()
      .map((m) => m.id)
  }

  private async handle(route: Route): Promise<void> {
    const req = route.request()
    const url = new URL(req.url())
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      route.fulfill({ status, contentType: 'application/json', headers, body: JSON.stringify(body) })
    if (req.headers()['authorization'] !== `Bearer ${this.token}`) return json(401, { error: { code: 401, message: 'Invalid Credentials' } })
    const path = url.pathname.replace('/gmail/v1/users/me', '')
    const page = <T>(all: T[]) => {
      const at = Number(url.searchParams.get('pageToken') ?? 0)
      const next = at + this.pageSize
      return { items: all.slice(at, next), nextPageToken: next < all.length ? String(next) : undefined }
    }

    if (path === '/profile') {
      this.calls.push('profile')
      return json(200, { emailAddress: this.email, historyId: String(this.historyId), messagesTotal: this.messages.length })
    }
    if (path === '/messages') {
      this.calls.push('list')
      const q = url.searchParams.get('q') ?? ''
      this.queries.push(q)
      const { items, nextPageToken } = page(this.search(q))
      return json(200, { messages: items.map((id) => ({ id, threadId: id })), nextPageToken, resultSizeEstimate: items.length })
    }
    if (path === '/history') {
      this.calls.push('history')
      const start = Number(url.searchParams.get('startHistoryId'))
      if (start < this.oldestHistoryId) return json(404, { error: { code: 404, message: 'Requested entity was not found.' } })
      const added = this.messages.filter((m) => m.historyId > start)
      const { items, nextPageToken } = page(added)
      return json(200, {
        history: items.map((m) => ({ id: String(m.historyId), messagesAdded: [{ message: { id: m.id, labelIds: m.labelIds } }] })),
        nextPageToken,
        historyId: String(this.historyId),
      })
    }
    const get = /^\/messages\/([^/]+)$/.exec(path)
    const msg = get && this.messages.find((m) => m.id === decodeURIComponent(get[1]))
    if (!msg) return json(404, { error: { code: 404, message: 'Not Found' } })
    const format = url.searchParams.get('format')
    if (format === 'raw') {
      if (this.throttleOnce.delete(msg.id)) {
        this.calls.push(`429:${msg.id}`)
        return json(429, { error: { code: 429, message: 'Too many concurrent requests for user' } }, { 'retry-after': '1' })
      }
      this.calls.push(`raw:${msg.id}`)
      return json(200, { id: msg.id, threadId: msg.id, labelIds: msg.labelIds, sizeEstimate: msg.raw.length, raw: msg.raw.toString('base64url') })
    }
    this.calls.push(`metadata:${msg.id}`)
    const wanted = url.searchParams.getAll('metadataHeaders').map((h) => h.toLowerCase())
    const headers = wanted.map((name) => ({ name, value: header(msg.raw, name) })).filter((h) => h.value)
    return json(200, { id: msg.id, labelIds: msg.labelIds, payload: { headers } })
  }
}

/** First value of a header in a raw message, unfolded ("" when absent). */
export function header(raw: Buffer, name: string): string {
  const text = raw.subarray(0, 65536).toString('latin1')
  const end = text.search(/\r?\n\r?\n/)
  const head = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ')
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)
  return m ? m[1].trim() : ''
}
