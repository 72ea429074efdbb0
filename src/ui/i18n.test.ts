import { afterEach, describe, expect, it, vi } from 'vitest'
import { t, uiLanguage } from './i18n'

afterEach(() => vi.unstubAllGlobals())

describe('t() without chrome.i18n (tests, Node)', () => {
  it.each([
    ['tab_remove', undefined, 'Remove'],
    ['selected_count', 3, 'Selected: 3'],
    ['done_exported', [12, 'rebound-remove-2026-11-23.csv'], 'Contacts exported: 12 — rebound-remove-2026-11-23.csv'],
    ['watcher_signedOut', 'Gmail u/1', 'Gmail u/1: signed out — open Gmail to sign in'],
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
