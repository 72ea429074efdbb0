/**
 * Rules for the code that runs inside webmail pages, kept by a test rather than by memory:
 * mail content is hostile, so no HTML parsing APIs; every page selector lives in the site's
 * src/sites/<site>/selectors.ts, which the worker and the content scripts share.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = import.meta.dirname
const SITES = join(ROOT, '..', 'sites')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : []
  })
}

describe('content scripts', () => {
  const files = [...sources(ROOT), ...sources(SITES)]

  it('exist for Gmail and Outlook, with each site\'s selectors in src/sites/', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['gmail/index.ts', 'outlook/index.ts', '../sites/gmail/selectors.ts', '../sites/gmail/compose.ts', '../sites/outlook/selectors.ts', '../sites/outlook/compose.ts']),
    )
  })

  it.each(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser', 'createContextualFragment', 'eval('])('never use %s', (api) => {
    expect(files.filter((f) => readFileSync(f, 'utf8').includes(api)).map((f) => relative(ROOT, f))).toEqual([])
  })

  it('query the page only through selectors.ts helpers', () => {
    const offenders = files
      .filter((f) => !f.endsWith('selectors.ts'))
      .filter((f) => /querySelector(All)?\(\s*['"`](?!\.\$\{)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
    expect(offenders).toEqual([])
  })
})
