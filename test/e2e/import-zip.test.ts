/**
 * Issue 10, end to end in Chromium: a zip of 3,000 notices (2,800 of them in the first 4 MB chunk)
 * is read whole (one of 6,000 stopped after 1,329 with "Maximum call stack size exceeded" and said
 * the file was cut short), and a 2 MB zip bomb
 * (2 GB of zeros; it took 7 GB of memory) ends in a clear note, the messages before it kept.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { constants, deflateRawSync } from 'node:zlib'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'

const dir = mkdtempSync(join(tmpdir(), 'rebound-e2e-zip-'))
const NOTICE = readFileSync(resolve(import.meta.dirname, '../fixtures/bounce/providers/gmail-address-not-found.eml'), 'latin1')
/** The notice with its own Message-ID and failed recipient. */
const notice = (i: number) => NOTICE.replace(/^Message-ID:.*$/im, `Message-ID: <zip${i}@mx.example>`).replaceAll('sam.rivera@', `sam.rivera${i}@`)

async function importThrough(browser: ExtensionBrowser, path: string) {
  const page = await browser.openPage('src/options/index.html')
  await page.setInputFiles('[data-testid="import-input"]', [path])
  await page.waitForSelector('[data-testid="import-summary"]', { timeout: 170_000 })
  return page.evaluate(() => ({
    outcome: document.querySelector('[data-testid="import-outcome"]')!.textContent ?? '',
    notes: [...document.querySelectorAll('[data-testid^="import-note-"]')].map((e) => [e.getAttribute('data-testid')!.slice(12), e.textContent ?? '']),
    bounces: Number(document.querySelector('[data-testid="import-kind-bounce"]')?.getAttribute('data-count') ?? 0),
  }))
}

describe('zip import in Chromium', () => {
  let browser: ExtensionBrowser
  beforeEach(async () => {
    browser = await launch()
    await browser.loadExtension()
  })
  afterEach(() => browser.close())
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads every entry of a 3,000-notice zip', async () => {
    const files: Zippable = {}
    for (let i = 0; i < 3000; i++) files[`Notices/${i}.eml`] = strToU8(notice(i), true)
    const path = join(dir, 'notices.zip')
    writeFileSync(path, zipSync(files))
    const got = await importThrough(browser, path)
    expect(got.notes).toEqual([])
    expect(got.outcome).toContain('3000 messages read, 3000 notices found')
    expect(got.bounces).toBe(3000)
  }, 180_000)

  it('stops a 2 MB zip that unpacks to 2 GB with a clear note, keeping the notice before it', async () => {
    // DEFLATE data of 2 GB of zeros: a sync-flushed 1 MB segment (~1 KB) 2,048 times, then a final empty block.
    const segment = deflateRawSync(Buffer.alloc(2 ** 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
    const bomb = Buffer.concat([...Array.from({ length: 2048 }, () => segment), Buffer.from([0x03, 0x00])])
    const header = Buffer.alloc(30 + 8)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(8, 8) // deflate
    header.writeUInt32LE(bomb.length, 18)
    header.writeUInt32LE(1000, 22) // the size it claims
    header.writeUInt16LE(8, 26)
    header.write('bomb.eml', 30, 'latin1')
    const first = Buffer.from(zipSync({ 'first.eml': strToU8(notice(1), true) }))
    // first.zip's local entry (up to its central directory), then the bomb's.
    const central = first.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    const path = join(dir, 'bomb.zip')
    writeFileSync(path, Buffer.concat([first.subarray(0, central), header, bomb]))
    const got = await importThrough(browser, path)
    expect(got.notes).toEqual([['zip-bomb', 'bomb.zip: reading stopped at “bomb.eml”, which unpacks to far too much data (a “zip bomb”, or a damaged file). The messages before it were imported.']])
    expect(got.bounces).toBe(1)
  }, 180_000)
})
