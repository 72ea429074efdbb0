import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTooLarge, looksLikeNotice, MboxSplitter, splitMbox } from './mbox'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

const MBOX = [
  'From MAILER-DAEMON Thu Apr 29 23:34:45 2015',
  'Subject: one',
  '',
  'body one',
  '>From the top, a quoted line',
  '>>From a doubly quoted one',
  '',
  'From 1789@xxx Mon Jan 01 00:00:00 +0000 2024',
  'Subject: two',
  '',
  'body two',
  '',
].join('\n')

describe('MboxSplitter', () => {
  it('splits on From lines, unescapes >From one level, and keeps each message whole', () => {
    expect(splitMbox(enc(MBOX)).map(dec)).toEqual([
      'Subject: one\n\nbody one\nFrom the top, a quoted line\n>From a doubly quoted one\n\n',
      'Subject: two\n\nbody two\n',
    ])
  })

  it('reads a plain .eml (no From line) as one message', () => {
    const eml = 'Subject: x\r\n\r\nhello\r\n'
    expect(splitMbox(enc(eml)).map(dec)).toEqual([eml])
  })

  it('gives the same messages whatever the chunk boundaries (separator split across chunks)', () => {
    const whole = splitMbox(enc(MBOX)).map(dec)
    const bytes = enc(MBOX)
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      const s = new MboxSplitter()
      const out: string[] = []
      for (let i = 0; i < bytes.length; i += size) out.push(...s.push(bytes.subarray(i, i + size)).map(dec))
      out.push(...s.end().map(dec))
      expect(out).toEqual(whole)
    }
  })

  it('handles CRLF and CR line endings, including a CR at a chunk end', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = MBOX.replace(/\n/g, eol)
      const bytes = enc(text)
      const s = new MboxSplitter()
      const out: string[] = []
      for (let i = 0; i < bytes.length; i += 4) out.push(...s.push(bytes.subarray(i, i + 4)).map(dec))
      out.push(...s.end().map(dec))
      expect(out.length).toBe(2)
      expect(out[0]).toBe(['Subject: one', '', 'body one', 'From the top, a quoted line', '>From a doubly quoted one', '', ''].join(eol))
    }
  })

  it('recognises an envelope line with no blank line before it', () => {
    const text = 'From a@b Thu Apr 29 23:34:45 2015\nSubject: x\n\n--boundary--\nFrom MAILER-DAEMON  Thu Jul  2 12:05:05 2020\nSubject: y\n\nz\n'
    expect(splitMbox(enc(text)).map(dec)).toEqual(['Subject: x\n\n--boundary--\n', 'Subject: y\n\nz\n'])
  })

  it('never splits a file that does not start with a From line (.eml quoting an mbox envelope)', () => {
    const eml = 'Subject: fwd\n\n-----\nFrom MAILER-DAEMON  Thu Apr 29 23:34:45 2015\nReturn-Path: <>\n\n>From kept as is\n'
    expect(splitMbox(enc(eml)).map(dec)).toEqual([eml])
  })

  it('does not split on a From line inside a paragraph', () => {
    const text = 'Subject: x\n\nhello\nFrom me to you, thanks\n'
    expect(splitMbox(enc(text)).map(dec)).toEqual([text])
  })

  it('marks a message over the cap as too large, keeping only its head, and goes on', () => {
    const big = 'From a@b Thu Apr 29 23:34:45 2015\nSubject: big\n\n' + 'x'.repeat(5000) + '\n\nFrom c@d Thu Apr 29 23:34:45 2015\nSubject: small\n\nok\n'
    const s = new MboxSplitter({ maxMessageBytes: 1000, keepHeadBytes: 100 })
    const bytes = enc(big)
    const out: Uint8Array[] = []
    for (let i = 0; i < bytes.length; i += 256) out.push(...s.push(bytes.subarray(i, i + 256)))
    out.push(...s.end())
    expect(out.length).toBe(2)
    expect(isTooLarge(out[0])).toBe(true)
    expect(out[0].length).toBe(100)
    expect((out[0] as unknown as { size: number }).size).toBe(5000 + 'Subject: big\n\n\n\n'.length)
    expect(dec(out[0]).startsWith('Subject: big')).toBe(true)
    expect(isTooLarge(out[1])).toBe(false)
    expect(dec(out[1])).toBe('Subject: small\n\nok\n')
  })

  it('flushes a very long line without an end instead of buffering it', () => {
    const s = new MboxSplitter()
    expect(s.push(enc('Subject: x\n\n' + 'y'.repeat(200_000)))).toEqual([])
    const out = s.end()
    expect(out.length).toBe(1)
    expect(out[0].length).toBe(12 + 200_000)
  })
})

describe('looksLikeNotice', () => {
  it('lets every notice of the corpus through (only out-of-office replies may be skipped)', () => {
    const dir = join(import.meta.dirname, '../../test/fixtures/sisimai')
    const skipped = readdirSync(dir).filter((f) => f.endsWith('.eml'))
      .filter((f) => splitMbox(new Uint8Array(readFileSync(join(dir, f)))).some((m) => !looksLikeNotice(m)))
    expect(skipped.filter((f) => !f.startsWith('rfc3834-'))).toEqual([])
  })

  const yes = [
    'From: MAILER-DAEMON@example.com\nSubject: hi\n\n',
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n',
    'From: postmaster@contoso.com\nSubject: Undeliverable: offer\n\n',
    'From: x@y\nSubject: =?UTF-8?Q?Non_remis_:_offre?=\n\n',
    'From: x@y\nSubject: Non recapitabile: offerta\n\n',
    'From: x@y\nSubject: Unzustellbar: Angebot\n\n',
    'From: x@y\nContent-Type: multipart/report;\n report-type=delivery-status\n\n',
    'Return-Path: <>\nFrom: x@y\n\n',
    'From: x@y\nAuto-Submitted: auto-replied\n\n',
  ]
  const no = [
    'From: Priya <priya@prospect.example>\nSubject: Re: our call\nContent-Type: text/plain\n\nMAILER-DAEMON undeliverable in the body does not count\n',
    'From: newsletter@shop.example\nSubject: Spring sale\n\n',
  ]
  it.each(yes)('yes: %s', (h) => expect(looksLikeNotice(enc(h))).toBe(true))
  it.each(no)('no: %s', (h) => expect(looksLikeNotice(enc(h))).toBe(false))
})
