import { describe, expect, it } from 'vitest'
import type { Contact, WatcherCursor } from '../store/types'
import { rowMeta } from './ContactRow'
import { csvFileName } from './exportList'
import { watcherLines } from './WatcherStatus'
import { groupHints } from './SendingHints'
import { backupFileName } from '../options/BackupPanel'

const NOW = new Date('2026-11-23T12:00:00Z')
const contact = (over: Partial<Contact>): Contact => ({
  address: 'a@x.com', domain: 'x.com', list: 'remove', reason: 'userunknown', status: '', replyCode: '', diagnostic: '',
  remoteMta: '', subject: '', hard: true, escalated: false, bounceCount: 1, softBounceCount: 0, firstBounceAt: '',
  lastBounceAt: '2026-11-20T00:00:00Z', nextRetryAt: '', decision: null, flaggedAt: '', ...over,
})

describe('rowMeta: the second line of a row', () => {
  it.each([
    [{}, 'The address doesn’t exist'],
    [{ list: 'sending', reason: 'authfailure' }, 'Your email failed authentication (SPF, DKIM or DMARC)'],
    [{ list: 'remove', reason: 'mailboxfull', escalated: true }, 'Keeps failing: soft bounces in several different weeks'],
    [{ list: 'retry', reason: 'mailboxfull', nextRetryAt: '2026-11-22T00:00:00Z' }, 'Retry now · The mailbox is full'],
    [{ list: 'retry', reason: 'mailboxfull', nextRetryAt: '' }, 'Retry now · The mailbox is full'],
    [{ list: 'retry', reason: 'toomanyconn', nextRetryAt: '2026-11-26T09:00:00Z' }, 'Next try Nov 26, 2026 · The receiving server is too busy'],
    [{ reason: 'nonsense' as Contact['reason'] }, 'Unknown reason'],
    // A delay notice: the server is still trying, never "gave up" (issue 11, review fixes).
    [{ list: 'pending', reason: 'expired', hard: false }, 'Delayed: the sending server is still trying to deliver it'],
    [{ list: 'pending', reason: 'mailboxfull', hard: false }, 'Delayed: the sending server is still trying to deliver it — The mailbox is full'],
  ] as Array<[Partial<Contact>, string]>)('%j → %s', (over, text) => expect(rowMeta(contact(over), NOW)).toBe(text))
})

describe('watcherLines: the status line from the watcher cursors', () => {
  const cursor = (account: string, state: WatcherCursor['state']): WatcherCursor => ({ account, state, lastPollAt: '', notBefore: '', failures: 0, lastError: '' })
  it.each([
    [[], [['Not watching Gmail yet — open Gmail in this browser to start.', 'idle']]],
    [[cursor('u/0', 'ok'), cursor('u/2', 'ok')], [['Watching Gmail account 1, Gmail account 3', 'ok']]],
    [[cursor('u/0', 'ok'), cursor('u/1', 'signed-out')], [['Watching Gmail account 1', 'ok'], ['Gmail account 2: signed out — open Gmail to sign in', 'warn']]],
    [[cursor('u/0', 'backoff')], [['Gmail account 1: Gmail asked to slow down — trying again later', 'warn']]],
    // The address learnt from the feed's title names the account (issue 11: "u/0" is jargon).
    [[{ ...cursor('u/3', 'ok'), mailbox: 'jane@acme.com' }], [['Watching jane@acme.com', 'ok']]],
    [[cursor('jane@acme.com', 'error')], [['jane@acme.com: could not check for new notices — trying again later', 'warn']]],
  ] as Array<[WatcherCursor[], string[][]]>)('%j', (cursors, lines) => {
    expect(watcherLines(cursors).map((l) => [l.text, l.tone])).toEqual(lines)
  })

  it('links a signed-out Gmail account to its sign-in page', () => {
    expect(watcherLines([cursor('u/1', 'signed-out')])[0].href).toBe('https://mail.google.com/mail/u/1/')
    expect(watcherLines([cursor('jane@acme.com', 'signed-out')])[0].href).toBeUndefined()
  })
})

describe('file names', () => {
  const day = new Date(2026, 10, 23, 9, 30)
  it.each([
    ['remove', 'rebound-remove-2026-11-23.csv'],
    ['retry', 'rebound-retry-2026-11-23.csv'],
    ['sending', 'rebound-sending-issues-2026-11-23.csv'],
  ] as const)('%s → %s', (list, name) => expect(csvFileName(list, day)).toBe(name))
  it('backup', () => expect(backupFileName(day)).toBe('rebound-backup-2026-11-23.json'))
})

describe('groupHints: one "what to fix" per kind of sending problem', () => {
  it('groups contacts by hint, most affected first', () => {
    const groups = groupHints([
      contact({ list: 'sending', reason: 'authfailure' }),
      contact({ list: 'sending', reason: 'blocked' }),
      contact({ list: 'sending', reason: 'authfailure' }),
      contact({ list: 'sending', reason: 'undefined' }),
    ])
    expect(groups).toEqual([
      { key: 'hintAuthFailure', count: 2 },
      { key: 'hintBlocked', count: 1 },
      { key: 'hintSendingGeneric', count: 1 },
    ])
  })
})
