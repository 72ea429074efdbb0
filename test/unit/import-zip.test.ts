/**
 * The zip reader against the two ways a zip broke the importer (issue 10): many entries in one
 * chunk (fflate walks one push()'s entries by recursion: "Maximum call stack size exceeded" after
 * ~1,300) and zip bombs (fflate inflates one push() into one buffer: a 2 MB zip took 7 GB).
 * Every zip is built here, with fflate or by hand for the bombs.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { constants, deflateRawSync } from 'node:zlib'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { runImport } from '../../src/import/importer'
import { LIMITS, ZIP_LIMITS } from '../../src/import/limits'
import { storeDeps } from '../../src/import/store-deps'
import { zipReader } from '../../src/import/zip-reader'
import { openDb } from '../../src/store/db'

const dec = (b: Uint8Array) => new TextDecoder().decode(b)
const OPTIONS = { maxHeaderBytes: 4096, maxMessageBytes: 1 << 20, wants: (h: Uint8Array) => /mailer-daemon/i.test(dec(h)) }
const NOTICE = 'From: MAILER-DAEMON@mx.example\nSubject: Undelivered\n\nbody\n'
const ORDINARY = 'From: alice@example.com\nSubject: Lunch\n\nnoon\n'
const MB = 1024 * 1024

/** Reads a whole zip the way the importer does: in LIMITS.chunkBytes chunks. */
function readZip(zip: Uint8Array, limits = ZIP_LIMITS) {
  const reader = zipReader(OPTIONS, limits)
  const messages = []
  let peak = 0
  const base = process.memoryUsage().arrayBuffers
  for (let at = 0; at < zip.length; at += LIMITS.chunkBytes) {
    messages.push(...reader.push(zip.subarray(at, at + LIMITS.chunkBytes)))
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base)
  }
  const end = reader.end()
  return { messages: [...messages, ...end.messages], notes: end.notes, peak }
}

/**
 * A zip written by hand (local headers only, which is all a streaming reader reads), so an entry's
 * DEFLATE data can be anything, and its header can lie about sizes as a bomb's does.
 */
function handZip(entries: { name: string; deflated: Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = []
  for (const e of entries) {
    const name = strToU8(e.name)
    const h = new DataView(new ArrayBuffer(30))
    h.setUint32(0, 0x04034b50, true)
    h.setUint16(4, 20, true)
    h.setUint16(8, 8, true) // deflate
    h.setUint32(18, e.deflated.length, true)
    h.setUint32(22, 1000, true) // the uncompressed size it claims
    h.setUint16(26, name.length, true)
    parts.push(new Uint8Array(h.buffer), name, e.deflated)
  }
  return Buffer.concat(parts)
}

/**
 * DEFLATE data for `mb` megabytes of zeros, ~1 KB per MB: one 1 MB segment ended by a sync flush
 * (byte-aligned, not final) repeated, then a final empty block (fixed Huffman, end of block).
 */
function zeros(mb: number): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
  return Buffer.concat([...Array.from({ length: mb }, () => segment), Buffer.from([0x03, 0x00])])
}

describe('a zip of many entries', () => {
  it('reads 10,000 entries that arrive in one 4 MB chunk (was: stack overflow after ~1,300)', () => {
    const files: Zippable = {}
    for (let i = 0; i < 10_000; i++) files[`mail/${i}.eml`] = strToU8(i % 10 ? ORDINARY : NOTICE)
    const zip = zipSync(files)
    expect(zip.length).toBeLessThan(LIMITS.chunkBytes)
    const { messages, notes } = readZip(zip)
    expect(notes).toEqual([])
    expect(messages).toHaveLength(10_000)
    expect(messages.filter((m) => m.result.kind === 'candidate')).toHaveLength(1_000)
    expect(messages[9_999].where).toBe('mail/9999.eml')
  })

  it('reads 20,000 empty entries in one chunk without overflowing the stack', () => {
    const files: Zippable = {}
    for (let i = 0; i < 20_000; i++) files[String(i)] = new Uint8Array(0)
    const { messages, notes } = readZip(zipSync(files, { level: 0 }))
    expect(notes).toEqual([])
    expect(messages).toHaveLength(20_000)
  })

  it('imports a 10,000-entry zip fully through the importer and the store', async () => {
    const notice = readFileSync(resolve(import.meta.dirname, '../fixtures/bounce/providers/gmail-address-not-found.eml'), 'latin1')
    const files: Zippable = {}
    for (let i = 0; i < 10_000; i++) {
      files[`n${i}.eml`] = strToU8(i % 10 ? ORDINARY : notice.replace(/^Message-ID:.*$/im, `Message-ID: <n${i}@mx.example>`), true)
    }
    const db = openDb(`zip-import-${process.pid}`)
    const s = await runImport([{ name: 'notices.zip', blob: new Blob([zipSync(files)]) }], storeDeps(db), { cancelled: false, onProgress() {} })
    expect(s.files[0].notes).toEqual([])
    expect(s.messages).toBe(10_000)
    expect(s.notices).toBe(1_000)
    expect(s.duplicates).toBe(0)
    await db.delete()
  }, 120_000)
})

