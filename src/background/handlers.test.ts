import 'fake-indexeddb/auto'
import { delivered, passFor, type GmailAuthSpec } from '../../test/fixtures/trust/gmail-delivery'
import { getContact } from '../store/contacts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getCursor, putCursor } from '../store/cursors'
import { emptyCursor } from './backoff'
import { getDb } from './db'
import { handlers } from './handlers'
import { saveSettings } from '../store/settings'
import { setAccountAddress } from '../store/account-address'
import { ingestReports } from '../store/ingest'
import { recipient, report, source } from '../store/fixtures/reports'

import { BASE, OWN, senders } from './senders.fixtures'

const PAGE = senders.options
const CONTENT = senders.gmail
/** The Gmail content script of account `u/N`'s tab. */
const gmailTab = (account: string) => ({ ...CONTENT, url: `https://mail.google.com/mail/${account}/#inbox`, tab: { ...CONTENT.tab, url: `https://mail.google.com/mail/${account}/#inbox` } })

let manifest: Record<string, unknown>
beforeEach(() => {
  manifest = { manifest_version: 3 }
  vi.stubGlobal('chrome', {
    runtime: { id: OWN, getManifest: () => manifest, getURL: (p: string) => BASE + p },
    alarms: { get: vi.fn(async () => undefined), create: vi.fn(async () => undefined), clear: vi.fn(async () => true) },
    action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
  })
  // Any poll the handlers start finds no Gmail here.
  vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 503 })))
})
afterEach(async () => {
  vi.unstubAllGlobals()
  await getDb().cursors.clear()
})

describe('testPollEvery', () => {
  it('works from an extension page of an unpacked extension', async () => {
    expect(await handlers.testPollEvery({ type: 'testPollEvery', seconds: 3 }, PAGE)).toEqual({ ok: true })
    expect(chrome.alarms.create).toHaveBeenCalledWith('gmail-poll-test', { delayInMinutes: 0.05, periodInMinutes: 0.05 })
  })
  it.each([
    ['a content script', { seconds: 3 }, CONTENT, {}, 'only from an extension page'],
    ['an installed extension', { seconds: 3 }, PAGE, { update_url: 'https://clients2.google.com/service/update2/crx' }, 'only for an unpacked extension'],
    ['a period under a second', { seconds: 0.1 }, PAGE, {}, 'seconds: 0 or 1..3600'],
    ['not a number', { seconds: 'soon' as unknown as number }, PAGE, {}, 'seconds: 0 or 1..3600'],
  ])('is refused for %s', async (_name, req, sender, extra, error) => {
    Object.assign(manifest, extra)
    expect(await handlers.testPollEvery({ type: 'testPollEvery', ...req }, sender)).toEqual({ ok: false, error })
    expect(chrome.alarms.create).not.toHaveBeenCalled()
  })
})

describe('accountSeen', () => {
  it('starts watching a new account', async () => {
    await handlers.accountSeen({ type: 'accountSeen', account: 'u/3' }, gmailTab('u/3'))
    expect(await getCursor(getDb(), 'u/3')).toMatchObject({ account: 'u/3' })
  })

  it('brings a signed-out account back and polls it at once', async () => {
    await putCursor(getDb(), { ...emptyCursor('u/1'), state: 'signed-out', failures: 4, lastError: 'sign-in page' })
    await handlers.accountSeen({ type: 'accountSeen', account: 'u/1' }, gmailTab('u/1'))
    // The poll it starts meets a 503 here: failures count again from zero.
    await vi.waitFor(async () => expect(await getCursor(getDb(), 'u/1')).toMatchObject({ state: 'backoff', failures: 1, lastError: 'HTTP 503' }))
    expect(vi.mocked(fetch).mock.calls.map((c) => String(c[0]))).toContain('https://mail.google.com/mail/u/1/feed/atom')
  })

  it('does not reset a backing-off account (a tab being open says nothing about Gmail throttling)', async () => {
    const cursor = { ...emptyCursor('u/0'), state: 'backoff' as const, failures: 2, notBefore: new Date(Date.now() + 60_000).toISOString() }
    await putCursor(getDb(), cursor)
    await handlers.accountSeen({ type: 'accountSeen', account: 'u/0' }, CONTENT)
    expect(await getCursor(getDb(), 'u/0')).toEqual(cursor)
  })

  it('refuses what is not an account key', async () => {
    await expect(handlers.accountSeen({ type: 'accountSeen', account: '../../x' }, CONTENT)).rejects.toThrow(/account/)
  })

  it("a Gmail tab speaks only for its own account; the options page for any", async () => {
    await expect(handlers.accountSeen({ type: 'accountSeen', account: 'u/2' }, gmailTab('u/1'))).rejects.toThrow('a page may send only its own notices')
    expect(await getCursor(getDb(), 'u/2')).toBeUndefined()
    await handlers.accountSeen({ type: 'accountSeen', account: 'u/2' }, PAGE)
    expect(await getCursor(getDb(), 'u/2')).toMatchObject({ account: 'u/2' })
  })
})

