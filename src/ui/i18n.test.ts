import { afterEach, describe, expect, it, vi } from 'vitest'
import { t, tn, uiLanguage } from './i18n'
import fr from '../../public/_locales/fr/messages.json'
import it_ from '../../public/_locales/it/messages.json'

afterEach(() => vi.unstubAllGlobals())

describe('t() without chrome.i18n (tests, Node)', () => {
  it.each([
    ['tab_remove', undefined, 'Remove'],
    ['selected_count', 3, 'Selected: 3'],
    ['done_exported', [12, 'rebound-remove-2026-11-23.csv'], 'Contacts exported: 12 — rebound-remove-2026-11-23.csv'],
    ['watcher_signedOut', 'Gmail account 2', 'Gmail account 2: signed out — open Gmail to sign in'],
    ['no_such_key', undefined, 'no_such_key'],
  ] as const)('%s → %s', (key, subs, expected) => {
    expect(t(key, subs as never)).toBe(expected)
  })

  it('reports English as the UI language', () => expect(uiLanguage()).toBe('en'))
})

describe('t() inside the extension', () => {
  it('uses chrome.i18n.getMessage with the substitutions as strings', () => {
    const getMessage = vi.fn((key: string, subs: string[]) => (key === 'selected_count' ? `Sélection : ${subs[0]}` : ''))
    vi.stubGlobal('chrome', { i18n: { getMessage, getUILanguage: () => 'fr' } })
    expect(t('selected_count', 4)).toBe('Sélection : 4')
    expect(getMessage).toHaveBeenCalledWith('selected_count', ['4'])
    expect(uiLanguage()).toBe('fr')
  })

  it('falls back to English when chrome.i18n lacks a key (returns "")', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: () => '', getUILanguage: () => 'fr' } })
    expect(t('tab_retry')).toBe('Retry')
  })
})

describe('tn(): counts in sentences through Intl.PluralRules', () => {
  const inLanguage = (language: string, messages: Record<string, { message: string }>) =>
    vi.stubGlobal('chrome', {
      i18n: {
        getUILanguage: () => language,
        getMessage: (key: string, subs: string[]) => messages[key]?.message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '',
      },
    })

  it.each([
    [0, '0 notices were already known: each is counted once.'],
    [1, '1 notice was already known: it is counted once.'],
    [2, '2 notices were already known: each is counted once.'],
  ])('English, %i', (n, expected) => expect(tn('import_duplicates', n)).toBe(expected))

  it('French takes 0 and 1 as singular', () => {
    inLanguage('fr', fr)
    expect(tn('import_duplicates', 0)).toMatch(/^0 avis était déjà connu/)
    expect(tn('import_duplicates', 1)).toMatch(/^1 avis était déjà connu/)
    expect(tn('import_duplicates', 5)).toMatch(/^5 avis étaient déjà connus/)
  })

  it('Italian: 1 singular, 0 and many plural', () => {
    inLanguage('it', it_)
    expect(tn('hint_affects', 1)).toBe('1 contatto interessato.')
    expect(tn('hint_affects', 0)).toBe('0 contatti interessati.')
    expect(tn('hint_affects', 3)).toBe('3 contatti interessati.')
  })

  it("a form a language lacks (French 'many' for a million) falls back to 'other'", () => {
    inLanguage('fr', fr)
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many')
    expect(tn('import_duplicates', 1_000_000)).toMatch(/^1000000 avis étaient déjà connus/)
  })
})
