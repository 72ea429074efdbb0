/** Starts the fake Gmail and a Chromium with the extension, wired together as every Gmail test needs. */
import type { Page } from 'playwright-core'
import { launch, type ExtensionBrowser } from '../harness'
import { FakeGmail } from './gmail'

export interface GmailSession {
  fake: FakeGmail
  browser: ExtensionBrowser
  /** An extension page, to send runtime messages from and read the store. */
  ext: Page
  send<T = unknown>(message: Record<string, unknown>): Promise<T>
  close(): Promise<void>
}

export async function startSession(setup: (fake: FakeGmail) => void | Promise<void>, options: { locale?: string } = {}): Promise<GmailSession> {
  const fake = await FakeGmail.start()
  await setup(fake)
  const browser = await launch({ args: fake.attachments.chromiumArgs, locale: options.locale })
  await fake.install(browser.context)
  // The content script's fetch reaches the attachment host, which resolves to 127.0.0.1 here.
  await browser.context.grantPermissions(['local-network-access'], { origin: 'https://mail.google.com' }).catch(() => undefined)
  await browser.loadExtension()
  const ext = await browser.openPage('src/options/index.html')
  return {
    fake,
    browser,
    ext,
    send: <T>(message: Record<string, unknown>) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>,
    async close() {
      await browser.close()
      await fake.close()
    },
  }
}

/** Opens the fake Gmail web page of an account (the content script then runs in it). */
export async function openGmail(session: GmailSession, account: string, hash = '#inbox'): Promise<Page> {
  const page = await session.browser.context.newPage()
  await page.goto(`https://mail.google.com/mail/${account}/${hash}`)
  return page
}
