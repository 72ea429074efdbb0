/**
 * Outlook on the web (a fake outlook.live.com reading pane served by interception): an open
 * Microsoft 365 NDR is read from its rendered text and gets the banner; ordinary mail does not.
 * The NDR texts are the rendered bodies of corpus files (lhost-office365-01, lhost-exchange2007-06).
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launch, type ExtensionBrowser } from './harness'
import { corpusMessage, ordinaryMail, type FakeMessage } from './fake-gmail/messages'
import { lists, waitForStore } from './fake-gmail/store-read'
import { readingPane } from './fake-outlook/reading-pane'

let browser: ExtensionBrowser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

describe('Outlook page banner', () => {
  it('reads an open NDR from its rendered text and shows the banner; not for ordinary mail', async () => {
    // Rendered text has no headers to check (issue 10): only the user's provider's daemon counts, so the
    // notices are shown as Outlook.com shows its own NDRs, "Microsoft Outlook <postmaster@outlook.com>".
    const outlookDaemon = { fromName: 'Microsoft Outlook', fromEmail: 'postmaster@outlook.com' }
    const ndr = { ...(await corpusMessage('lhost-office365-01.eml')), ...outlookDaemon } // kijitora@example.com, 5.1.10 userunknown
    const french = { ...(await corpusMessage('lhost-exchange2007-06.eml')), ...outlookDaemon } // transports@agglo-saumur.fr
    const ordinary = await ordinaryMail()
    // The same kind of text from any other sender is not evidence: banner says so, nothing stored.
    const stranger = await corpusMessage('lhost-office365-01.eml') // from postmaster@example.com
    const pages: Record<string, FakeMessage> = {
      AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAD: ndr,
      AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAE: french,
      AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAF: ordinary,
      AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAG: stranger,
    }
    browser = await launch()
    await browser.context.route('https://outlook.live.com/**', (route) => {
      const id = new URL(route.request().url()).pathname.split('/id/')[1] ?? ''
      const m = pages[decodeURIComponent(id)]
      return m ? route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: readingPane(m) }) : route.fulfill({ status: 404, body: 'not found' })
    })
    await browser.loadExtension()
    const ext = await browser.openPage('src/options/index.html')

    const open = async (id: string): Promise<Page> => {
      const page = await browser!.context.newPage()
      await page.goto(`https://outlook.live.com/mail/0/inbox/id/${id}`)
      return page
    }
    const lines = (page: Page) => page.locator('.rebound-banner .rebound-banner-line').allTextContents()

    const p1 = await open('AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAD')
    await expect.poll(() => lines(p1), { timeout: 20_000 }).toEqual(['kijitora@example.com: The address doesn’t exist — moved to Remove'])
    const p2 = await open('AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAE')
    await expect.poll(() => lines(p2), { timeout: 20_000 }).toEqual(['transports@agglo-saumur.fr: The address doesn’t exist — moved to Remove'])
    const p3 = await open('AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAF')
    await p3.waitForTimeout(1500)
    expect(await p3.locator('.rebound-banner').count()).toBe(0)

    const p4 = await open('AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAG')
    await expect.poll(() => lines(p4), { timeout: 20_000 }).toEqual([
      'Not verified (only its text could be read, and the sender is not your mail provider): nothing was moved. See “To review” in Rebound.',
      'kijitora@example.com: The address doesn’t exist',
    ])

    const stored = await waitForStore(ext, (st) => st.contacts.length === 2)
    expect(lists(stored)).toEqual({ 'kijitora@example.com': 'remove', 'transports@agglo-saumur.fr': 'remove' })
    expect(stored.notices.map((n) => n.noticeKey).sort()).toEqual([
      'outlook:outlook.live.com:AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAD',
      'outlook:outlook.live.com:AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAE',
      'outlook:outlook.live.com:AQMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAG',
    ])

    // Reloading the same NDR stores nothing new.
    await p1.reload()
    await expect.poll(() => lines(p1), { timeout: 20_000 }).toHaveLength(1)
    const again = await waitForStore(ext, () => true)
    expect(again.events.length).toBe(2)
  })
})
