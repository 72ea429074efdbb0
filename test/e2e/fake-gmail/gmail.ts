/**
 * A fake mail.google.com served by request interception (`context.route` also catches the service
 * worker's fetches), plus the real HTTPS server its raw-source redirect points to.
 * Per account: a feed mode (the feed, a sign-in page, or an HTTP error), its messages, and counters
 * of what the extension asked for, so tests can check what was (not) fetched.
 */
import type { BrowserContext, Route } from 'playwright-core'
import { ATTACHMENT_HOST, startAttachmentServer, type AttachmentServer } from './attachment-server'
import { atomFeed, SIGN_IN_PAGE } from './feed'
import { served, type FakeMessage } from './messages'
import { gmailPage } from './page'

/** 'sign-in': the sign-in page served in place; 'redirect': a 302 to accounts.google.com (real Gmail signed out). */
export type FeedMode = 'feed' | 'sign-in' | 'redirect' | { status: number; retryAfter?: string }

export interface FakeAccount {
  mailbox: string
  feed: FeedMode
  /** Messages in the inbox, newest first; `unread` ones are listed in the feed. */
  messages: (FakeMessage & { unread?: boolean })[]
}

export class FakeGmail {
  readonly accounts = new Map<string, FakeAccount>()
  /** Feed requests per account ("u/0"). */
  readonly feedHits = new Map<string, number>()
  /** Times (ms) of the feed requests per account, to check the back-off's spacing. */
  readonly feedTimes = new Map<string, number[]>()
  /** Requests that reached accounts.google.com (Rebound should make none). */
  accountsHits = 0
  /** Raw-source requests to mail.google.com per "u/N:<id>". */
  readonly sourceHits = new Map<string, number>()
  /** The same, split by who asked: "page:u/N:<id>" (content script) or "worker:u/N:<id>". */
  readonly sourceHitsBy = new Map<string, number>()
  attachments!: AttachmentServer

  static async start(): Promise<FakeGmail> {
    const fake = new FakeGmail()
    fake.attachments = await startAttachmentServer((account, id) => {
      const a = fake.accounts.get(account)
      const m = a?.messages.find((x) => x.id === id)
      return a && m ? served(m, a.mailbox) : undefined
    })
    return fake
  }

  account(key: string, mailbox: string, messages: FakeAccount['messages'], feed: FeedMode = 'feed'): FakeAccount {
    const a = { mailbox, feed, messages }
    this.accounts.set(key, a)
    return a
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route('https://mail.google.com/**', (route) => this.handle(route))
    await context.route('https://accounts.google.com/**', (route) => {
      this.accountsHits++
      return route.fulfill({ status: 200, contentType: 'text/html', body: SIGN_IN_PAGE })
    })
  }

  /** "u/1" for "u/1" or for "u/<that account's address>". */
  private keyOf(path: string): string | undefined {
    if (/^u\/\d+$/.test(path)) return path
    return [...this.accounts].find(([, a]) => `u/${a.mailbox}` === path.toLowerCase())?.[0]
  }

  private count(map: Map<string, number>, key: string) {
    map.set(key, (map.get(key) ?? 0) + 1)
  }

  private async handle(route: Route): Promise<void> {
    const url = new URL(route.request().url())
    const m = /^\/mail\/(u\/[^/]+)\/(.*)$/.exec(url.pathname)
    // Gmail also names an account by its address, whatever its index: /mail/u/jane@example.com/.
    const key = m ? this.keyOf(decodeURIComponent(m[1])) : undefined
    const account = key ? this.accounts.get(key) : undefined
    // An index with no account signed in: Gmail sends the feed to the sign-in page.
    if (m && !account && /^u\/\d+$/.test(m[1]) && m[2].startsWith('feed/atom')) {
      this.count(this.feedHits, m[1])
      return route.fulfill({ status: 302, headers: { Location: 'https://accounts.google.com/ServiceLogin?service=mail' }, body: '' })
    }
    if (!m || !key || !account) return route.fulfill({ status: 404, contentType: 'text/html', body: '<html><body>404</body></html>' })
    const rest = m[2]

    if (rest === 'feed/atom' || rest.startsWith('feed/atom/')) {
      this.count(this.feedHits, key)
      this.feedTimes.set(key, [...(this.feedTimes.get(key) ?? []), Date.now()])
      const mode = account.feed
      if (mode === 'sign-in') return route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: SIGN_IN_PAGE })
      if (mode === 'redirect') {
        const login = `https://accounts.google.com/ServiceLogin?service=mail&passive=1209600&continue=${encodeURIComponent(url.href)}`
        return route.fulfill({ status: 302, headers: { Location: login }, body: '' })
      }
      if (mode !== 'feed') {
        return route.fulfill({ status: mode.status, contentType: 'text/html', headers: mode.retryAfter ? { 'Retry-After': mode.retryAfter } : {}, body: `<html><body>Error ${mode.status}</body></html>` })
      }
      const unread = account.messages.filter((x) => x.unread !== false).map((x) => ({ ...x, summary: x.text.replace(/\s+/g, ' ').slice(0, 180) }))
      return route.fulfill({ status: 200, contentType: 'application/atom+xml; charset=UTF-8', body: atomFeed(account.mailbox, unread) })
    }

    if (rest === '' && url.searchParams.get('view') === 'att') {
      // ?view=att&permmsgid=msg-f:<decimal>&attid=0&disp=comp&safe=1&zw → redirect to the attachment host.
      const id = (url.searchParams.get('permmsgid') ?? '').replace('msg-f:', '')
      this.count(this.sourceHits, `${key}:${id}`)
      this.count(this.sourceHitsBy, `${route.request().serviceWorker() ? 'worker' : 'page'}:${key}:${id}`)
      if (account.feed === 'sign-in' || account.feed === 'redirect') return route.fulfill({ status: 200, contentType: 'text/html', body: SIGN_IN_PAGE })
      const target = `https://${ATTACHMENT_HOST}/attachment/${key}/?ui=2&ik=5f3a1b2c4d&attid=0&permmsgid=msg-f:${id}&th=${BigInt(id || '0').toString(16)}&view=att&disp=comp&safe=1&zw&saddbat=ANGjdJ8`
      return route.fulfill({ status: 302, headers: { Location: target, 'Cache-Control': 'no-cache, no-store' }, body: '' })
    }

    if (rest === '') return route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: gmailPage(key, account.mailbox, account.messages) })
    return route.fulfill({ status: 404, contentType: 'text/html', body: '<html><body>404</body></html>' })
  }

  async close(): Promise<void> {
    await this.attachments.close()
  }
}
