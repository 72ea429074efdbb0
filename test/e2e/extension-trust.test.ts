/**
 * Message trust inside the extension (issue 10 part 2), in Chromium: a script in an Outlook tab's
 * content-script world cannot make the worker read a Gmail message; a Gmail tab gets only its
 * banner's lines back; and no web page can fetch anything from the extension to detect it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { inContentWorld } from './content-world'
import { corpusMessage } from './fake-gmail/messages'
import { openGmail, startSession, type GmailSession } from './fake-gmail/session'
import { DIST } from './harness'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const send = (message: object) =>
  `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => ({ answer: r ?? null }), (e) => ({ failed: String(e && e.message) }))`

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
}

describe('the built extension', () => {
  it('lists nothing web-accessible, and its content scripts are single self-contained files', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3
    expect(manifest.web_accessible_resources ?? []).toEqual([])
    const scripts = manifest.content_scripts!.flatMap((c) => c.js ?? [])
    expect(scripts.length).toBe(2)
    for (const file of scripts) {
      const code = readFileSync(join(DIST, file), 'utf8')
      // No static or dynamic import, no URL of the extension's own files.
      expect(code, file).not.toMatch(/\bimport\s*\(|^\s*import[\s{*]|\bfrom\s*["'`]\.{0,2}\/|runtime\.getURL|chrome-extension:/m)
    }
  })
})

describe('message trust in Chromium', () => {
  it('an Outlook tab cannot make the worker fetch a Gmail message; a Gmail tab gets only the banner lines', async () => {
    const notice = { ...(await corpusMessage('lhost-gmail-01.eml')), unread: false } // userunknown@example.jp
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [notice])
    })
    const s = session
    await s.browser.context.route('https://outlook.live.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body><div role="main">Inbox</div></body></html>' }))
    const id = s.browser.extensionId()

    const outlook = await s.browser.context.newPage()
    await outlook.goto('https://outlook.live.com/mail/0/inbox')
    const fromOutlook = await inContentWorld<{ answer?: unknown; failed?: string }>(outlook, id, send({ type: 'ingestGmail', account: 'u/0', id: notice.id }))
    expect(JSON.stringify(fromOutlook)).not.toMatch(/mailer-daemon|example\.jp|Delivery Status/i)
    expect(fromOutlook.answer ?? null).toBeNull()
    // Nor may it store data or poll.
    const poll = await inContentWorld<{ answer?: unknown }>(outlook, id, send({ type: 'pollNow' }))
    expect(poll.answer ?? null).toBeNull()
    await outlook.waitForTimeout(500)
    expect(s.fake.sourceHits.get(`u/0:${notice.id}`)).toBeUndefined()

    // The Gmail tab of that account may ask, and hears back the banner's lines only.
    const gmail = await openGmail(s, 'u/0')
    const fromGmail = await inContentWorld<{ answer?: unknown }>(gmail, id, send({ type: 'ingestGmail', account: 'u/0', id: notice.id }))
    expect(fromGmail).toEqual({ answer: { lines: ['userunknown@example.jp: The address doesn’t exist — moved to Remove'] } })
    expect(s.fake.sourceHitsBy.get(`worker:u/0:${notice.id}`)).toBe(1)
    // ... but not for another account than its own.
    const other = await inContentWorld<{ answer?: { error?: string } }>(gmail, id, send({ type: 'ingestGmail', account: 'u/1', id: notice.id }))
    expect(other.answer).toEqual({ error: 'a page may send only its own notices' })
  })

  it('no web page can fetch a file of the extension', async () => {
    session = await startSession(() => undefined)
    const s = session
    await s.browser.context.route('https://outlook.office.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><p>probe</p>' }))
    await s.browser.context.route('https://probe.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><p>probe</p>' }))
    const id = s.browser.extensionId()
    const paths = files(DIST).map((f) => relative(DIST, f).split('\\').join('/'))
    for (const origin of ['https://mail.google.com/mail/u/0/', 'https://outlook.office.com/mail/', 'https://probe.example/']) {
      const page = await s.browser.context.newPage()
      await page.goto(origin)
      const reached = await page.evaluate(
        async ({ id, paths }) => {
          const ok: string[] = []
          for (const p of paths) {
            try {
              const res = await fetch(`chrome-extension://${id}/${p}`)
              if (res.ok) ok.push(p)
            } catch {
              // refused: what we want
            }
          }
          return ok
        },
        { id, paths },
      )
      expect(reached, origin).toEqual([])
      await page.close()
    }
  })
})
