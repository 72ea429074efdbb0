import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { headerEnd } from '../../src/import/bytes'
import { looksLikeNotice } from '../../src/import/prefilter'

const CORPUS = join(import.meta.dirname, '../fixtures/sisimai')
const enc = (s: string) => new TextEncoder().encode(s)

function headerOf(bytes: Uint8Array): Uint8Array {
  const start = bytes[0] === 0x46 && new TextDecoder().decode(bytes.subarray(0, 5)) === 'From ' ? bytes.indexOf(10) + 1 : 0
  const body = bytes.subarray(start)
  const end = headerEnd(body)
  return body.subarray(0, end < 0 ? 65536 : end)
}

describe('looksLikeNotice', () => {
  // The pre-filter must never hide a notice: every corpus file passes it.
  it('passes all 589 corpus notices', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml'))
    const missed = files.filter((f) => !looksLikeNotice(headerOf(new Uint8Array(readFileSync(join(CORPUS, f))))))
    expect(files).toHaveLength(589)
    expect(missed).toEqual([])
  })

  it.each([
    ['a colleague', 'From: Alice <alice@partner.example>\nSubject: Lunch on Friday?\nContent-Type: text/plain\n\n'],
    ['a newsletter', 'From: News <news@shop.example>\nSubject: 20% off this week\nList-Unsubscribe: <mailto:u@shop.example>\n\n'],
    ['an encoded Latin-1 subject', 'From: Élodie <e@x.example>\nSubject: =?ISO-8859-1?Q?R=E9union?=\n\n'],
    ['a folded ordinary subject', 'From: bob@x.example\nSubject: Slides for\n the pitch\n\n'],
  ])('skips %s', (_, header) => {
    expect(looksLikeNotice(enc(header))).toBe(false)
  })

  it.each([
    ['a null sender', 'Return-Path: <>\nFrom: x@y\nSubject: hi\n\n'],
    ['a multipart/report', 'From: x@y\nContent-Type: multipart/report; report-type=delivery-status\n\n'],
    ['a folded bounce subject', 'From: x@y\nSubject: Your message\n could not be delivered\n\n'],
    ['an out-of-office reply', 'From: x@y\nSubject: Automatic reply: Lunch\n\n'],
  ])('keeps %s', (_, header) => {
    expect(looksLikeNotice(enc(header))).toBe(true)
  })
})
