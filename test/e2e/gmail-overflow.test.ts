/**
 * Issue 11, part 3: Gmail's feed lists only the 20 newest unread messages. When more than that
 * arrive between two polls (overnight, the browser closed), a notice among the older ones is never
 * listed. The watcher notices that the window overflowed, the popup says notices may have been missed
 * and how to recover them, and the notice is read as soon as the feed lists it again.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { corpusMessage, writtenMessage, type FakeMessage } from './fake-gmail/messages'
import { startSession, type GmailSession } from './fake-gmail/session'
import { lists, waitForStore } from './fake-gmail/store-read'

let session: GmailSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const person = (i: number) => writtenMessage({ from: `Lead ${i} <lead${i}@client.example>`, to: 'sales.rep@example.com', subject: `Re: our call (${i})` }, 'Thanks, talk soon.', 0)

describe('Gmail feed window', () => {
  it('reports a window that overflowed since the last poll, then reads the notice once it is listed', async () => {
    const older = await person(0)
    session = await startSession((fake) => {
      fake.account('u/0', 'sales.rep@example.com', [{ ...older, issued: new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z') }])
    })
    const s = session
    expect(await s.send({ type: 'testPollEvery', seconds: 3 })).toEqual({ ok: true })
    await waitForStore(s.ext, (st) => !!st.cursors.find((c) => c.account === 'u/0')?.feedReadAt)
    await s.ext.waitForTimeout(1500) // the feed's dates have whole seconds

    // While Rebound was not looking: a notice, then 24 newer messages. The feed lists 20 of 26 unread.
    const notice = await corpusMessage('lhost-gmail-01.eml', 0) // userunknown@example.jp
    const newer: FakeMessage[] = []
    for (let i = 1; i <= 24; i++) newer.push(await person(i))
    const inbox = s.fake.accounts.get('u/0')!
    inbox.messages = [...newer, notice, ...inbox.messages]

    const flagged = await waitForStore(s.ext, (st) => !!st.cursors[0]?.mayHaveMissedSince)
    expect(flagged.contacts).toEqual([])
    expect(s.fake.sourceHits.get(`u/0:${notice.id}`)).toBeUndefined() // never listed, never read

    const popup = await s.browser.openPage('src/popup/index.html')
    const line = popup.locator('[data-testid="missed"] [data-account="u/0"]')
    await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(
      /^sales\.rep@example\.com: more unread email arrived at once than Gmail’s feed lists \(20\), so bounce notices received since .+ may have been missed\. To recover them, import your mail or scan it with the Gmail API from the settings\./,
    )
    expect(await line.getByRole('button', { name: 'Open settings' }).count()).toBe(1)

    // The user reads the new mail: the notice is listed again and read at once; the warning stays until dismissed.
    for (const m of newer) (m as FakeMessage & { unread?: boolean }).unread = false
    const caught = await waitForStore(s.ext, (st) => st.contacts.length === 1)
    expect(lists(caught)).toEqual({ 'userunknown@example.jp': 'remove' })
    await line.getByRole('button', { name: 'Dismiss' }).click()
    await expect.poll(() => popup.locator('[data-testid="missed"]').count()).toBe(0)
    const after = await waitForStore(s.ext, (st) => st.cursors[0]?.mayHaveMissedSince === '')
    expect(after.cursors[0].mayHaveMissedSince).toBe('')
  })
})
