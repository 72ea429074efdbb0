import { zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { emlReader, mboxReader, type MessageReader } from '../../src/import/readers'
import { zipReader } from '../../src/import/zip-reader'
import { sniff } from '../../src/import/sniff'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)
const OPTIONS = { maxHeaderBytes: 4096, maxMessageBytes: 1 << 20, wants: (h: Uint8Array) => /mailer-daemon/i.test(dec(h)) }
const NOTICE = 'From: MAILER-DAEMON@mx.example\nSubject: Undelivered\n\nbody\n'
const ORDINARY = 'From: alice@example.com\nSubject: Lunch\n\nnoon\n'

function readAll(reader: MessageReader, bytes: Uint8Array, chunk = 1000) {
  const out = []
  for (let i = 0; i < bytes.length; i += chunk) out.push(...reader.push(bytes.subarray(i, i + chunk)))
  const end = reader.end()
  return { messages: [...out, ...end.messages], notes: end.notes }
}

describe('sniff', () => {
  it.each([
    ['From MAILER-DAEMON Fri Feb  2 18:30:22 2018\n', 'mbox'],
    ['\r\nFrom a@b Fri Feb  2 18:30:22 2018\n', 'mbox'],
    ['Return-Path: <>\nFrom: x\n', 'eml'],
    ['PK\u0003\u0004rest', 'zip'],
    ['%PDF-1.7\n%\u00e2\u00e3', 'unknown'],
    ['\u0089PNG\r\n\u001a\n', 'unknown'],
    ['', 'unknown'],
  ])('%j is %s', (head, kind) => {
    expect(sniff(Uint8Array.from(head, (c) => c.charCodeAt(0)))).toBe(kind)
  })
})

describe('readers', () => {
  it('reads a zip of .eml files entry by entry, and an mbox inside a zip (Takeout)', () => {
    const mbox = `From a@b Fri Feb  2 18:30:22 2018\n${ORDINARY}\nFrom MAILER-DAEMON Fri Feb  2 18:30:22 2018\n${NOTICE}\n`
    const zip = zipSync({ 'a.eml': strToU8(NOTICE), 'dir/b.eml': strToU8(ORDINARY), 'Takeout/Mail/All mail.mbox': strToU8(mbox) })
    const { messages, notes } = readAll(zipReader(OPTIONS), zip, 7)
    expect(messages.map((m) => [m.where, m.result.kind])).toEqual([
      ['a.eml', 'candidate'], ['dir/b.eml', 'ordinary'], ['Takeout/Mail/All mail.mbox#0', 'ordinary'], ['Takeout/Mail/All mail.mbox#1', 'candidate'],
    ])
    expect(notes).toEqual([])
  })

  it('says which entry a truncated zip cut off, keeping the entries before it', () => {
    const zip = zipSync({ 'a.eml': strToU8(NOTICE), 'b.eml': strToU8(NOTICE + 'x'.repeat(5000)) }, { level: 0 })
    const { messages, notes } = readAll(zipReader(OPTIONS), zip.subarray(0, zip.length - 3000))
    expect(messages.map((m) => m.where)).toEqual(['a.eml'])
    expect(notes).toEqual([{ code: 'truncated', where: 'b.eml' }])
  })

  it('notes an mbox that ends in the middle of a line as truncated, keeping what came before', () => {
    const mbox = `From MAILER-DAEMON Fri Feb  2 18:30:22 2018\n${NOTICE}\nFrom MAILER-DAEMON Fri Feb  2 18:31:22 2018\n${NOTICE.slice(0, 40)}`
    const { messages, notes } = readAll(mboxReader(OPTIONS), enc(mbox), 16)
    expect(messages.map((m) => m.result.kind)).toEqual(['candidate', 'candidate'])
    expect(notes).toEqual([{ code: 'truncated', where: '#1' }])
  })

  it('reads a single .eml as one message', () => {
    const { messages } = readAll(emlReader(OPTIONS), enc(NOTICE), 5)
    expect(messages).toHaveLength(1)
    expect(messages[0].result.kind === 'candidate' && dec(messages[0].result.bytes)).toBe(NOTICE)
  })
})
