/**
 * Issue 5, the optional Gmail API scan, end to end against a fake Gmail API (context.route):
 * paging, a 429 with Retry-After, a second run that reads only what is new (users.history.list),
 * and a stale history id (404) that falls back to a full scan, counting nothing twice.
 * Uses its own build, made here with VITE_GMAIL_OAUTH_CLIENT_ID and the test-only token
 * VITE_GMAIL_API_TEST_TOKEN (chrome.identity cannot reach Google from a test browser).
 */
import { judgeRaw } from '../../src/trust/evaluate'
import type { TrustVerdict } from '../../src/trust/types'
import 'fake-indexeddb/auto'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noticeAsWritten, usableNotices } from '../../scripts/make-mbox'
import { parseBounce } from '../../src/bounce/index'
import type { Report } from '../../src/bounce/types'
import type { NoticeSource } from '../../src/messages'
import { countLists } from '../../src/store/contacts'
import { openDb } from '../../src/store/db'
import { ingestReports } from '../../src/store/ingest'
import { FakeGmail } from './fake-gmail-api/fake-gmail'
import { DIST, launch, type ExtensionBrowser } from './harness'

const ROOT = resolve(import.meta.dirname, '../..')
const API_DIST = join(ROOT, '.tmp/dist-gmail-api')
const TOKEN = 'rebound-e2e-fake-gmail-token-4f1c'

const ordinary = (n: number) => Buffer.from(`From: Alice <alice@partner.example>\r\nTo: sales@rebound.example\r\nSubject: Lunch ${n}\r\nMessage-ID: <o${n}@partner.example>\r\n\r\nSee you at noon.\r\n`)

/** The lists the extension must end with: each notice parsed and stored on its own, in Node. */
async function expectedLists(raws: Buffer[], account: string) {
  const db = openDb(`e2e-api-expected-${process.pid}-${Math.random()}`)
  const items: { report: Report; source: NoticeSource; trust: TrustVerdict }[] = []
  for (const raw of raws) {
    const r = await parseBounce(new Uint8Array(raw))
    if (r.kind === 'error' || r.kind === 'none') continue
    const mid = r.notice.messageId.replace(/^<|>$/g, '')
    items.push({ report: r, source: { origin: 'gmail-api', account, id: mid ? `mid:${mid}` : `x${items.length}` }, trust: judgeRaw(new Uint8Array(raw), r, { account }) })
  }
  await ingestReports(db, items)
  const lists = await countLists(db)
  db.close()
  return { lists, notices: items.length }
}

function storedLists(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('rebound')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').getAll()
          req.onsuccess = () => {
            const out: Record<string, number> = {}
            for (const c of req.result as { list: string }[]) out[c.list] = (out[c.list] ?? 0) + 1
            open.result.close()
            done(out)
          }
        }
      }),
  )
}
const withoutZeros = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0))

/** Clicks "Scan my whole mailbox" and waits for that run's end; returns the progress figures. */
async function scan(page: Page) {
  const before = Number(await page.getAttribute('[data-testid="api-scan"]', 'data-finished'))
  await page.click('[data-testid="api-scan-start"]')
  await page.waitForSelector(`[data-testid="api-scan"][data-finished="${before + 1}"]`, { timeout: 90_000 })
  const outcome = await page.getAttribute('[data-testid="api-scan"]', 'data-outcome')
  const failure = page.locator('[data-testid="api-scan-failed"]')
  expect(outcome, (await failure.count()) ? String(await failure.textContent()) : 'scan failed').toBe('done')
  const el = page.locator('[data-testid="api-scan-progress"]')
  const n = async (a: string) => Number(await el.getAttribute(`data-${a}`))
  return { mode: await el.getAttribute('data-mode'), listed: await n('listed'), read: await n('read'), notices: await n('notices'), skipped: await n('skipped') }
}

