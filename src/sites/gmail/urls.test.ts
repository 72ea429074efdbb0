import { describe, expect, it } from 'vitest'
import { accountFromPath, feedUrl, isAccountKey, rawSourceUrl } from './urls'

describe('accountFromPath', () => {
  it.each([
    ['/mail/u/0/', 'u/0'],
    ['/mail/u/1/', 'u/1'],
    ['/mail/u/12/#inbox', 'u/12'],
    ['/mail/u/3', 'u/3'],
    ['/mail/', 'u/0'],
    ['/mail/u/x/', ''],
    ['/mail/u/123/', ''],
    ['/chat/u/0/', ''],
    ['/', ''],
  ])('%s → %j', (path, account) => expect(accountFromPath(path)).toBe(account))
})

describe('isAccountKey', () => {
  it.each([['u/0', true], ['u/19', true], ['u/', false], ['u/1/2', false], ['x/0', false], ['u/-1', false]])('%s → %s', (k, v) => expect(isAccountKey(k)).toBe(v))
})

describe('Gmail URLs', () => {
  it('feed of an account (GMAIL-FORMATS.md)', () => {
    expect(feedUrl('u/1')).toBe('https://mail.google.com/mail/u/1/feed/atom')
    expect(feedUrl('u/0', 'my label')).toBe('https://mail.google.com/mail/u/0/feed/atom/my%20label')
  })

  it('raw source in the form gmail.js uses, with a cache-buster that changes every time', () => {
    const a = rawSourceUrl('u/0', '1480532333941906195', 1_700_000_000_000)
    const b = rawSourceUrl('u/0', '1480532333941906195', 1_700_000_000_000)
    expect(a.startsWith('https://mail.google.com/mail/u/0/?view=att&permmsgid=msg-f:1480532333941906195&attid=0&disp=comp&safe=1&zw&rb=')).toBe(true)
    expect(a).not.toBe(b)
  })
})
