import { describe, expect, it } from 'vitest'
import { looksLikeHtmlPage, readBounded } from './http'

const enc = (s: string) => new TextEncoder().encode(s)

function streamed(chunks: number, size: number): Response {
  let sent = 0
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ >= chunks) c.close()
        else c.enqueue(new Uint8Array(size).fill(65))
      },
    }),
  )
}

describe('readBounded', () => {
  it('reads a body up to the limit, byte for byte', async () => {
    const bytes = Uint8Array.from([0, 0x80, 0xff, 0x1b, 0x24, 0x42])
    expect(await readBounded(new Response(bytes), 100)).toEqual({ ok: true, bytes })
  })

  it('joins a streamed body', async () => {
    const r = await readBounded(streamed(5, 1000), 10_000)
    expect(r.ok && r.bytes.length).toBe(5000)
  })

  it('refuses a body declared larger than the limit without reading it', async () => {
    const res = new Response('x', { headers: { 'content-length': '999999999' } })
    expect(await readBounded(res, 1000)).toEqual({ ok: false, error: 'larger than 1000 bytes' })
  })

  it('stops a streamed body as soon as it passes the limit', async () => {
    expect(await readBounded(streamed(1_000_000, 64 * 1024), 1_000_000)).toEqual({ ok: false, error: 'larger than 1000000 bytes' })
  })
})

describe('looksLikeHtmlPage', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['\r\n  <!doctype HTML>', true],
    ['\ufeff<html lang="en">', true],
    ['<html>', true],
    ['Received: from mx.example\r\nSubject: x\r\n\r\n<html>', false],
    ['<?xml version="1.0"?><feed xmlns="http://purl.org/atom/ns#">', false],
    ['', false],
  ])('%j → %s', (s, expected) => expect(looksLikeHtmlPage(enc(s))).toBe(expected))
})
