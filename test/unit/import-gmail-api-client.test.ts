import { describe, expect, it } from 'vitest'
import { ApiError, GmailApi } from '../../src/background/gmail-api/api'
import { fromBase64Url } from '../../src/background/gmail-api/base64url'
import { noticeQuery } from '../../src/background/gmail-api/query'

type Answer = { status: number; body?: unknown; headers?: Record<string, string> }

/** A GmailApi over scripted answers; records URLs, waits and token use. */
function client(answers: Answer[]) {
  const urls: string[] = []
  const waits: number[] = []
  const invalidated: string[] = []
  let tokens = 0
  const api = new GmailApi({
    tokens: { get: async () => `t${++tokens}`, invalidate: async (t) => void invalidated.push(t) },
    fetch: (async (url: string, init: RequestInit) => {
      urls.push(`${(init.headers as Record<string, string>).Authorization} ${url}`)
      const a = answers.shift()
      if (!a) throw new TypeError('network down')
      return new Response(JSON.stringify(a.body ?? {}), { status: a.status, headers: a.headers })
    }) as typeof fetch,
    sleep: async (ms) => void waits.push(ms),
  })
  return { api, urls, waits, invalidated }
}

describe('GmailApi', () => {
  it('waits as Retry-After says on 429, then answers', async () => {
    const c = client([{ status: 429, headers: { 'retry-after': '3' } }, { status: 200, body: { emailAddress: 'a@b', historyId: '9' } }])
    await expect(c.api.profile()).resolves.toEqual({ emailAddress: 'a@b', historyId: '9' })
    expect(c.waits).toEqual([3000])
  })

  it('backs off exponentially on 5xx and on a 403 rate limit', async () => {
    const c = client([
      { status: 503 },
      { status: 500 },
      { status: 403, body: { error: { errors: [{ reason: 'userRateLimitExceeded' }] } } },
      { status: 200, body: { messages: [] } },
    ])
    await c.api.list('q')
    expect(c.waits).toHaveLength(3)
    // 1 s, 2 s, 4 s, each with ±25 % jitter
    c.waits.forEach((w, i) => expect(w / (1000 * 2 ** i)).toBeGreaterThanOrEqual(0.75))
    c.waits.forEach((w, i) => expect(w / (1000 * 2 ** i)).toBeLessThanOrEqual(1.25))
  })

  it('gets a fresh token once on 401', async () => {
    const c = client([{ status: 401 }, { status: 200, body: { id: 'x', raw: 'SGk' } }])
    await expect(c.api.raw('x')).resolves.toMatchObject({ id: 'x' })
    expect(c.invalidated).toEqual(['t1'])
    expect(c.urls[1]).toMatch(/^Bearer t2 /)
  })

  it('gives up with the status on 404 (a stale history id) without retrying', async () => {
    const c = client([{ status: 404, body: { error: { message: 'Requested entity was not found.' } } }])
    const err = await c.api.history('5').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(404)
    expect(c.waits).toEqual([])
  })

  it('retries network errors, then stops after the last attempt', async () => {
    const c = client([])
    const err = await c.api.profile().catch((e: unknown) => e)
    expect((err as ApiError).message).toBe('network error')
    expect(c.urls).toHaveLength(7)
  })

  it('asks for raw messages, for metadata headers only, and pages the list', async () => {
    const c = client([{ status: 200, body: {} }, { status: 200, body: {} }, { status: 200, body: {} }])
    await c.api.raw('m1')
    await c.api.metadata('m1')
    await c.api.list('from:x', 'p2')
    expect(c.urls[0]).toContain('/users/me/messages/m1?format=raw')
    expect(c.urls[1]).toContain('format=metadata&metadataHeaders=From&metadataHeaders=Subject')
    expect(c.urls[2]).toContain('includeSpamTrash=true')
    expect(c.urls[2]).toContain('pageToken=p2')
  })
})

describe('Gmail API helpers', () => {
  it('decodes base64url without padding', () => {
    expect(new TextDecoder().decode(fromBase64Url('SGk_IH4-'))).toBe('Hi? ~>')
  })

  it('searches notice senders and subjects everywhere but the trash', () => {
    const q = noticeQuery()
    expect(q).toMatch(/^\{.*\} -in:trash$/)
    expect(q).toContain('from:mailer-daemon')
    expect(q).toContain('subject:"undelivered mail"')
    expect(q).not.toMatch(/subject:"[^"]*"[^ }]/)
  })
})
