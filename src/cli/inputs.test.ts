/** How the scan command reads a file: whole when small, the head of a large message, a large mbox streamed. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_INPUT_BYTES, parseBounce } from '../bounce/index'
import { HEAD_BUFFER_BYTES, messagesOfHead, readHead } from './inputs'
import { main } from './scan'

const CORE = join(import.meta.dirname, '../../test/fixtures/bounce/core')
const lf = (name: string) => readFileSync(join(CORE, name), 'utf8').replace(/\r\n/g, '\n')
/** ~1.3 MB of body in long lines (postal-mime's cost is per line): past the engine's cut and the read buffer. */
const PADDING = `${'x'.repeat(1999)}\n`.repeat(650)

async function scan(path: string): Promise<Record<string, unknown>[]> {
  let out = ''
  await main([path], { write: (s) => { out += s }, warn: () => {}, closed: () => false })
  return out.trim().split('\n').map((l) => JSON.parse(l))
}

describe('scan inputs', () => {
  it('a message larger than the buffer is read only as far as the engine reads, with the same report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-inputs-'))
    const path = join(dir, 'large.eml')
    const raw = new TextEncoder().encode(lf('o365-5.1.10.eml') + PADDING)
    expect(raw.length).toBeGreaterThan(HEAD_BUFFER_BYTES)
    writeFileSync(path, raw)
    const head = readHead(path, new Uint8Array(HEAD_BUFFER_BYTES))
    expect(head.length).toBe(HEAD_BUFFER_BYTES)
    const messages = messagesOfHead(head, HEAD_BUFFER_BYTES)
    expect(messages).toHaveLength(1)
    expect(messages?.[0]).toBe(head)
    const [line] = await scan(path)
    const whole = await parseBounce(raw)
    expect(line).toMatchObject({ source: path, kind: 'bounce' })
    expect(line.recipients).toEqual(JSON.parse(JSON.stringify(whole.kind === 'error' ? [] : whole.recipients.map((r) => ({
      address: r.address, action: r.action, status: r.status, replyCode: r.replyCode, reason: r.reason, hard: r.hard,
      verdict: r.verdict, diagnostic: r.diagnostic, remoteMta: r.remoteMta, date: r.date,
    })))))
    expect(MAX_INPUT_BYTES).toBe(HEAD_BUFFER_BYTES - 1)
  })

  it('an mbox larger than the buffer is streamed: every message comes out, numbered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-inputs-'))
    const path = join(dir, 'large.mbox')
    const from = 'From MAILER-DAEMON Thu Apr 29 23:34:45 2015\n'
    writeFileSync(path, `${from}${lf('o365-5.1.10.eml')}\n${PADDING}\n${from}${lf('autoreply-it.eml')}\n`)
    const lines = await scan(path)
    expect(lines.map((l) => [l.source, l.kind])).toEqual([[`${path}#1`, 'bounce'], [`${path}#2`, 'autoreply']])
  })

  it('a small mbox is split from the buffer; a small message is the buffer itself', () => {
    const two = new TextEncoder().encode('From a Thu Apr 29 23:34:45 2015\nSubject: one\n\nx\n\nFrom b Thu Apr 29 23:34:45 2015\nSubject: two\n\ny\n')
    expect(messagesOfHead(two, HEAD_BUFFER_BYTES)?.map((m) => new TextDecoder().decode(m))).toEqual(['Subject: one\n\nx\n\n', 'Subject: two\n\ny\n'])
    const one = new TextEncoder().encode('Subject: one\n\nx\n')
    expect(messagesOfHead(one, HEAD_BUFFER_BYTES)?.[0]).toBe(one)
    expect(messagesOfHead(new Uint8Array(0), HEAD_BUFFER_BYTES)).toEqual([])
  })

  it('readHead throws a missing file\'s error with its code', () => {
    expect(() => readHead('/nonexistent/rebound.eml', new Uint8Array(16))).toThrow(expect.objectContaining({ code: 'ENOENT' }))
  })
})
