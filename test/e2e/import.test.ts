/**
 * Issue 5, end to end: mailbox files imported through the options page in Chromium (the real
 * Web Worker reading a real File), checked against what the generator put in.
 */
import { judgeRaw } from '../../src/trust/evaluate'
import type { TrustVerdict } from '../../src/trust/types'
import 'fake-indexeddb/auto'
import { existsSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync, closeSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { makeMbox, noticeAsSplit, noticeAsWritten, usableNotices, type MboxManifest } from '../../scripts/make-mbox'
import { parseBounce } from '../../src/bounce/index'
import type { Report } from '../../src/bounce/types'
import { countLists } from '../../src/store/contacts'
import { openDb } from '../../src/store/db'
import { ingestReports } from '../../src/store/ingest'
import { launch, type ExtensionBrowser } from './harness'

const dir = mkdtempSync(join(tmpdir(), 'rebound-e2e-import-'))
let dbs = 0

/** The lists the extension must end with: each given notice parsed and stored on its own, in Node. */
async function expectedLists(raws: Uint8Array[]) {
  const db = openDb(`e2e-expected-${process.pid}-${dbs++}`)
  const items: { report: Report; source: { origin: 'import'; account: string; id: string }; trust: TrustVerdict }[] = []
  const byKind: Record<string, number> = {}
  for (const raw of raws) {
    const r = await parseBounce(raw)
    if (r.kind === 'error' || r.kind === 'none') continue
    byKind[r.kind] = (byKind[r.kind] ?? 0) + 1
    const mid = r.notice.messageId.replace(/^<|>$/g, '')
    items.push({ report: r, source: { origin: 'import', account: '', id: mid ? `mid:${mid}` : `#${items.length}` }, trust: judgeRaw(raw, r) })
  }
  await ingestReports(db, items)
  return { byKind, lists: await countLists(db), notices: items.length }
}

/** Picks files on the options page and waits for the summary; returns what it shows. */
async function importThrough(page: Page, files: string[], timeout = 110_000) {
  await page.setInputFiles('[data-testid="import-input"]', files)
  await page.waitForSelector('[data-testid="import-summary"]', { timeout })
  return page.evaluate(() => {
    const counts = (prefix: string) =>
      Object.fromEntries([...document.querySelectorAll(`[data-testid^="${prefix}"]`)].map((e) => [e.getAttribute('data-testid')!.slice(prefix.length), Number(e.getAttribute('data-count'))]))
    const q = (id: string) => document.querySelector(`[data-testid="${id}"]`)
    return {
      status: q('import-summary')!.getAttribute('data-status'),
      outcome: q('import-outcome')!.textContent ?? '',
      kinds: counts('import-kind-'),
      lists: counts('import-list-'),
      notes: [...document.querySelectorAll('[data-testid^="import-note-"]')].map((e) => [e.getAttribute('data-testid')!.slice(12), e.textContent ?? '']),
      problems: Number(q('import-problems')?.getAttribute('data-count') ?? 0),
      problemText: q('import-problems')?.textContent ?? '',
    }
  })
}

/** Contacts per list read straight from the extension's IndexedDB (not through the summary). */
function storedLists(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('rebound')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').getAll()
          req.onsuccess = () => {
            const out: Record<string, number> = {}
            for (const c of req.result as { list: string }[]) out[c.list] = (out[c.list] ?? 0) + 1
            open.result.close()
            resolve(out)
          }
        }
      }),
  )
}

const withoutZeros = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0))

