/**
 * Every string the user sees exists in English, French and Italian (issue 3). Keys are found by
 * scanning the UI sources for t('...') calls and the key tables (reasons, Sending issues hints),
 * so a new string without its translations fails here, not in front of a French user.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REASON_KEYS } from './reasons'
import { GENERIC_SENDING_HINT, SENDING_HINTS } from '../policy/hints'

const ROOT = resolve(import.meta.dirname, '../..')
const LOCALES = ['en', 'fr', 'it'] as const
type Messages = Record<string, { message: string }>
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as Messages]),
) as Record<(typeof LOCALES)[number], Messages>

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** Keys written literally in t('key') calls, and in *_KEYS tables ('key' values after a colon). */
function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>()
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8')
    const ui = /src\/(popup|options|ui)\//.test(file)
    if (!ui && !/from '(\.\.?\/)+ui\/i18n'|from '\.\/i18n'/.test(text)) continue
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.set(m[1], file)
    // tn('key', n): the plural forms every language needs (src/ui/i18n.ts).
    for (const m of text.matchAll(/\btn\(\s*'([A-Za-z0-9_]+)'/g)) for (const form of ['one', 'other']) keys.set(`${m[1]}_${form}`, file)
    for (const m of text.matchAll(/_KEYS[^=]*=\s*\{([^}]*)\}/g)) {
      for (const v of m[1].matchAll(/:\s*'([A-Za-z0-9_]+)'/g)) keys.set(v[1], file)
    }
    for (const m of text.matchAll(/error:\s*'([A-Za-z0-9_]+)'|, '(options_[a-z_]+)'\)/g)) keys.set(m[1] ?? m[2], file)
  }
  for (const k of Object.values(REASON_KEYS)) keys.set(k, 'src/ui/reasons.ts')
  for (const k of [...Object.values(SENDING_HINTS), GENERIC_SENDING_HINT]) keys.set(k!, 'src/policy/hints.ts')
  return keys
}

const placeholders = (s: string) => [...s.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',')

describe('locales', () => {
  const keys = usedKeys()

  it('the scan finds the UI strings (guards the scan itself)', () => {
    for (const k of ['tab_remove', 'action_undo', 'options_save', 'reason_userunknown', 'empty_retry', 'options_backoff_error']) {
      expect(keys.has(k), k).toBe(true)
    }
    expect(keys.size).toBeGreaterThan(100)
  })

  it.each(LOCALES)('%s has every key used in the code, non-empty', (locale) => {
    const missing = [...keys].filter(([k]) => !messages[locale][k]?.message?.trim()).map(([k, f]) => `${k} (${f})`)
    expect(missing).toEqual([])
  })

  it.each(['fr', 'it'] as const)('%s has the same keys and placeholders as English', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(Object.keys(messages.en).sort())
    const wrong = Object.keys(messages.en).filter((k) => placeholders(messages.en[k].message) !== placeholders(messages[locale][k]?.message ?? ''))
    expect(wrong).toEqual([])
  })

  it.each(['fr', 'it'] as const)('%s is actually translated (not English copied over)', (locale) => {
    const same = Object.keys(messages.en).filter((k) => messages.en[k].message === messages[locale][k]?.message)
    // Names and codes may legitimately stay the same ("Rebound", "OK", "Gmail $1", "Backup" in Italian).
    expect(same.length).toBeLessThan(Object.keys(messages.en).length * 0.05)
  })

  it('French uses typographic apostrophes and a space before the colon', () => {
    const fr = Object.entries(messages.fr).map(([k, v]) => [k, v.message] as const)
    expect(fr.filter(([, m]) => m.includes("'")).map(([k]) => k)).toEqual([])
    expect(fr.filter(([, m]) => /\S:(\s|$)/.test(m)).map(([k]) => k)).toEqual([])
  })

  it('Italian spells it one way, "email" (not "e-mail" in some strings)', () => {
    expect(Object.entries(messages.it).filter(([, v]) => /e-mail/i.test(v.message)).map(([k]) => k)).toEqual([])
  })
})
