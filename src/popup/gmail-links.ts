/**
 * The detail view's two Gmail links (issue 11): the original email, found by its Message-ID, so the
 * user can resend it, and the notice itself. Both open in the account that received the notice,
 * by its address when the watcher has read it from the feed. Pure: data.ts gathers the inputs.
 */
import type { BounceEvent, SeenNotice, WatcherCursor } from '../store/types'
import { accountPath, messageIdSearchUrl, messageUrl } from '../sites/gmail/links'

export interface GmailLinks {
  /** Gmail's search for the email that bounced; "" when the notice did not quote its Message-ID. */
  original: string
  /** The notice in Gmail; "" when where it sits is unknown. */
  notice: string
}

/** The event the links are about: the latest one that quotes the original's Message-ID. */
export function linkedEvent(events: readonly BounceEvent[]): BounceEvent | undefined {
  const newest = [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  return newest.find((e) => e.originalMessageId) ?? newest[0]
}

/** "gmail:u/1:1480…" → { origin, account, id } (the account holds no ":"; the id may). */
function parseOrigin(noticeKey: string): { origin: string; account: string; id: string } {
  const a = noticeKey.indexOf(':')
  const b = noticeKey.indexOf(':', a + 1)
  if (a < 0 || b < 0) return { origin: '', account: '', id: '' }
  return { origin: noticeKey.slice(0, a), account: noticeKey.slice(a + 1, b), id: noticeKey.slice(b + 1) }
}

export function gmailLinks(event: BounceEvent, sightings: readonly SeenNotice[], cursors: readonly WatcherCursor[]): GmailLinks {
  const mailboxOf = (account: string) => cursors.find((c) => c.account === account)?.mailbox ?? ''
  const read = [event.noticeKey, ...sightings.map((s) => s.noticeKey)].map(parseOrigin)
  // The watcher's and the Gmail page's readings name the account and Gmail's id; the API scan's too.
  const page = read.find((r) => r.origin === 'gmail')
  const api = read.find((r) => r.origin === 'gmail-api')
  let path: string
  let notice = ''
  if (page) {
    path = accountPath(page.account, mailboxOf(page.account))
    notice = messageUrl(path, { decimal: page.id })
  } else if (api) {
    path = accountPath('', api.account)
    if (!api.id.startsWith('mid:')) notice = messageUrl(path, { hex: api.id })
  } else {
    path = accountPath('u/0', mailboxOf('u/0')) // read from a file: the first account is the best guess
  }
  if (!notice && event.noticeKey.startsWith('mid:')) notice = messageIdSearchUrl(path, event.noticeKey.slice(4))
  return { original: messageIdSearchUrl(path, event.originalMessageId), notice }
}
