/** The convention in src/store/types.ts, kept by a test: only src/store/ imports dexie. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

describe('store boundary', () => {
  it('no file outside src/store imports dexie', () => {
    const offenders = sources('src')
      .filter((f) => !f.startsWith(join('src', 'store')))
      .filter((f) => /from\s+['"]dexie['"]|import\(\s*['"]dexie['"]\s*\)/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('the retry policy stays pure: no dexie, no extension APIs', () => {
    for (const f of sources(join('src', 'policy'))) {
      // Code only: comments may well mention chrome.i18n.
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      expect(text, f).not.toMatch(/from\s+['"](dexie|webextension-polyfill)['"]|\bchrome\./)
    }
  })
})
