import 'fake-indexeddb/auto'
import { judgeRaw } from '../../src/trust/evaluate'
import { openAsBlob, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/bounce/index'
import { runImport, type ImportFile } from '../../src/import/importer'
import { storeDeps } from '../../src/import/store-deps'
import type { ImportSummary } from '../../src/import/summary'
import { countLists } from '../../src/store/contacts'
import { openDb } from '../../src/store/db'
import { ingestReports } from '../../src/store/ingest'
import { allSeenNotices } from '../../src/store/notices'
import { makeMbox, noticeAsSplit, type MboxManifest } from '../../scripts/make-mbox'

let dir = ''
let manifest: MboxManifest
let dbs = 0
const freshDb = () => openDb(`import-test-${process.pid}-${dbs++}`)
const file = async (path: string, name = 'mail.mbox'): Promise<ImportFile> => ({ name, blob: await openAsBlob(path) })
const run = (db: ReturnType<typeof openDb>, files: ImportFile[], cancelAfterProgress = -1, chunkBytes?: number) => {
  let seen = 0
  const control = {
    cancelled: false,
    onProgress() {
      if (++seen === cancelAfterProgress) control.cancelled = true
    },
  }
  return runImport(files, storeDeps(db), control, chunkBytes)
}

/** What the lists must be: each notice the generator wrote, parsed and stored on its own. */
async function expected(notices: string[]) {
  const db = freshDb()
  const byKind: Record<string, number> = {}
  const items = []
  for (const f of notices) {
    const raw = noticeAsSplit(f)
    const r = await parseBounce(raw)
    if (r.kind === 'error' || r.kind === 'none') continue
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1
    const mid = r.notice.messageId.replace(/^<|>$/g, '')
    // Judged as the importer judges every notice (issue 10).
    items.push({ report: r, source: { origin: 'import' as const, account: '', id: mid ? `mid:${mid}` : `x#${items.length}` }, trust: judgeRaw(raw, r) })
  }
  const r = await ingestReports(db, items)
  return { byKind, lists: await countLists(db), notices: items.length, duplicates: r.duplicates, rows: (await allSeenNotices(db)).length }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rebound-import-'))
  manifest = makeMbox({ out: join(dir, 'small.mbox'), mb: 4, notices: 80, repeats: 8, seed: 3 })
})

describe('runImport on a generated mbox (real engine, real store)', () => {
  it('finds every notice the generator put in, and the same lists as reading them one by one', async () => {
    const db = freshDb()
    const s = await run(db, [await file(join(dir, 'small.mbox'))])
    const want = await expected(manifest.notices)
    expect(s.status).toBe('done')
    expect(s.messages).toBe(manifest.messages)
    expect(s.bytesRead).toBe(manifest.bytes)
    expect(s.noticesByKind).toEqual(want.byKind)
    expect(s.notices).toBe(want.notices)
    expect(s.lists).toEqual(want.lists)
    expect(s.files[0].notes).toEqual([])
    // Repeated notices carry the same Message-ID: stored once.
    expect(s.duplicates).toBe(want.duplicates)
    expect(s.duplicates).toBeGreaterThan(0)
    expect(await allSeenNotices(db)).toHaveLength(want.rows)
  })

  it('counts nothing twice when the same file is imported again', async () => {
    const db = freshDb()
    const first = await run(db, [await file(join(dir, 'small.mbox'))])
    const second = await run(db, [await file(join(dir, 'small.mbox'))])
    expect(first.flagged).toBeGreaterThan(0)
    expect(second.flagged).toBe(0)
    expect(second.duplicates).toBe(second.notices)
    expect(second.lists).toEqual(first.lists)
  })

  it('keeps what was imported before a cancel; importing again completes without doubling', async () => {
    const db = freshDb()
    const { size } = await openAsBlob(join(dir, 'small.mbox'))
    const s: ImportSummary = await run(db, [await file(join(dir, 'small.mbox'))], 1, 256 * 1024)
    expect(s.status).toBe('cancelled')
    expect(s.bytesRead).toBeLessThan(size)
    expect(s.notices).toBeGreaterThan(0)
    const kept = (await allSeenNotices(db)).length
    expect(kept).toBeGreaterThan(0)
    const again = await run(db, [await file(join(dir, 'small.mbox'))])
    const want = await expected(manifest.notices)
    expect(again.lists).toEqual(want.lists)
    expect(await allSeenNotices(db)).toHaveLength(want.rows)
    expect(want.rows).toBeGreaterThan(kept)
  })

  it('reads a truncated mbox up to the cut and says it was cut', async () => {
    const whole = readFileSync(join(dir, 'small.mbox'))
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6) + 7)
    writeFileSync(join(dir, 'cut.mbox'), cut)
    const before = whole.subarray(0, cut.lastIndexOf('\nFrom MAILER-DAEMON')).toString('latin1').split('\nFrom MAILER-DAEMON').length - 1
    const s = await run(freshDb(), [await file(join(dir, 'cut.mbox'))])
    expect(s.status).toBe('done')
    expect(s.files[0].notes.map((n) => n.code)).toEqual(['truncated'])
    const want = await expected(manifest.notices.slice(0, before))
    expect(s.notices).toBeGreaterThanOrEqual(want.notices)
  })

  it('says a file is not a mailbox, and goes on with the next file', async () => {
    writeFileSync(join(dir, 'photo.png'), Buffer.from('\x89PNG\r\n\x1a\n' + 'x'.repeat(1000), 'latin1'))
    writeFileSync(join(dir, 'one.eml'), noticeAsSplit(manifest.notices[0]))
    const s = await run(freshDb(), [await file(join(dir, 'photo.png'), 'photo.png'), await file(join(dir, 'one.eml'), 'one.eml')])
    expect(s.files.map((f) => [f.name, f.notes.map((n) => n.code)])).toEqual([['photo.png', ['not-mailbox']], ['one.eml', []]])
    expect(s.files[0].notes[0].detail).toContain('PNG')
    expect(s.messages).toBe(1)
    expect(s.bytesRead).toBe(s.totalBytes)
  })
})