describe('zip bombs end in a clear note, with memory flat', () => {
  it('one entry of 256 MB of zeros from 256 KB: stopped on its ratio', () => {
    const zip = handZip([{ name: 'a.eml', deflated: strToU8(NOTICE) }, { name: 'bomb.eml', deflated: zeros(256) }])
    expect(zip.length).toBeLessThan(300 * 1024)
    // a.eml is stored as is: it is not DEFLATE data. Only the bomb matters here.
    const { notes, peak } = readZip(zip)
    expect(notes).toContainEqual({ code: 'zip-bomb', where: 'bomb.eml', detail: 'ratio' })
    expect(peak).toBeLessThan(64 * MB)
  })

  it('many entries of 1 MB each (each under the per-entry floor): stopped on the whole zip’s ratio', () => {
    const one = zeros(1)
    const zip = handZip(Array.from({ length: 500 }, (_, i) => ({ name: `e${i}.eml`, deflated: one })))
    const { messages, notes, peak } = readZip(zip)
    expect(notes).toEqual([{ code: 'zip-bomb', where: expect.stringMatching(/^e\d+\.eml$/), detail: 'ratio' }])
    expect(messages.length).toBeLessThan(10)
    expect(peak).toBeLessThan(64 * MB)
  })

  it('a zip inside the zip is not opened (nested bombs multiply: 42.zip)', () => {
    const inner = handZip([{ name: 'bomb.eml', deflated: zeros(64) }])
    const zip = zipSync({ 'a.eml': strToU8(NOTICE), 'inner.zip': inner, 'b.eml': strToU8(NOTICE) })
    const { messages, notes } = readZip(zip)
    expect(notes).toEqual([{ code: 'zip-nested', where: 'inner.zip' }])
    expect(messages.map((m) => m.where)).toEqual(['a.eml', 'b.eml'])
  })

  it('an entry over the size cap, and a zip over the total cap, stop at the cap', () => {
    const big = strToU8(NOTICE + 'x'.repeat(3 * MB))
    const limits = { ...ZIP_LIMITS, maxMessageEntryBytes: 2 * MB }
    expect(readZip(zipSync({ 'big.eml': big }), limits).notes).toEqual([{ code: 'zip-bomb', where: 'big.eml', detail: 'entry-size' }])
    // Mail-like, so it deflates as mail does (a few times), not 1,000× as a repeated line would.
    let seed = 1
    const noise = () => Array.from({ length: 8 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join('')
    const mbox = strToU8(Array.from({ length: 50_000 }, () => `From a@b Fri Feb  2 18:30:22 2018\n${NOTICE}${noise()} ${noise()}\n\n`).join(''))
    const total = { ...ZIP_LIMITS, maxMessageEntryBytes: 2 * MB, maxTotalBytes: 2 * MB }
    // An mbox entry may pass the per-message cap (Takeout), not the total one.
    const r = readZip(zipSync({ 'All mail.mbox': mbox }), total)
    expect(r.notes).toEqual([{ code: 'zip-bomb', where: 'All mail.mbox', detail: 'total-size' }])
    expect(r.messages.length).toBeGreaterThan(1_000)
    expect(readZip(zipSync({ 'All mail.mbox': mbox }), { ...ZIP_LIMITS, maxMessageEntryBytes: 2 * MB }).notes).toEqual([])
  })
})
