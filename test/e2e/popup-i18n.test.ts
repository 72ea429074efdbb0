/**
 * The French UI when the browser speaks French (issue 3). The harness starts Chromium with --lang=fr
 * and LANGUAGE=fr; chrome.i18n then serves public/_locales/fr. Checked on the page itself, so a
 * harness change that stops switching the language fails here rather than passing in English.
 */
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'
import { CORPUS, OWN, feed } from './fixtures-popup/feed'

describe('popup in French', () => {
  let browser: ExtensionBrowser
  beforeAll(async () => {
    browser = await launch({ locale: 'fr' })
    await browser.loadExtension()
  })
  afterAll(async () => browser?.close())

  it('chrome.i18n switches to French', async () => {
    const page = await browser.openPage('src/options/index.html')
    const lang = await page.evaluate(() => ({ ui: chrome.i18n.getUILanguage(), msg: chrome.i18n.getMessage('tab_remove') }))
    expect(lang.ui).toMatch(/^fr/)
    expect(lang.msg).toBe('À retirer')
    await feed(page, [resolve(CORPUS, 'lhost-postfix-45.eml'), resolve(OWN, 'accents.eml'), resolve(OWN, 'delayed.eml')])
    expect(await page.locator('h1').textContent()).toBe('Paramètres de Rebound')
    await page.close()
  })

  it('renders the popup, its lists, actions and detail in French', async () => {
    const page = await browser.openPage('src/popup/index.html')
    await page.locator('.row').first().waitFor()
    await page.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^fr/)
    expect(await page.getByRole('tab').allTextContents()).toEqual(['À retirer1', 'À réessayer1', 'Problèmes d’envoi0'])
    expect(await page.getByTestId('pending-note').textContent()).toBe('En attente : 1 (le serveur réessaie encore)')
    expect(await page.getByRole('searchbox').getAttribute('placeholder')).toBe('Rechercher une adresse ou un domaine')
    expect(await page.locator('.row-meta').first().textContent()).toBe('L’adresse n’existe pas')
    // French dates: "17 nov. 2026".
    expect(await page.locator('.row-date').first().textContent()).toMatch(/^17 nov\.? 2026$/)
    await page.getByRole('checkbox', { name: 'Sélectionner marie.helene@societe-exemple.fr' }).check()
    expect(await page.getByTestId('bulk').textContent()).toContain('Sélection : 1')
    await page.getByRole('button', { name: 'Marquer retiré' }).click()
    await expect.poll(() => page.getByTestId('snackbar').textContent()).toContain('Marqués comme retirés : 1Annuler')
    await page.getByRole('button', { name: 'Annuler' }).click()
    await page.getByText('marie.helene@societe-exemple.fr').click()
    expect(await page.locator('[data-field="status"] dt').textContent()).toBe('Code d’état')
    expect(await page.locator('[data-field="subject"] dt').textContent()).toBe('E-mail non remis')
    await page.close()
  })
})

describe('popup in Italian', () => {
  it('renders its lists and search in Italian', async () => {
    const browser = await launch({ locale: 'it' })
    try {
      await browser.loadExtension()
      const options = await browser.openPage('src/options/index.html')
      expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^it/)
      await feed(options, [resolve(OWN, 'formula.eml')])
      const page = await browser.openPage('src/popup/index.html')
      await page.locator('.row').first().waitFor()
      await page.waitForFunction(() => [...document.querySelectorAll('.tab-count')].every((e) => e.textContent !== ''))
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Da rimuovere1', 'Da ritentare0', 'Problemi di invio0'])
      expect(await page.getByRole('searchbox').getAttribute('placeholder')).toBe('Cerca un indirizzo o un dominio')
      expect(await page.locator('.row-meta').first().textContent()).toBe('L’indirizzo non esiste')
    } finally {
      await browser.close()
    }
  })
})
