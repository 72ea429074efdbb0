/**
 * The compose guard in Outlook on the web, in Chromium, on a fake outlook.live.com modelled on the
 * compose markup of src/sites/outlook/compose.ts (fake-outlook/compose-page.ts), for a new message and
 * an inline reply. Recipients arrive by typing (text first, a pill on Enter or ";") and by paste;
 * warnings appear after the compose's To field and clear as recipients go; Remove recipient goes
 * through the pill's own remove button; a recipient Rebound does not know gets nothing; the guard
 * off in the options shows nothing. The store is seeded as for Gmail's guard (compose-session.ts).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEAD, DEAD_DOMAIN, expectedLines, FINE, LATER, pageTrouble, pasteInto, setComposeGuard, startComposeSession, type ComposeSession } from './fake-gmail/compose-session'

let s: ComposeSession
let lines: Record<string, string>
beforeAll(async () => {
  s = await startComposeSession()
  lines = await expectedLines(s)
})
afterAll(async () => s?.close())

const root = (draft: string) => `#compose-${draft}`
const editor = (page: Page, draft: string, field: 'TO' | 'CC' | 'BCC') => page.locator(`#MSG_${draft}_${field} [contenteditable=true]`)
const warningLines = (page: Page, draft: string) => page.locator(`${root(draft)} .rebound-compose-warning .rebound-compose-warning-text`).allTextContents()
const line = (page: Page, draft: string, address: string) => page.locator(`${root(draft)} .rebound-compose-warning-line[data-address="${address}"]`)
const recipients = (page: Page, draft: string) => page.evaluate((d) => window.fakeOwa.recipients(d).sort(), draft)

const paste = (page: Page, draft: string, field: 'TO' | 'CC' | 'BCC', text: string) => pasteInto(editor(page, draft, field), text)

describe('Outlook compose guard', () => {
  it('new message: warns as recipients are typed, resolved and pasted; clears as they go', async () => {
    const page = await s.outlook()
    const draft = await page.evaluate(() => window.fakeOwa.newMessage())

    // Typed into To, then Enter: Outlook makes a pill.
    await editor(page, draft, 'TO').click()
    await page.keyboard.type(DEAD)
    await page.keyboard.press('Enter')
    await expect.poll(() => recipients(page, draft)).toEqual([DEAD])
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD]])
    // After the compose's To field, inside this compose.
    expect(await page.locator(`${root(draft)} .rebound-compose-warning`).evaluate((box) => box.previousElementSibling?.id)).toBe(`MSG_${draft}_TO`)

    // Pasted into Cc: a fine address and one in Retry.
    await paste(page, draft, 'CC', `${FINE}; Bob Poe <${LATER}>`)
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER]])

    // Typed into Bcc and not yet resolved: warned already, with Keep only (the text is the user's).
    await editor(page, draft, 'BCC').click()
    await page.keyboard.type(`new@${DEAD_DOMAIN}`)
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER], lines.domain])
    expect(await line(page, draft, `new@${DEAD_DOMAIN}`).getByRole('button').allTextContents()).toEqual(['Keep'])
    // Resolved: now a pill, so Remove recipient is offered.
    await page.keyboard.press('Enter')
    await expect.poll(() => line(page, draft, `new@${DEAD_DOMAIN}`).getByRole('button').allTextContents(), { timeout: 10_000 }).toEqual(['Remove recipient', 'Keep'])

    // Remove recipient: through the pill's own remove button; the line goes with the pill.
    await line(page, draft, LATER).getByRole('button', { name: 'Remove recipient' }).click()
    await expect.poll(() => recipients(page, draft)).toEqual([DEAD, FINE, `new@${DEAD_DOMAIN}`].sort())
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD], lines.domain])
    await line(page, draft, `new@${DEAD_DOMAIN}`).getByRole('button', { name: 'Remove recipient' }).click()
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD]])

    // The user's own removal (Outlook's pill button) clears the last line and the box.
    await page.locator(`#MSG_${draft}_TO ._EType_RECIPIENT_ENTITY button[aria-label^="Remove"]`).click()
    await expect.poll(() => page.locator(`${root(draft)} .rebound-compose-warning`).count(), { timeout: 10_000 }).toBe(0)

    // Nothing was sent or blocked: the page's own Send still works.
    await page.locator(`${root(draft)} button[aria-label=Send]`).click()
    expect(await page.evaluate(() => window.fakeOwa.sent)).toEqual([[FINE]])
    expect(await page.evaluate(() => window.fakeOwa.errors)).toEqual([])
    await page.close()
  })

  it('inline reply: the sender in To is warned about, Remove recipient takes the pill out', async () => {
    const page = await s.outlook()
    const draft = await page.evaluate(() => window.fakeOwa.reply())
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD]])
    // In the reading pane, under the message.
    expect(await page.locator(`#ReadingPaneContainerId ${root(draft)} .rebound-compose-warning`).count()).toBe(1)
    await line(page, draft, DEAD).getByRole('button', { name: 'Remove recipient' }).click()
    await expect.poll(() => recipients(page, draft)).toEqual([])
    await expect.poll(() => page.locator('.rebound-compose-warning').count(), { timeout: 10_000 }).toBe(0)
    // Keep: the line goes, the pill stays.
    await paste(page, draft, 'TO', LATER)
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[LATER]])
    await line(page, draft, LATER).getByRole('button', { name: 'Keep' }).click()
    await expect.poll(() => page.locator('.rebound-compose-warning').count()).toBe(0)
    expect(await recipients(page, draft)).toEqual([LATER])
    await page.close()
  })

  it('popped-out compose: a window Outlook opens at its own deeplink address is guarded as the main page is', async () => {
    // Outlook's pop-out opens /mail/deeplink/compose?popoutv2=1 (a read message: /mail/deeplink/read/<id>?popoutv2=1)
    // in a new window of its own origin (URLs seen in public automation scripts and link lists, 2021-2023),
    // not an about:blank frame, so the content script's usual match covers it.
    const page = await s.outlook()
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate(() => { window.open('https://outlook.live.com/mail/0/deeplink/compose?popoutv2=1&version=20231020003.10', '_blank', 'popup,width=900,height=700') }),
    ])
    await popup.waitForFunction(() => 'fakeOwa' in window)
    const draft = await popup.evaluate((r) => window.fakeOwa.newMessage(r), { to: [DEAD] })
    await expect.poll(() => warningLines(popup, draft), { timeout: 10_000 }).toEqual([lines[DEAD]])
    await paste(popup, draft, 'CC', LATER)
    await expect.poll(() => warningLines(popup, draft), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER]])
    await line(popup, draft, DEAD).getByRole('button', { name: 'Remove recipient' }).click()
    await expect.poll(() => recipients(popup, draft)).toEqual([LATER])
    await expect.poll(() => warningLines(popup, draft), { timeout: 10_000 }).toEqual([lines[LATER]])
    await popup.close()
    await page.close()
  })

  it('a recipient Rebound does not know gets nothing, and nothing is logged', async () => {
    const page = await s.outlook()
    const trouble = pageTrouble(page)
    const draft = await page.evaluate((f) => window.fakeOwa.newMessage({ to: [f] }), FINE)
    await paste(page, draft, 'CC', 'someone@elsewhere.example')
    await page.waitForTimeout(800)
    expect(await page.locator('.rebound-compose-warning').count()).toBe(0)
    expect(trouble()).toEqual([])
    await page.close()
  })

  it('shows nothing when the setting is off (options page), and again when back on', async () => {
    const options = await s.browser.openPage('src/options/index.html')
    const setGuard = (on: boolean) => setComposeGuard(options, on)
    await setGuard(false)
    const page = await s.outlook()
    const draft = await page.evaluate((r) => window.fakeOwa.newMessage(r), { to: [DEAD], cc: [LATER] })
    await page.waitForTimeout(800)
    expect(await page.locator('.rebound-compose-warning').count()).toBe(0)

    await setGuard(true)
    await paste(page, draft, 'BCC', `new@${DEAD_DOMAIN}`)
    await expect.poll(() => warningLines(page, draft), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER], lines.domain])
    await page.close()
    await options.close()
  })
})
