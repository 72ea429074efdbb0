/**
 * Feeds notice files through the real service worker, the way a content script does: an extension
 * page sends `ingestRaw` with the file's bytes as a Latin-1 "binary" string (src/messages.ts).
 * Shared by the popup end-to-end tests, the demo and the screenshot script.
 */
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { IngestResult } from '../../../src/messages'
import { asOwnMail } from '../../fixtures/trust/own-mail'

export const CORPUS = resolve(import.meta.dirname, '../../fixtures/sisimai')
export const OWN = import.meta.dirname

export interface Fed {
  file: string
  result: IngestResult | { error: string }
}

/** The mailbox the samples were delivered to. */
export const DEMO_ACCOUNT = 'sales.rep@gmail.com'

/**
 * Each file is fed as Gmail serves a notice about the account's own mail (its delivery headers, the
 * returned copy the account's: test/fixtures/trust/own-mail.ts), so the trust rules of issue 10
 * hold for the samples as for real notices.
 */
export async function feed(page: Page, files: string[], origin: 'demo' = 'demo'): Promise<Fed[]> {
  const notices = files.map((file) => ({ file, raw: asOwnMail(readFileSync(file, 'latin1'), DEMO_ACCOUNT), id: basename(file) }))
  const results = await page.evaluate(
    async ({ notices, origin }) => {
      const out: unknown[] = []
      for (const n of notices) {
        try {
          out.push(await chrome.runtime.sendMessage({ type: 'ingestRaw', raw: n.raw, encoding: 'text', source: { origin, account: '', id: n.id } }))
        } catch (e) {
          out.push({ error: String(e) })
        }
      }
      return out
    },
    { notices: notices.map(({ raw, id }) => ({ raw, id })), origin },
  )
  return notices.map((n, i) => ({ file: basename(n.file), result: results[i] as Fed['result'] }))
}

/**
 * A varied sample from the corpus for the demo and the screenshot: dead addresses, full mailboxes,
 * sender-side blocks, an auto-reply that must stay out of every list.
 */
export const SAMPLE = [
  'lhost-postfix-04.eml', 'lhost-postfix-06.eml', 'lhost-exchange2007-01.eml', 'lhost-exchange2007-06.eml',
  'lhost-postfix-16.eml', 'lhost-exim-05.eml', 'lhost-postfix-31.eml', 'lhost-exim-31.eml',
  'lhost-postfix-45.eml', 'lhost-exchange2007-02.eml', 'lhost-exim-60.eml', 'lhost-postfix-63.eml',
  'lhost-postfix-09.eml', 'lhost-postfix-70.eml', 'lhost-exim-01.eml', 'lhost-postfix-58.eml',
  'lhost-postfix-59.eml', 'lhost-postfix-39.eml', 'lhost-exim-32.eml', 'rfc3834-01.eml',
].map((f) => resolve(CORPUS, f))

export const OWN_SAMPLE = ['accents.eml', 'formula.eml', 'html-diagnostic.eml', 'delayed.eml'].map((f) => resolve(OWN, f))

/** A minimal RFC 4180 reader, to check the exported CSV cell by cell (',' or the ';' of French Excel). */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ }
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === separator) { row.push(cell); cell = '' }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++ }
    else cell += c
  }
  if (cell || row.length) { row.push(cell); rows.push(row) }
  return rows
}