describe('import through the options page', () => {
  // A fresh profile (empty store) per test, so each test's lists are its own.
  let browser: ExtensionBrowser
  beforeEach(async () => {
    browser = await launch()
    await browser.loadExtension()
  })
  afterEach(() => browser.close())
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('imports a 200 MB mbox: every notice found, the lists as expected', async () => {
    const path = join(dir, 'takeout.mbox')
    const m: MboxManifest = makeMbox({ out: path, mb: 200, seed: 11 })
    expect(m.bytes).toBeGreaterThanOrEqual(200 * 2 ** 20)
    const want = await expectedLists(m.notices.map(noticeAsSplit))
    const page = await browser.openPage('src/options/index.html')
    const started = Date.now()
    const got = await importThrough(page, [path])
    console.log(`200 MB import in Chromium: ${((Date.now() - started) / 1000).toFixed(1)} s, ${got.outcome}`)
    expect(got.status).toBe('done')
    expect(got.notes).toEqual([])
    expect(got.kinds).toEqual(want.byKind)
    expect(got.lists).toEqual({ remove: want.lists.remove, retry: want.lists.retry, sending: want.lists.sending, pending: want.lists.pending })
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(want.lists))
    expect(got.outcome).toContain(`${m.messages} messages`)
  })

  it('Cancel: stops, says so, and keeps what was imported (the store matches the summary)', async () => {
    const path = join(dir, 'takeout.mbox') // written by the 200 MB test
    if (!existsSync(path)) makeMbox({ out: path, mb: 200, seed: 11 })
    const page = await browser.openPage('src/options/index.html')
    await page.setInputFiles('[data-testid="import-input"]', path)
    await page.waitForSelector('[data-testid="import-progress-text"]')
    await page.click('[data-testid="import-cancel"]')
    await page.waitForSelector('[data-testid="import-summary"]', { timeout: 60_000 })
    const status = await page.getAttribute('[data-testid="import-summary"]', 'data-status')
    expect(status).toBe('cancelled')
    expect(await page.textContent('[data-testid="import-outcome"]')).toContain('cancelled')
    const shown = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-testid^="import-list-"]')].map((e) => [e.getAttribute('data-testid')!.slice(12), Number(e.getAttribute('data-count'))])),
    )
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(shown))
  })

  it('drag and drop: a zip of .eml files and an .eml, read like the same notices one by one', async () => {
    const names = usableNotices().filter((f) => f.startsWith('lhost-postfix-')).slice(0, 6)
    const zip = zipSync(Object.fromEntries(names.slice(0, 5).map((f) => [`bounces/${f}`, noticeAsWritten(f)])))
    const eml = noticeAsWritten(names[5])
    const want = await expectedLists(names.map((f) => noticeAsWritten(f)))
    const page = await browser.openPage('src/options/index.html')
    const dataTransfer = await page.evaluateHandle(
      ([zipB64, emlB64]) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
        const dt = new DataTransfer()
        dt.items.add(new File([bytes(zipB64)], 'bounces.zip', { type: 'application/zip' }))
        dt.items.add(new File([bytes(emlB64)], 'one.eml', { type: 'message/rfc822' }))
        return dt
      },
      [Buffer.from(zip).toString('base64'), Buffer.from(eml).toString('base64')],
    )
    await page.dispatchEvent('[data-testid="import-drop"]', 'drop', { dataTransfer })
    await page.waitForSelector('[data-testid="import-summary"]', { timeout: 60_000 })
    const kinds = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-testid^="import-kind-"]')].map((e) => [e.getAttribute('data-testid')!.slice(12), Number(e.getAttribute('data-count'))])),
    )
    expect(kinds).toEqual(want.byKind)
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(want.lists))
    expect(await page.textContent('[data-testid="import-outcome"]')).toContain('6 messages read')
  })

  it('a truncated mbox: says it was cut, keeps everything before the cut', async () => {
    const whole = join(dir, 'whole.mbox')
    const m = makeMbox({ out: whole, mb: 6, notices: 120, repeats: 0, seed: 5 })
    const bytes = readFileSync(whole)
    const cutAt = Math.floor(bytes.length * 0.7) + 11
    writeFileSync(join(dir, 'cut.mbox'), bytes.subarray(0, cutAt))
    // Notices wholly before the cut (the one cut in half may or may not still be readable).
    const whole_before = bytes.subarray(0, cutAt).toString('latin1').split('\nFrom MAILER-DAEMON').length - 2
    const want = await expectedLists(m.notices.slice(0, whole_before).map(noticeAsSplit))
    const page = await browser.openPage('src/options/index.html')
    const got = await importThrough(page, [join(dir, 'cut.mbox')])
    expect(got.notes.map(([code]) => code)).toEqual(['truncated'])
    expect(got.notes[0][1]).toContain('cut.mbox')
    const found = Object.values(got.kinds).reduce((a, b) => a + b, 0)
    expect(found).toBeGreaterThanOrEqual(want.notices)
    expect(found).toBeLessThanOrEqual(want.notices + 1)
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(got.lists))
    for (const [list, n] of Object.entries(want.lists)) if (list !== 'cleared') expect(got.lists[list]).toBeGreaterThanOrEqual(n)
  })

  it('a file that is not a mailbox: a clear message, nothing read', async () => {
    const png = join(dir, 'holiday.png')
    writeFileSync(png, Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(50_000, 7)]))
    const page = await browser.openPage('src/options/index.html')
    const got = await importThrough(page, [png])
    expect(got.status).toBe('done')
    expect(got.notes).toHaveLength(1)
    expect(got.notes[0][0]).toBe('not-mailbox')
    expect(got.notes[0][1]).toContain('holiday.png')
    expect(got.notes[0][1]).toContain('PNG')
    expect(got.outcome).toContain('0 messages')
  })

  it('an mbox with a 50 MB notice: read from its head, listed as too big, the rest all imported', async () => {
    const path = join(dir, 'big-message.mbox')
    const m = makeMbox({ out: path, mb: 8, notices: 60, repeats: 0, seed: 9, bigMessageMb: 50 })
    // The importer keeps a too-big notice's first 4 MB: the same bytes, read from the file here.
    const fd = openSync(path, 'r')
    const head = Buffer.alloc(4 * 2 ** 20 + 200)
    readSync(fd, head, 0, head.length, m.bigMessageOffset)
    closeSync(fd)
    const start = head.indexOf('\n') + 1
    const want = await expectedLists([...m.notices.map(noticeAsSplit), head.subarray(start, start + 4 * 2 ** 20)])
    const page = await browser.openPage('src/options/index.html')
    const got = await importThrough(page, [path])
    expect(got.status).toBe('done')
    expect(got.problems).toBe(1)
    expect(got.problemText).toContain('Undelivered Mail Returned to Sender')
    expect(got.problemText).toMatch(/50(\.\d)?\sMB/)
    expect(got.kinds).toEqual(want.byKind)
    expect(got.lists).toEqual({ remove: want.lists.remove, retry: want.lists.retry, sending: want.lists.sending, pending: want.lists.pending })
  })
})

describe('import on a one-core machine', () => {
  it('parses in the import worker itself (no engine workers): the lists equal the notices parsed one by one', async () => {
    // Chromium pinned to one CPU reports one core, so poolSize() is 0 (src/import/parse-pool.ts).
    const browser = await launch({ cpus: '0' })
    try {
      await browser.loadExtension()
      const path = join(dir, 'one-core.mbox')
      const m = makeMbox({ out: path, mb: 6, notices: 120, repeats: 0, seed: 13 })
      const want = await expectedLists(m.notices.map(noticeAsSplit))
      const page = await browser.openPage('src/options/index.html')
      expect(await page.evaluate(() => navigator.hardwareConcurrency)).toBe(1)
      const got = await importThrough(page, [path])
      expect(got.status).toBe('done')
      expect(got.notes).toEqual([])
      expect(got.kinds).toEqual(want.byKind)
      expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(want.lists))
    } finally {
      await browser.close()
    }
  })
})
