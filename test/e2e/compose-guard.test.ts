/**
 * The compose guard (issue 11, part 1) in Chromium, on a fake Gmail modelled on its compose markup
 * (fake-gmail/compose-page.ts), in the current and the older recipient markup, for the compose window,
 * full-screen compose and an inline reply. Recipients arrive by paste, autocomplete, typing, and by
 * editing a chip; warnings appear beside the recipients and clear as recipients change; Remove
 * recipient goes through Gmail's own chip button; Keep hides the line; nothing is sent or blocked.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ComposeKind, Markup } from './fake-gmail/compose-page'
import { DEAD, DEAD_DOMAIN, expectedLines, FINE, LATER, openCompose, pageTrouble, pasteInto, setComposeGuard, startComposeSession, warningLines, type ComposeSession } from './fake-gmail/compose-session'

let s: ComposeSession
let lines: Record<string, string>
beforeAll(async () => {
  s = await startComposeSession()
  lines = await expectedLines(s)
})
afterAll(async () => s?.close())

/** The typing box of a field, in either markup. */
const entry = (page: Page, id: string, field: string) =>
  page.locator(`#${id} .anm[name="${field}"] input[role=combobox], #${id} textarea.vO[name="${field}"]`)

const paste = (page: Page, id: string, field: string, text: string) => pasteInto(entry(page, id, field), text)

const chip = (page: Page, id: string, address: string) =>
  page.locator(`#${id} [data-hovercard-id="${address}"], #${id} .vR:has(span[email="${address}"])`)

const line = (page: Page, id: string, address: string) => page.locator(`#${id} .rebound-compose-warning-line[data-address="${address}"]`)

const recipients = (page: Page, id: string) => page.evaluate((i) => window.fakeCompose.recipients(i).sort(), id)

const COMBOS: [ComposeKind, Markup][] = [
  ['window', 'current'], ['fullscreen', 'current'], ['inline', 'current'],
  ['window', 'older'], ['fullscreen', 'older'], ['inline', 'older'],
]

