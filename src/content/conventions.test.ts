/**
 * Rules for the code that runs inside webmail pages, kept by a test rather than by memory:
 * mail content is hostile, so no HTML parsing APIs; every page selector lives in a selectors.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = import.meta.dirname

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : []
  })
}

describe('content scripts', () => {
  const files = sources(ROOT)

  it('exist for Gmail and Outlook', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['gmail/index.ts', 'outlook/index.ts', 'gmail/selectors.ts', 'outlook/selectors.ts']))
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
