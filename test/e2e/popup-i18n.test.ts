/**
 * The French UI when the browser speaks French (issue 3). The harness starts Chromium with --lang=fr
 * and LANGUAGE=fr; chrome.i18n then serves public/_locales/fr. Checked on the page itself, so a
 * harness change that stops switching the language fails here rather than passing in English.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'
import { CORPUS, OWN, feed, parseCsv } from './fixtures-popup/feed'

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
    expect(await page.getByTestId('pending-note').textContent()).toBe('En attente\u00a0: 1 (le serveur réessaie encore)')
    expect(await page.getByRole('searchbox').getAttribute('placeholder')).toBe('Rechercher une adresse ou un domaine')
    expect(await page.locator('.row-meta').first().textContent()).toBe('L’adresse n’existe pas')
    // French dates: "17 nov. 2026".
    expect(await page.locator('.row-date').first().textContent()).toMatch(/^17 nov\.? 2026$/)
    await page.getByRole('checkbox', { name: 'Sélectionner marie.helene@societe-exemple.fr' }).check()
    expect(await page.getByTestId('bulk').textContent()).toContain('Sélection\u00a0: 1')
    await page.getByRole('button', { name: 'Marquer comme retiré' }).click()
    await expect.poll(() => page.getByTestId('snackbar').textContent()).toContain('Marqués comme retirés\u00a0: 1Annuler')
    await page.getByRole('button', { name: 'Annuler' }).click()
    await page.getByText('marie.helene@societe-exemple.fr').click()
    expect(await page.locator('[data-field="status"] dt').textContent()).toBe('Code d’état')
    expect(await page.locator('[data-field="subject"] dt').textContent()).toBe('E-mail non remis')
    await page.close()
  })

  it('exports the Remove list for French Excel: French words, ";" between cells, read back cell by cell', async () => {
    const options = await browser.openPage('src/options/index.html')
    await feed(options, [resolve(OWN, 'formula.eml'), resolve(OWN, 'semicolon.eml')])
    await options.close()
    const page = await browser.openPage('src/popup/index.html')
    await expect.poll(() => page.locator('.row').count()).toBe(3)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()])
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const [header, ...body] = parseCsv(text, ';')
    expect(header).toEqual([
      'adresse e-mail', 'statut', 'motif', 'code', 'date du dernier retour', 'nombre de retours', 'date du prochain essai', 'objet', 'domaine',
      'réponse du serveur', 'code du motif', 'compte',
    ])
    expect(body.every((r) => r.length === header.length)).toBe(true)
    const col = (name: string) => header.indexOf(name)
    const byEmail = new Map(body.map((r) => [r[col('adresse e-mail')], r]))
    expect([...byEmail.keys()].sort()).toEqual(["'=1+2@formula.example.com", 'devis@nulle-part.example', 'marie.helene@societe-exemple.fr'])

    const accents = byEmail.get('marie.helene@societe-exemple.fr')!
    expect(accents.slice(1, 4)).toEqual(['à retirer', 'L’adresse n’existe pas', '5.1.1 550'])
    expect(accents[col('objet')]).toBe('Réunion à Besançon — l’offre « été » pour Hélène')
    expect(accents[col('date du dernier retour')]).toBe('2026-11-17')
    expect(accents[col('code du motif')]).toBe('userunknown')
    // Formula-like cells stay text; with ";" between cells a comma needs no quotes.
    const formula = byEmail.get("'=1+2@formula.example.com")!
    expect(formula[col('objet')]).toBe("'+33 quick call, tomorrow?")
    // Quoted although ',' is not the separator: a comma Excel opening it would not split it (issue 10).
    expect(text).toContain(`;"'+33 quick call, tomorrow?";`)
    // A cell holding the separator is quoted, and reads back whole.
    const devis = byEmail.get('devis@nulle-part.example')!
    expect(devis[col('motif')]).toBe('Le domaine n’existe pas ou n’a pas de serveur de messagerie')
    expect(devis[col('objet')]).toBe('Devis n° 12 ; remise de 2,5 % pour Noël')
    expect(text).toContain(';"Devis n° 12 ; remise de 2,5 % pour Noël";')
    expect(devis[col('code du motif')]).toBe('hostunknown')
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
