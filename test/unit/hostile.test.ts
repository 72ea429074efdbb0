/**
 * Hostile input (issue 2): each message gets a report or a clear error within 1 s and bounded
 * memory, never a throw or a hang. Random mutations use a seeded PRNG so a failure can be replayed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from '../../src/bounce/index'
import type { ParseError, Report } from '../../src/bounce/types'
import { splitMbox } from '../../src/bounce/mbox'

const CORPUS = join(import.meta.dirname, '../fixtures/sisimai')
const enc = (s: string) => new TextEncoder().encode(s)
const LIMIT_MS = 1000

/** Mulberry32: small, seeded, good enough to pick mutations reproducibly. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function wellFormed(r: Report | ParseError): void {
  if (r.kind === 'error') {
    expect(typeof r.error).toBe('string')
    expect(r.error.length).toBeGreaterThan(0)
    return
  }
  expect(['bounce', 'delay', 'autoreply', 'feedback', 'delivered', 'none']).toContain(r.kind)
  for (const x of r.recipients) {
    expect(typeof x.address).toBe('string')
    expect(x.address.length).toBeLessThanOrEqual(400)
    expect(x.diagnostic.length).toBeLessThanOrEqual(2048)
    expect(typeof x.hard).toBe('boolean')
  }
}

async function timed(raw: string | Uint8Array): Promise<{ ms: number; report: Report | ParseError }> {
  const t = performance.now()
  const report = await parseBounce(raw)
  return { ms: performance.now() - t, report }
}

const DSN_HEAD = [
  'From: MAILER-DAEMON@mx.example.com',
  'To: sales@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  '',
  '--B',
  'Content-Type: message/delivery-status',
  '',
  'Final-Recipient: rfc822; jane@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
  '',
].join('\r\n')

describe('hostile input', () => {
  it('reads a 20 MB notice (huge returned attachment) within 1 s and bounded memory', async () => {
    const chunk = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo='.repeat(2) + '\r\n'
    const body = chunk.repeat(Math.ceil((20 * 1024 * 1024) / chunk.length))
    const raw = `${DSN_HEAD}--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--B--\r\n`
    expect(raw.length).toBeGreaterThan(20 * 1024 * 1024)
    const before = process.memoryUsage().heapUsed
    const { ms, report } = await timed(enc(raw))
    const grown = process.memoryUsage().heapUsed - before
    expect(ms).toBeLessThan(LIMIT_MS)
    expect(grown).toBeLessThan(200 * 1024 * 1024)
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['jane@example.org', 'userunknown']])
  })

  it('survives 10,000 MIME parts', async () => {
    const parts = Array.from({ length: 10_000 }, (_, i) => `--B\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('')
    const { ms, report } = await timed(enc(`${DSN_HEAD}${parts}--B--\r\n`))
    expect(ms).toBeLessThan(LIMIT_MS)
    wellFormed(report)
  })

  it('survives a 1 MB header line', async () => {
    const { ms, report } = await timed(enc(`X-Long: ${'a'.repeat(1024 * 1024)}\r\n${DSN_HEAD}--B--\r\n`))
    expect(ms).toBeLessThan(LIMIT_MS)
    wellFormed(report)
  })

  it('survives a million empty lines (postal-mime pays per line)', async () => {
    const { ms, report } = await timed(enc(`${DSN_HEAD}${'\n'.repeat(1_000_000)}--B--\r\n`))
    expect(ms).toBeLessThan(LIMIT_MS)
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.recipients.map((r) => r.address)).toEqual(['jane@example.org'])
  })

  it('reads a report listing 50,000 recipients in bounded time, keeping the first 1,000', async () => {
    const blocks = Array.from({ length: 50_000 }, (_, i) => `Final-Recipient: rfc822; user${i}@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n`).join('\r\n')
    const raw = DSN_HEAD.replace(/Final-Recipient[\s\S]*$/, '') + blocks + '\r\n--B--\r\n'
    const { ms, report } = await timed(enc(raw))
    expect(ms).toBeLessThan(LIMIT_MS)
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.recipients.length).toBeGreaterThan(0)
    expect(report.recipients.length).toBeLessThanOrEqual(1000)
  })

  it('survives binary garbage', async () => {
    const next = prng(7)
    const bytes = new Uint8Array(2 * 1024 * 1024).map(() => Math.floor(next() * 256))
    const { ms, report } = await timed(bytes)
    expect(ms).toBeLessThan(LIMIT_MS)
    wellFormed(report)
  })

  it('stays linear on text built to make regular expressions backtrack', async () => {
    const nasty = [
      '@'.repeat(200_000), 'a'.repeat(200_000) + '@', '<'.repeat(100_000) + 'x@y' + '>'.repeat(100_000),
      '5.'.repeat(100_000), '550-'.repeat(100_000), ' '.repeat(300_000) + 'x', 'user '.repeat(100_000),
      '-\n'.repeat(100_000), '-'.repeat(300_000), '>>> '.repeat(50_000), 'in reply to '.repeat(30_000),
    ]
    for (const n of nasty) {
      const diag = `${DSN_HEAD.replace('550 5.1.1 user unknown', n)}--B--\r\n`
      const asText = `From: MAILER-DAEMON@x.example\r\nSubject: Undeliverable\r\n\r\n${n}\r\n${n}\r\n`
      for (const raw of [diag, asText]) {
        const { ms, report } = await timed(enc(raw))
        expect(ms).toBeLessThan(LIMIT_MS)
        wellFormed(report)
      }
      const t = performance.now()
      parseBounceText(n, { from: 'mailer-daemon@x.example', subject: 'Undeliverable' })
      expect(performance.now() - t).toBeLessThan(LIMIT_MS)
    }
  })

  // The DSN and plain-text shapes above reach the generic readers only; a dialect's own patterns
  // run once its markers are there. So: the first corpus sample of each dialect, with the bait
  // as a line of its body (after its first body line holding an "@"). Found Exim's
  // malformed-address pattern taking 5 s on an 80 KB run of "a@".
  it('stays linear on backtracking bait inside every dialect\'s own notice', async () => {
    const firstOfDialect = new Map<string, string>()
    for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()) {
      const dialect = f.replace(/-\d+\.eml$/, '')
      if (!firstOfDialect.has(dialect)) firstOfDialect.set(dialect, f)
    }
    expect(firstOfDialect.size).toBeGreaterThan(60)
    const baits = ['a@'.repeat(40_000), '@'.repeat(80_000), ' a@b'.repeat(20_000), '<'.repeat(40_000) + 'x@y', 'a '.repeat(40_000), '5.1.1 '.repeat(15_000)]
    for (const file of firstOfDialect.values()) {
      const raw = readFileSync(join(CORPUS, file), 'latin1')
      const bodyAt = raw.search(/\r?\n\r?\n/)
      const lineEnd = raw.indexOf('\n', raw.indexOf('@', bodyAt)) + 1
      for (const bait of baits) {
        const { ms, report } = await timed(Buffer.from(raw.slice(0, lineEnd) + bait + '\n' + raw.slice(lineEnd), 'latin1'))
        expect(ms, `${file} with ${bait.slice(0, 6)}…`).toBeLessThan(LIMIT_MS)
        wellFormed(report)
      }
    }
  })

  const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()
    .flatMap((f) => splitMbox(new Uint8Array(readFileSync(join(CORPUS, f)))))

  it('reads every corpus message cut short at three points', async () => {
    let slowest = 0
    for (const m of corpus) {
      for (const cut of [0.1, 0.5, 0.9]) {
        const { ms, report } = await timed(m.subarray(0, Math.floor(m.length * cut)))
        slowest = Math.max(slowest, ms)
        wellFormed(report)
      }
    }
    expect(slowest).toBeLessThan(LIMIT_MS)
  })

  it('reads 3,000 random mutations of corpus messages (seeded) without a crash or a slow one', async () => {
    const next = prng(20240523)
    const pick = (n: number) => Math.floor(next() * n)
    const inserts = ['\r\n\r\n', '--', 'Content-Type: multipart/report; boundary="', '=?UTF-8?B?', '\0', '\r', ':', '<', '>', '@', ';', 'Final-Recipient: rfc822; ', 'Status: 9.9.9\r\n', '\xff\xfe']
    let slowest = 0
    const started = performance.now()
    let done = 0
    for (; done < 3000 && performance.now() - started < 20_000; done++) {
      const src = corpus[pick(corpus.length)]
      const bytes = Array.from(src)
      for (let k = 1 + pick(8); k > 0; k--) {
        const at = pick(bytes.length + 1)
        switch (pick(5)) {
          case 0: bytes[at] = pick(256); break // flip a byte
          case 1: bytes.splice(at, 1 + pick(200)); break // delete a run
          case 2: bytes.splice(at, 0, ...enc(inserts[pick(inserts.length)])); break // insert syntax
          case 3: bytes.splice(at, 0, ...bytes.slice(at, at + pick(2000))); break // duplicate a run
          default: bytes.length = Math.min(bytes.length, at + pick(50)) // truncate
        }
      }
      const { ms, report } = await timed(new Uint8Array(bytes))
      slowest = Math.max(slowest, ms)
      wellFormed(report)
    }
    expect(done).toBeGreaterThanOrEqual(1000)
    expect(slowest).toBeLessThan(LIMIT_MS)
  }, 60_000)
})