describe('Gmail API scan against a fake Gmail API', () => {
  let browser: ExtensionBrowser
  let page: Page
  const gmail = new FakeGmail(TOKEN)
  const corpus = usableNotices().filter((f) => /^lhost-(postfix|exim|sendmail|gmail|exchange2007|office365)-/.test(f))
  const first = corpus.filter((_, i) => i % 8 === 0).slice(0, 24)
  const later = corpus.filter((_, i) => i % 8 === 4).slice(0, 3)
  const afterStale = corpus.filter((_, i) => i % 8 === 6).slice(0, 1)
  const all: Buffer[] = []

  beforeAll(async () => {
    execFileSync('npx', ['vite', 'build', '--outDir', API_DIST, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, VITE_GMAIL_OAUTH_CLIENT_ID: 'rebound-e2e.apps.googleusercontent.com', VITE_GMAIL_API_TEST_TOKEN: TOKEN },
    })
    first.forEach((f, i) => {
      const raw = Buffer.from(noticeAsWritten(f))
      all.push(raw)
      gmail.add(raw)
      gmail.add(ordinary(i))
    })
    gmail.add(Buffer.from(noticeAsWritten(later[0])), ['TRASH']) // in the trash: not read
    gmail.throttleOnce.add(gmail.messages[4].id)
    browser = await launch({ dist: API_DIST })
    await gmail.install(browser.context)
    await browser.loadExtension()
    page = await browser.openPage('src/options/index.html')
    await page.waitForSelector('[data-testid="api-scan-start"]')
  }, 180_000)
  afterAll(() => browser?.close())

  it('keeps the test token and the API permissions out of the normal build', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'))
    expect(manifest.permissions).not.toContain('identity')
    expect(manifest.oauth2).toBeUndefined()
    const apiManifest = JSON.parse(readFileSync(join(API_DIST, 'manifest.json'), 'utf8'))
    expect(apiManifest.permissions).toContain('identity')
    expect(apiManifest.oauth2.scopes).toEqual(['https://www.googleapis.com/auth/gmail.readonly'])
    const bundles = (dir: string) => readdirSync(join(dir, 'assets')).map((f) => readFileSync(join(dir, 'assets', f), 'latin1')).join('\n')
    expect(bundles(API_DIST)).toContain(TOKEN)
    expect(bundles(DIST)).not.toContain(TOKEN)
    expect(bundles(DIST)).not.toContain('gmail.googleapis.com')
  })

  it('first run: lists every notice over several pages, rides out a 429, stores the lists', async () => {
    const got = await scan(page)
    const want = await expectedLists(all, gmail.email)
    expect(got.mode).toBe('full')
    expect(got.listed).toBe(first.length) // the search found every notice, and nothing else
    expect(gmail.calls.filter((c) => c === 'list').length).toBeGreaterThanOrEqual(Math.ceil(first.length / gmail.pageSize))
    expect(gmail.queries[0]).toContain('from:mailer-daemon')
    expect(gmail.queries[0]).toContain('-in:trash')
    expect(gmail.calls).toContain(`429:${gmail.messages[4].id}`)
    expect(gmail.calls).toContain(`raw:${gmail.messages[4].id}`) // read after waiting
    expect(got.notices).toBe(want.notices)
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(want.lists))
  })

  it('second run: reads only what arrived since (history), headers first', async () => {
    const mark = gmail.calls.length
    const fresh = later.map((f) => Buffer.from(noticeAsWritten(f)))
    const freshIds = fresh.map((raw, i) => {
      all.push(raw)
      const id = gmail.add(raw)
      gmail.add(ordinary(100 + i))
      return id
    })
    const got = await scan(page)
    const calls = gmail.calls.slice(mark)
    expect(got.mode).toBe('incremental')
    expect(calls).toContain('history')
    expect(calls).not.toContain('list')
    expect(calls.filter((c) => c.startsWith('raw:')).sort()).toEqual(freshIds.map((id) => `raw:${id}`).sort())
    expect(got.skipped).toBe(later.length) // the ordinary ones: headers only
    const want = await expectedLists(all, gmail.email)
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(want.lists))
  })

  it('stale history id (404): a bounded full scan again, nothing counted twice', async () => {
    gmail.oldestHistoryId = gmail.historyId + 1
    const raw = Buffer.from(noticeAsWritten(afterStale[0]))
    all.push(raw)
    gmail.add(raw)
    const mark = gmail.calls.length
    const got = await scan(page)
    const calls = gmail.calls.slice(mark)
    expect(got.mode).toBe('full-after-stale-history')
    expect(calls).toContain('history')
    expect(calls).toContain('list')
    expect(got.listed).toBe(first.length + later.length + afterStale.length) // not the copy in the trash
    const want = await expectedLists(all, gmail.email)
    expect(withoutZeros(await storedLists(page))).toEqual(withoutZeros(want.lists))
  })
})