describe('ingestRaw', () => {
  it('refuses bad base64 and unknown origins before doing any work', async () => {
    const source = { origin: 'gmail' as const, account: 'u/0', id: '1' }
    await expect(handlers.ingestRaw({ type: 'ingestRaw', raw: '%%%', encoding: 'base64', source }, CONTENT)).rejects.toThrow('raw is not valid base64')
    await expect(handlers.ingestRaw({ type: 'ingestRaw', raw: '', encoding: 'base64', source: { ...source, origin: 'x' as 'gmail' } }, CONTENT)).rejects.toThrow('unknown source origin')
  })

  it.each([
    ['another account of Gmail', { origin: 'gmail', account: 'u/1', id: '1' }, CONTENT],
    ['an import, from a Gmail tab', { origin: 'import', account: '', id: 'f.mbox:1' }, CONTENT],
    ['Gmail, from an Outlook tab', { origin: 'gmail', account: 'u/0', id: '1' }, senders.outlook],
    ['another Outlook host', { origin: 'outlook', account: 'outlook.live.com', id: '1' }, senders.outlook],
  ] as const)('refuses a notice a content script sends for %s', async (_name, source, sender) => {
    const raw = Buffer.from('Subject: x\r\n\r\nx').toString('base64')
    await expect(handlers.ingestRaw({ type: 'ingestRaw', raw, encoding: 'base64', source }, sender)).rejects.toThrow('a page may send only its own notices')
    await expect(handlers.ingestText({ type: 'ingestText', text: 'x', subject: 'x', from: 'x', source }, sender)).rejects.toThrow('a page may send only its own notices')
  })

  it('reads a notice sent as base64 and says it is a duplicate the second time', async () => {
    const raw = Buffer.from(gmailDaemonNotice(passFor('googlemail.com', 'mail-sor-f69.google.com'))).toString('base64')
    const source = { origin: 'gmail' as const, account: 'u/0', id: '77' }
    const first = await handlers.ingestRaw({ type: 'ingestRaw', raw, encoding: 'base64', source }, CONTENT)
    expect(first.report.kind).toBe('bounce')
    expect(first).toMatchObject({ duplicate: false, contacts: [{ address: 'nobody.here@gmail.com', list: 'remove' }], trust: { level: 'trusted', reason: 'gmail-daemon' } })
    const again = await handlers.ingestRaw({ type: 'ingestRaw', raw, encoding: 'base64', source }, CONTENT)
    expect(again).toMatchObject({ duplicate: true, flagged: 0, contacts: [{ address: 'nobody.here@gmail.com', list: 'remove' }] })
  })

  it('a spoofed Gmail daemon (dmarc=fail) or one opened in Spam moves nobody and tells the banner so', async () => {
    const spoofed = Buffer.from(gmailDaemonNotice({ spf: { result: 'pass', mailfrom: '', helo: 'mail.attacker.example' }, dmarc: { result: 'fail', from: 'googlemail.com' } })).toString('base64')
    const r = await handlers.ingestRaw({ type: 'ingestRaw', raw: spoofed, encoding: 'base64', source: { origin: 'gmail', account: 'u/0', id: '78' } }, CONTENT)
    expect(r).toMatchObject({ flagged: 0, contacts: [], trust: { level: 'unverified', reason: 'auth-failed' } })
    const genuine = Buffer.from(gmailDaemonNotice(passFor('googlemail.com', 'mail-sor-f69.google.com'), 'x2')).toString('base64')
    const spam = await handlers.ingestRaw({ type: 'ingestRaw', raw: genuine, encoding: 'base64', source: { origin: 'gmail', account: 'u/0', id: '79' }, inSpam: true }, CONTENT)
    expect(spam).toMatchObject({ flagged: 0, contacts: [], trust: { level: 'unverified', reason: 'spam' } })
    // Only the genuine notice of the test above counts for the address.
    expect(await getContact(getDb(), 'nobody.here@gmail.com')).toMatchObject({ bounceCount: 1 })
  })

  it('(kept from before) reads a plain Gmail notice', async () => {
    const raw = Buffer.from(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nTo: a@example.com\r\nSubject: Delivery Status Notification (Failure)\r\n' +
        'Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <x1@mail.gmail.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n' +
        "** Address not found **\r\n\r\nYour message wasn't delivered to nobody.here@gmail.com because the address couldn't be found, or is unable to receive mail.\r\n\r\n" +
        'The response from the remote server was:\r\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.\r\n',
    ).toString('base64')
    const source = { origin: 'gmail' as const, account: 'u/0', id: '80' }
    // Without Gmail's delivery headers nothing vouches for the sender: it waits for review.
    const first = await handlers.ingestRaw({ type: 'ingestRaw', raw, encoding: 'base64', source }, CONTENT)
    expect(first.report.kind).toBe('bounce')
    expect(first).toMatchObject({ duplicate: false, flagged: 0, contacts: [], trust: { level: 'unverified', reason: 'auth-failed' } })
  })

  it('files a notice read in a Gmail tab under the account\'s address once the feed has named it', async () => {
    const raw = (id: string) => Buffer.from(gmailDaemonNotice(passFor('googlemail.com', 'mail-sor-f69.google.com'), id)).toString('base64')
    await handlers.ingestRaw({ type: 'ingestRaw', raw: raw('acct-1'), encoding: 'base64', source: { origin: 'gmail', account: 'u/0', id: '90' } }, CONTENT)
    await setAccountAddress(getDb(), 'u/0', 'a@example.com')
    await handlers.ingestRaw({ type: 'ingestRaw', raw: raw('acct-2'), encoding: 'base64', source: { origin: 'gmail', account: 'u/0', id: '91' } }, CONTENT)
    const accounts = (await getDb().events.toArray()).filter((e) => /acct-/.test(e.noticeKey)).map((e) => [e.noticeKey, e.account])
    expect(accounts).toEqual([['mid:acct-1@mx.google.com', 'gmail:u/0'], ['mid:acct-2@mx.google.com', 'gmail:a@example.com']])
    await getDb().kv.delete('accountAddress:u/0')
  })
})

