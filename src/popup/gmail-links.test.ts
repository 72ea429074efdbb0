import { describe, expect, it } from 'vitest'
import type { BounceEvent, SeenNotice, WatcherCursor } from '../store/types'
import { gmailLinks, linkedEvent } from './gmail-links'

const event = (over: Partial<BounceEvent>): BounceEvent => ({
  key: 'k', noticeKey: 'mid:notice-1@mx.example', address: 'a@x.com', domain: 'x.com', action: 'failed', status: '4.2.2', replyCode: '',
  reason: 'mailboxfull', hard: false, verdict: 'retry', diagnostic: '', remoteMta: '', at: '2026-11-02T10:00:00.000Z', subject: '',
  originalMessageId: '<orig-1@sales.example>', ingestedAt: '2026-11-02T10:00:00.000Z', ...over,
})
const seen = (noticeKey: string): SeenNotice => ({ noticeKey, kind: 'bounce', seenAt: '', recipients: 1, eventsKey: 'mid:notice-1@mx.example' })
const cursor = (account: string, mailbox?: string): WatcherCursor => ({ account, state: 'ok', lastPollAt: '', notBefore: '', failures: 0, lastError: '', mailbox })
const G = 'https://mail.google.com/mail'

describe('gmailLinks', () => {
  it('read by the watcher in u/1: that account by its address, the notice by its Gmail id', () => {
    const links = gmailLinks(event({}), [seen('gmail:u/1:1480532333941906195')], [cursor('u/0', 'a@example.com'), cursor('u/1', 'b@example.org')])
    expect(links).toEqual({
      original: `${G}/u/b@example.org/#search/rfc822msgid%3Aorig-1%40sales.example`,
      notice: `${G}/u/b@example.org/#all/148be85043165b13`,
    })
  })

  it('account address unknown: u/N', () => {
    expect(gmailLinks(event({}), [seen('gmail:u/2:1480532333941906195')], []).original).toBe(`${G}/u/2/#search/rfc822msgid%3Aorig-1%40sales.example`)
  })

  it('events keyed by the Gmail origin (no Message-ID on the notice)', () => {
    const links = gmailLinks(event({ noticeKey: 'gmail:u/1:1480532333941906195' }), [], [cursor('u/1', 'b@example.org')])
    expect(links.notice).toBe(`${G}/u/b@example.org/#all/148be85043165b13`)
  })

  it('read by the Gmail API scan: its account address and hex id', () => {
    const links = gmailLinks(event({}), [seen('gmail-api:c@example.net:18c2f0a1b2c3d4e5')], [])
    expect(links).toEqual({ original: `${G}/u/c@example.net/#search/rfc822msgid%3Aorig-1%40sales.example`, notice: `${G}/u/c@example.net/#all/18c2f0a1b2c3d4e5` })
  })

  it('imported from a file: the first account, the notice found by its own Message-ID', () => {
    const links = gmailLinks(event({}), [seen('import:mbox:file.mbox#3')], [cursor('u/0', 'a@example.com')])
    expect(links).toEqual({ original: `${G}/u/a@example.com/#search/rfc822msgid%3Aorig-1%40sales.example`, notice: `${G}/u/a@example.com/#search/rfc822msgid%3Anotice-1%40mx.example` })
  })

  it('no quoted Message-ID: no link to the original', () => {
    expect(gmailLinks(event({ originalMessageId: '' }), [], []).original).toBe('')
  })
})

describe('linkedEvent', () => {
  it('the newest event that quotes the original, else the newest', () => {
    const a = event({ key: 'a', at: '2026-11-01T00:00:00Z' })
    const b = event({ key: 'b', at: '2026-11-03T00:00:00Z', originalMessageId: '' })
    expect(linkedEvent([a, b])?.key).toBe('a')
    expect(linkedEvent([b])?.key).toBe('b')
    expect(linkedEvent([])).toBeUndefined()
  })
})
