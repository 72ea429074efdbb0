import { describe, expect, it } from 'vitest'
import { MboxScanner } from '../../src/import/mbox-scanner'
import type { Assembled } from '../../src/import/message-assembler'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

const NOTICE = 'From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\n\nbody of the notice\nFrom here on, text (not a separator)\n\n'
const ORDINARY = 'From: alice@example.com\nSubject: Lunch\n\nSee you at noon.\n\n'
const MBOX =
  'From MAILER-DAEMON Fri Feb  2 18:30:22 2018\n' + NOTICE +
  'From 1589323873493459398@xxx Wed May 13 12:34:56 +0000 2020\n' + ORDINARY +
  'From MAILER-DAEMON Sat Feb  3 08:00:00 2018\n' + NOTICE.replace('notice', 'second')

function scan(text: string, chunk: number, maxMessageBytes = 1 << 20) {
  const s = new MboxScanner({ maxHeaderBytes: 1024, maxMessageBytes, wants: (h) => /mailer-daemon/i.test(dec(h)) })
  const bytes = enc(text)
  const out = []
  for (let i = 0; i < bytes.length; i += chunk) out.push(...s.push(bytes.subarray(i, i + chunk)))
  out.push(...s.end())
  return { messages: out, leading: s.leadingBytes }
}

const show = (r: Assembled) => (r.kind === 'candidate' ? dec(r.bytes) : r.kind)

describe('MboxScanner', () => {
  // Same messages whatever the chunk boundaries (a separator may be cut anywhere).
  it.each([1, 2, 3, 5, 7, 13, 64, 100_000])('splits the same way with %i-byte chunks', (chunk) => {
    const { messages } = scan(MBOX, chunk)
    expect(messages.map((m) => show(m.result))).toEqual([NOTICE, 'ordinary', NOTICE.replace('notice', 'second')])
    expect(messages.map((m) => m.index)).toEqual([0, 1, 2])
    expect(messages.map((m) => m.offset)).toEqual([0, MBOX.indexOf('From 1589'), MBOX.lastIndexOf('From MAILER')])
  })

  it('keeps CRLF messages byte for byte', () => {
    const crlf = MBOX.replace(/\n/g, '\r\n')
    const { messages } = scan(crlf, 7)
    expect(messages.map((m) => show(m.result))).toEqual([NOTICE, 'ordinary', NOTICE.replace('notice', 'second')].map((s) => s.replace(/\n/g, '\r\n')))
  })

  it.each([100, 5000])('keeps only the head of a notice over the cap, and goes on (%i-byte chunks)', (chunk) => {
    const head = 'From: MAILER-DAEMON@x\nSubject: big\n\n'
    const big = 'From MAILER-DAEMON Fri Feb  2 18:30:22 2018\n' + head + 'x'.repeat(5000) + '\n' + 'From a@b Fri Feb  2 18:30:22 2018\n' + NOTICE
    const { messages } = scan(big, chunk, 1000)
    const r = messages[0].result
    expect(r.kind).toBe('oversize')
    expect(r.kind === 'oversize' && dec(r.head)).toBe(head + 'x'.repeat(1000 - head.length))
    expect(r.kind === 'oversize' && r.size).toBe(head.length + 5001)
    expect(show(messages[1].result)).toBe(NOTICE)
  })

  it('finds no message in a file that is not an mbox, and counts its bytes as leading', () => {
    const { messages, leading } = scan('%PDF-1.7\nnot mail at all\n', 4)
    expect(messages).toEqual([])
    expect(leading).toBe(25)
  })

  it('does not take "From " lines without a time for separators', () => {
    const { messages } = scan('From MAILER-DAEMON Fri Feb  2 18:30:22 2018\n' + NOTICE + 'From me to you, thanks\n', 3)
    expect(messages).toHaveLength(1)
    expect(show(messages[0].result)).toBe(NOTICE + 'From me to you, thanks\n')
  })
})

describe('MboxScanner, empty pushes', () => {
  it('is not confused by empty chunks between lines (fflate hands some out)', () => {
    const s = new MboxScanner({ maxHeaderBytes: 1024, maxMessageBytes: 1 << 20, wants: () => true })
    const out = [...s.push(enc('From a@b Fri Feb  2 18:30:22 2018\nx\n')), ...s.push(new Uint8Array(0))]
    out.push(...s.push(enc('From c@d Fri Feb  2 18:30:22 2018\ny\n')), ...s.end())
    expect(out.map((m) => m.index)).toEqual([0, 1])
  })
})

describe('MessageAssembler', () => {
  it('gives the same result whether the header block comes whole or in pieces', async () => {
    const { MessageAssembler } = await import('../../src/import/message-assembler')
    const msg = enc('From: MAILER-DAEMON@x\nSubject: s\n\nbody line\n')
    for (const cut of [1, 5, 20, msg.length]) {
      const a = new MessageAssembler({ maxHeaderBytes: 1024, maxMessageBytes: 1 << 20, wants: (h) => dec(h).includes('MAILER-DAEMON') })
      for (let i = 0; i < msg.length; i += cut) a.push(msg.subarray(i, i + cut))
      const r = a.end()
      expect(r.kind === 'candidate' && dec(r.bytes)).toBe(dec(msg))
    }
  })
})
