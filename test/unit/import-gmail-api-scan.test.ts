import { describe, expect, it } from 'vitest'
import { ApiError, type GmailApi } from '../../src/background/gmail-api/api'
import { runScan, type ScanCursor } from '../../src/background/gmail-api/scan'
import type { Report } from '../../src/bounce/types'

const NOTICE = (n: number) => `From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered Mail\r\nMessage-ID: <n${n}@mx>\r\n\r\nbody ${n}\r\n`
const ORDINARY = 'From: alice@example.com\r\nSubject: Lunch\r\n\r\nnoon\r\n'
const b64url = (s: string) => Buffer.from(s).toString('base64url')

/** An in-memory stand-in for GmailApi: messages by id, a history list, and what was asked. */
function fakeApi(opts: { ids: string[]; added?: string[]; staleHistory?: boolean; tooBig?: string[]; account?: string }) {
  const asked: string[] = []
  const raw = (id: string) => (id.startsWith('o') ? ORDINARY : NOTICE(Number(id.slice(1))))
  const api = {
    profile: async () => ({ emailAddress: opts.account ?? 'me@x', historyId: '200' }),
    list: async (_q: string, token?: string) => {
      asked.push(`list:${token ?? ''}`)
      const at = Number(token ?? 0)
      return { messages: opts.ids.slice(at, at + 2).map((id) => ({ id })), nextPageToken: at + 2 < opts.ids.length ? String(at + 2) : undefined }
    },
    history: async () => {
      asked.push('history')
      if (opts.staleHistory) throw new ApiError(404, 'not found')
      return { history: (opts.added ?? []).map((id) => ({ messagesAdded: [{ message: { id } }] })) }
    },
    metadata: async (id: string) => {
      asked.push(`meta:${id}`)
      const [from, subject] = raw(id).split('\r\n').map((l) => l.slice(l.indexOf(':') + 2))
      return { id, payload: { headers: [{ name: 'From', value: from }, { name: 'Subject', value: subject }] } }
    },
    raw: async (id: string) => {
      asked.push(`raw:${id}`)
      if (opts.tooBig?.includes(id)) throw new ApiError(413, 'larger than 12 MB')
      return { id, raw: b64url(raw(id)) }
    },
  }
  return { api: api as unknown as GmailApi, asked }
}

/** A tiny engine stand-in: a notice is anything from MAILER-DAEMON, its Message-ID kept. */
async function parse(bytes: Uint8Array): Promise<Report> {
  const text = new TextDecoder().decode(bytes)
  const notice = text.startsWith('From: MAILER-DAEMON')
  const messageId = /Message-ID: (\S+)/.exec(text)?.[1] ?? ''
  return { kind: notice ? 'bounce' : 'none', recipients: [], original: null, notice: { messageId, subject: '', from: '', date: '' }, decoder: '' }
}

function run(api: GmailApi, previous: ScanCursor | null, cancelAfter = Infinity) {
  const stored: string[] = []
  const control = { cancelled: false, onProgress: (p: { read: number }) => void (p.read >= cancelAfter && (control.cancelled = true)) }
  const deps = { api, parse, ingest: async (items: { source: { id: string } }[]) => (stored.push(...items.map((i) => i.source.id)), { flagged: items.length, duplicates: 0 }) }
  return runScan(deps, previous, control).then((r) => ({ ...r, stored }))
}

describe('runScan', () => {
  it('first run: pages through the search, reads each message raw, keys notices by Message-ID', async () => {
    const f = fakeApi({ ids: ['n1', 'n2', 'n3', 'n4', 'n5'] })
    const r = await run(f.api, null)
    expect(f.asked.filter((a) => a.startsWith('list'))).toEqual(['list:', 'list:2', 'list:4'])
    expect(r.stored.sort()).toEqual(['mid:<n1@mx>', 'mid:<n2@mx>', 'mid:<n3@mx>', 'mid:<n4@mx>', 'mid:<n5@mx>'].map((s) => s.replace(/[<>]/g, '')))
    expect(r.cursor).toEqual({ account: 'me@x', historyId: '200' })
    expect(r.progress).toMatchObject({ mode: 'full', listed: 5, read: 5, notices: 5 })
  })

  it('next run: only what history added, ordinary mail judged by its headers alone', async () => {
    const f = fakeApi({ ids: [], added: ['n7', 'o1', 'o2'] })
    const r = await run(f.api, { account: 'me@x', historyId: '150' })
    expect(f.asked).not.toContain('list:')
    expect(f.asked.filter((a) => a.startsWith('raw:'))).toEqual(['raw:n7'])
    expect(r.progress).toMatchObject({ mode: 'incremental', listed: 3, skipped: 2, notices: 1 })
  })

  it('stale history id: a full scan again', async () => {
    const f = fakeApi({ ids: ['n1'], staleHistory: true })
    const r = await run(f.api, { account: 'me@x', historyId: '1' })
    expect(f.asked.slice(0, 2)).toEqual(['history', 'list:'])
    expect(r.progress.mode).toBe('full-after-stale-history')
    expect(r.cursor?.historyId).toBe('200')
  })

  it('another account than last time: a full scan, not its history', async () => {
    const f = fakeApi({ ids: ['n1'], account: 'other@x' })
    await run(f.api, { account: 'me@x', historyId: '150' })
    expect(f.asked[0]).toBe('list:')
  })

  it('a message too big to fetch is counted and skipped; the scan goes on', async () => {
    const f = fakeApi({ ids: ['n1', 'n2', 'n3'], tooBig: ['n2'] })
    const r = await run(f.api, null)
    expect(r.progress).toMatchObject({ read: 3, notices: 2, errors: 1, lastError: 'larger than 12 MB' })
  })

  it('cancel: keeps what was read, and saves no cursor (the next run starts from the old one)', async () => {
    const f = fakeApi({ ids: Array.from({ length: 40 }, (_, i) => `n${i}`) })
    const r = await run(f.api, null, 5)
    expect(r.cursor).toBeNull()
    expect(r.stored.length).toBeGreaterThanOrEqual(5)
    expect(r.stored.length).toBeLessThan(40)
  })
})