describe('compose guard', () => {
  it.each(COMBOS)('%s compose, %s markup: warns as recipients arrive, clears as they go', async (kind, markup) => {
    const page = await s.gmail()
    const id = await openCompose(page, kind, markup)

    // Pasted: one dead address among fine ones.
    await paste(page, id, 'to', `${FINE}, Jane Roe <${DEAD}>`)
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines[DEAD]])
    // Beside the recipients: right after their table, inside this compose.
    expect(await page.locator(`#${id} .rebound-compose-warning`).evaluate((box) => box.previousElementSibling?.matches('table.GS'))).toBe(true)

    // Autocomplete: "bob" → the suggestion, picked with the mouse, in Cc.
    await entry(page, id, 'cc').pressSequentially('bob')
    await page.locator('.suggestions [role=option]', { hasText: LATER }).click()
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER]])

    // Typed, then Enter, in Bcc: an address never seen, at a dead domain.
    await entry(page, id, 'bcc').fill(`new@${DEAD_DOMAIN}`)
    await entry(page, id, 'bcc').press('Enter')
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER], lines.domain])

    // Edited: the dead chip back to text (its warning clears), corrected, Enter.
    await chip(page, id, DEAD).locator('span').first().dblclick()
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines[LATER], lines.domain])
    await entry(page, id, 'to').fill('jane@acme-new.example')
    await entry(page, id, 'to').press('Enter')
    await expect.poll(() => recipients(page, id)).toContain('jane@acme-new.example')
    await page.waitForTimeout(400)
    expect(await warningLines(page, id)).toEqual([lines[LATER], lines.domain])

    // Remove recipient: through Gmail's own chip button; the line goes with the chip.
    await line(page, id, LATER).getByRole('button', { name: 'Remove recipient' }).click()
    await expect.poll(() => recipients(page, id)).toEqual([FINE, 'jane@acme-new.example', `new@${DEAD_DOMAIN}`].sort())
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines.domain])

    // Keep: the line goes, the recipient stays, and the box with its last line.
    await line(page, id, `new@${DEAD_DOMAIN}`).getByRole('button', { name: 'Keep' }).click()
    await expect.poll(() => page.locator(`#${id} .rebound-compose-warning`).count()).toBe(0)
    expect(await recipients(page, id)).toContain(`new@${DEAD_DOMAIN}`)

    // Nothing was sent or blocked: the page's own Send still works, with what the user kept.
    await page.locator(`#${id} [role=button]`, { hasText: 'Send' }).click()
    expect((await page.evaluate(() => window.fakeCompose.sent)).map((r) => [...r].sort())).toEqual([[FINE, 'jane@acme-new.example', `new@${DEAD_DOMAIN}`].sort()])
    expect(await page.evaluate(() => window.fakeCompose.errors)).toEqual([])
    await page.close()
  })

  it('a chip Gmail updates in place (the contact resolved) is read again', async () => {
    const page = await s.gmail()
    const id = await openCompose(page, 'window', 'current', { to: [FINE] })
    await page.waitForTimeout(400)
    expect(await warningLines(page, id)).toEqual([])
    await chip(page, id, FINE).evaluate((el, a) => el.setAttribute('data-hovercard-id', a), DEAD)
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines[DEAD]])
    await page.close()
  })

  it('two composes each get their own warnings; closing one clears its own', async () => {
    const page = await s.gmail()
    const a = await openCompose(page, 'window', 'current', { to: [DEAD] })
    const b = await openCompose(page, 'inline', 'older', { cc: [LATER, FINE] })
    await expect.poll(() => warningLines(page, a), { timeout: 10_000 }).toEqual([lines[DEAD]])
    await expect.poll(() => warningLines(page, b), { timeout: 10_000 }).toEqual([lines[LATER]])
    await page.evaluate((i) => window.fakeCompose.close(i), a)
    await page.waitForTimeout(400)
    expect(await page.locator('.rebound-compose-warning').count()).toBe(1)
    expect(await warningLines(page, b)).toEqual([lines[LATER]])
    await page.close()
  })

  it('does nothing, and throws nothing, on markup it does not know', async () => {
    const page = await s.gmail()
    const trouble = pageTrouble(page)
    const id = await openCompose(page, 'window', 'unknown', { to: [DEAD] })
    await page.locator(`#${id} .rcpt-input`).first().evaluate((el) => {
      const data = new DataTransfer()
      data.setData('text/plain', 'bob@beta.example')
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    // Broken current markup: chips without an address, a field without a name.
    await page.evaluate(() => {
      const table = document.createElement('table')
      table.className = 'GS'
      table.innerHTML = '<tbody><tr><td><div class="anm"><div role="listbox"><div role="option" data-hovercard-id="" data-name="x"></div><div role="option" data-hovercard-id="jane@acme.example"></div></div></div></td></tr></tbody>'
      document.body.append(table)
    })
    await page.waitForTimeout(800)
    expect(await page.locator('.rebound-compose-warning').count()).toBe(0)
    expect(await page.evaluate(() => window.fakeCompose.errors)).toEqual([])
    expect(trouble()).toEqual([])
    expect((await page.evaluate((i) => window.fakeCompose.recipients(i), id)).sort()).toEqual([DEAD, LATER].sort())
    await page.close()
  })

  it('shows nothing when the setting is off (options page), and again when back on', async () => {
    const options = await s.browser.openPage('src/options/index.html')
    const setGuard = (on: boolean) => setComposeGuard(options, on)
    await setGuard(false)
    const page = await s.gmail()
    const id = await openCompose(page, 'fullscreen', 'current', { to: [DEAD], cc: [LATER] })
    await page.waitForTimeout(800)
    expect(await page.locator('.rebound-compose-warning').count()).toBe(0)

    await setGuard(true)
    await paste(page, id, 'bcc', `new@${DEAD_DOMAIN}`)
    await expect.poll(() => warningLines(page, id), { timeout: 10_000 }).toEqual([lines[DEAD], lines[LATER], lines.domain])
    await page.close()
    await options.close()
  })
})
