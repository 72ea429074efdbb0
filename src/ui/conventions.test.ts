/**
 * Mail content is hostile input: the UI renders it as text only. This keeps that true for every
 * page file, including ones added later: no innerHTML, outerHTML, insertAdjacentHTML,
 * document.write or dangerouslySetInnerHTML anywhere under src/popup, src/options and src/ui.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [join(dir, n)] : []))

describe('UI conventions', () => {
  const sources = ['popup', 'options', 'ui'].flatMap((d) => files(join(ROOT, d)))

  it('finds the UI sources', () => expect(sources.length).toBeGreaterThan(15))

  it('never turns text into HTML', () => {
    const offenders = sources.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
