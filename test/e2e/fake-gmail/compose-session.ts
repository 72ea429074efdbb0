/**
 * A Chromium with the extension, a fake Gmail page with composes (compose-page.ts) at
 * https://mail.google.com/mail/u/0/, a fake Outlook on the web page with composes
 * (../fake-outlook/compose-page.ts) at https://outlook.live.com/mail/0/, and a store seeded through the extension itself: hand-written
 * notices sent as `ingestRaw` from an extension page, as a content script would. Shared by the compose
 * guard's end-to-end tests (Gmail, Outlook) and its bench.
 */
import type { Locator, Page } from 'playwright-core'
import { launch, type ExtensionBrowser } from '../harness'
import { composePage, emptyFeed, type ComposeKind, type Markup } from './compose-page'
import { asOwnMail } from '../../fixtures/trust/own-mail'
import { dsn } from './dsn'
import { readStore } from './store-read'
import { outlookComposePage } from '../fake-outlook/compose-page'

export const MAILBOX = 'rep@sales.example'
/** In Remove: the address does not exist. */
export const DEAD = 'jane@acme.example'
/** In Retry (mailbox full an hour ago): next try tomorrow. */
export const LATER = 'bob@beta.example'
/** Bounced with hostunknown: every address at deadco.example warns. */
export const DEAD_DOMAIN = 'deadco.example'
/** Never bounced. */
export const FINE = 'ok@fine.example'

export interface ComposeSession {
  browser: ExtensionBrowser
  ext: Page
  /** A new Gmail tab with the content script running. */
  gmail(): Promise<Page>
  /** A new Outlook on the web tab showing a message from DEAD, with the content script running. */
  outlook(): Promise<Page>
  close(): Promise<void>
}

export async function startComposeSession(): Promise<ComposeSession> {
  const browser = await launch()
  await browser.context.route('https://mail.google.com/**', (route) => {
    const url = route.request().url()
    if (url.includes('/feed/atom')) return route.fulfill({ status: 200, contentType: 'application/atom+xml; charset=UTF-8', body: emptyFeed(MAILBOX) })
    if (route.request().resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: composePage(MAILBOX) })
    return route.fulfill({ status: 404, body: '' })
  })
  await browser.context.route('https://outlook.live.com/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: outlookComposePage({ name: 'Jane Roe', email: DEAD }) })
      : route.fulfill({ status: 404, body: '' }),
  )
  await browser.loadExtension()
  const ext = await browser.openPage('src/options/index.html')
  const hour = 3_600_000
  // Each as Gmail serves a notice about the account's own mail, so the trust rules (issue 10) vouch for it.
  const notices = [
    dsn([{ address: DEAD, status: '5.1.1', diagnostic: `550 5.1.1 <${DEAD}>: Recipient address rejected: User unknown in virtual mailbox table` }], new Date(Date.now() - 72 * hour)),
    dsn([{ address: LATER, status: '4.2.2', diagnostic: `452 4.2.2 <${LATER}>: Mailbox full` }], new Date(Date.now() - hour)),
    dsn([{ address: `old@${DEAD_DOMAIN}`, status: '5.1.2', diagnostic: `Host or domain name not found. Name service error for name=${DEAD_DOMAIN} type=MX: Host not found` }], new Date(Date.now() - 240 * hour)),
  ]
  for (const [i, notice] of notices.entries()) {
    const raw = asOwnMail(notice, MAILBOX)
    const answer = await ext.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'ingestRaw', raw, encoding: 'text', source: { origin: 'demo', account: '', id: `compose-${i}` } })
    if (!answer || typeof answer !== 'object' || 'error' in answer || (answer as { trust?: { level?: string } }).trust?.level !== 'trusted') {
      throw new Error(`seeding failed: ${JSON.stringify(answer).slice(0, 300)}`)
    }
  }
  return {
    browser,
    ext,
    async gmail() {
      const page = await browser.context.newPage()
      await page.goto('https://mail.google.com/mail/u/0/#inbox')
      await page.waitForFunction(() => 'fakeCompose' in window)
      return page
    },
    async outlook() {
      const page = await browser.context.newPage()
      await page.goto('https://outlook.live.com/mail/0/inbox/id/AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAH')
      await page.waitForFunction(() => 'fakeOwa' in window)
      return page
    },
    close: () => browser.close(),
  }
}

/** The lines Rebound expects to show, dated as the extension formats them (from the store). */
export async function expectedLines(s: ComposeSession): Promise<Record<string, string>> {
  const contacts = (await readStore(s.ext)).contacts
  const byAddress = new Map(contacts.map((c) => [c.address, c]))
  const dates = await s.ext.evaluate((isos) => {
    const f = new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), { day: 'numeric', month: 'short' })
    return isos.map((iso) => f.format(new Date(iso)))
  }, [byAddress.get(DEAD)!.lastBounceAt, byAddress.get(LATER)!.nextRetryAt, byAddress.get(`old@${DEAD_DOMAIN}`)!.lastBounceAt])
  return {
    [DEAD]: `${DEAD}: The address doesn’t exist — bounced ${dates[0]}`,
    [LATER]: `${LATER}: The mailbox is full — wait until ${dates[1]}`,
    domain: `new@${DEAD_DOMAIN}: the domain ${DEAD_DOMAIN} doesn’t exist or has no mail server — bounced ${dates[2]}`,
  }
}

export const openCompose = (page: Page, kind: ComposeKind, markup: Markup, initial: Record<string, string[]> = {}) =>
  page.evaluate(([k, m, i]) => window.fakeCompose.open(k, m, i), [kind, markup, initial] as const)

/** From now on, the page's errors and anything Rebound logs there: call the result to read them. */
export function pageTrouble(page: Page): () => string[] {
  const logs: string[] = []
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`))
  return () => logs.filter((l) => /^(error|pageerror)/.test(l) || l.includes('Rebound'))
}

/** Pastes text into a recipient field, as the clipboard does. */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

/** Turns the compose guard on or off on the options page, and waits until it is saved. */
export async function setComposeGuard(options: Page, on: boolean): Promise<void> {
  await options.locator('input[name=composeGuard]').setChecked(on)
  await options.getByRole('button', { name: 'Save' }).click()
  await options.getByTestId('settings-form').getByText('Saved.').waitFor()
}

/** The warning lines shown in one compose (by its id). */
export const warningLines = (page: Page, id: string) =>
  page.locator(`#${id} .rebound-compose-warning .rebound-compose-warning-text`).allTextContents()

declare global {
  interface Window {
    fakeCompose: {
      open(kind: ComposeKind, markup: Markup, initial?: Record<string, string[]>): string
      close(id: string): void
      recipients(id: string): string[]
      sent: string[][]
      errors: string[]
    }
  }
}