describe('ingestGmail', () => {
  it('fetches nothing for another account than the asking tab’s', async () => {
    await expect(handlers.ingestGmail({ type: 'ingestGmail', account: 'u/1', id: '1480532333941906195' }, CONTENT)).rejects.toThrow('a page may send only its own notices')
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('deleteEverything', () => {
  it('tells running imports and scans to stop, waits for them, deletes, and clears the badge', async () => {
    const db = getDb()
    await putCursor(db, emptyCursor('u/0'))
    const order: string[] = []
    // Web Locks as Chromium runs them for this case: the exclusive request waits for the shared holder.
    let writerDone!: () => void
    const writing = new Promise<void>((r) => (writerDone = r))
    vi.stubGlobal('navigator', {
      locks: {
        request: async (_name: string, opts: { mode: string }, run: () => Promise<unknown>) => {
          if (opts.mode === 'exclusive') await writing
          return run()
        },
      },
    })
    const writer = new BroadcastChannel('rebound-stop-writers')
    writer.onmessage = () => {
      order.push('writer asked to stop')
      setTimeout(() => {
        order.push('writer stopped')
        writerDone()
      }, 30)
    }
    vi.mocked(chrome.action.setBadgeText).mockImplementation(async () => void order.push('badge cleared'))
    await handlers.deleteEverything({ type: 'deleteEverything' }, PAGE)
    writer.close()
    expect(order).toEqual(['writer asked to stop', 'writer stopped', 'badge cleared'])
    expect(chrome.action.setBadgeText).toHaveBeenCalledWith({ text: '' })
    expect(await db.cursors.count()).toBe(0)
  })
})

function gmailDaemonNotice(auth: GmailAuthSpec, id = 'x1'): string {
  const notice =
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nTo: a@example.com\r\nSubject: Delivery Status Notification (Failure)\r\n' +
    `Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <${id}@mx.google.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n` +
    "** Address not found **\r\n\r\nYour message wasn't delivered to nobody.here@gmail.com because the address couldn't be found, or is unable to receive mail.\r\n\r\n" +
    "The response from the remote server was:\r\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.\r\n"
  return delivered(notice, { account: 'a@example.com', returnPath: '', auth, helo: auth.spf?.helo ?? 'mail-sor-f69.google.com' })
}

describe('composeWarnings', () => {
  const req = (addresses: unknown) => ({ type: 'composeWarnings' as const, addresses: addresses as string[] })
  beforeEach(async () => {
    await ingestReports(getDb(), [{ report: report([recipient('jane@acme.com')]), source: source('compose-1') }], new Date())
  })
  afterEach(async () => {
    await getDb().contacts.clear()
    await getDb().events.clear()
    await getDb().kv.clear()
  })

  it.each([
    ['Gmail', CONTENT],
    ['Outlook on the web', senders.outlook],
  ])('answers a %s content script about the addresses it asked', async (_name, sender) => {
    expect(await handlers.composeWarnings(req(['Jane@acme.com', 'bob@beta.io']), sender)).toEqual({
      enabled: true,
      warnings: [{ address: 'jane@acme.com', kind: 'remove', reason: 'userunknown', date: '2026-11-02T10:00:00.000Z' }],
    })
  })

  it.each([
    ['an extension page', PAGE],
    ['another site', { ...CONTENT, url: 'https://mail.google.com.evil.example/mail/u/0/' }],
    ['a Gmail URL in a frame of another origin', { ...CONTENT, origin: 'https://evil.example' }],
    ['no tab', { id: CONTENT.id, url: CONTENT.url }],
    ['an Outlook look-alike host', { ...senders.outlook, url: 'https://outlook.office.com.evil.example/mail/', origin: 'https://outlook.office.com.evil.example' }],
    ['an Outlook frame inside another site', { ...senders.outlook, tab: { ...senders.outlook.tab, url: 'https://evil.example/' }, frameId: 4 }],
    ['another extension', senders.otherExtension],
  ])('refuses %s', async (_name, sender) => {
    await expect(handlers.composeWarnings(req(['jane@acme.com']), sender)).rejects.toThrow('only from a Gmail or Outlook page')
  })

  it('refuses more than 100 addresses', async () => {
    await expect(handlers.composeWarnings(req(Array.from({ length: 101 }, (_, i) => `a${i}@x.com`)), CONTENT)).rejects.toThrow('at most 100')
  })

  it('says nothing when the user turned the guard off', async () => {
    await saveSettings(getDb(), { composeGuard: false })
    expect(await handlers.composeWarnings(req(['jane@acme.com']), CONTENT)).toEqual({ enabled: false, warnings: [] })
  })
})
