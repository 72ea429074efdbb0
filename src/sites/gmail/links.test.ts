import { describe, expect, it } from 'vitest'
import { accountPath, messageIdSearchUrl, messageUrl } from './links'

describe('accountPath', () => {
  it.each([
    ['u/1', 'Sales.Second@example.org', 'u/sales.second@example.org'],
    ['u/1', '', 'u/1'],
    ['u/1', 'not an address', 'u/1'],
    ['u/1', 'evil@x.com/../../', 'u/1'],
    ['', '', 'u/0'],
    ['u/999', '', 'u/0'],
  ])('%s, %j → %s', (account, mailbox, path) => expect(accountPath(account, mailbox)).toBe(path))
})

describe('messageIdSearchUrl', () => {
  it('searches rfc822msgid: without brackets, encoded whole ("+" would read as a space)', () => {
    const url = messageIdSearchUrl('u/jane@example.com', '<CAByYQsGrt+VGGj=QW$x@mail.example.com>')
    expect(url).toBe('https://mail.google.com/mail/u/jane@example.com/#search/rfc822msgid%3ACAByYQsGrt%2BVGGj%3DQW%24x%40mail.example.com')
    expect(decodeURIComponent(url.split('#search/')[1])).toBe('rfc822msgid:CAByYQsGrt+VGGj=QW$x@mail.example.com')
  })
  it.each(['', '<>', 'two words@x', 'x'.repeat(600)])('%j → no link', (id) => expect(messageIdSearchUrl('u/0', id)).toBe(''))
})

describe('messageUrl', () => {
  it.each([
    [{ decimal: '1480532333941906195' }, 'https://mail.google.com/mail/u/0/#all/148be85043165b13'],
    [{ hex: '148BE85043165B13' }, 'https://mail.google.com/mail/u/0/#all/148be85043165b13'],
    [{ decimal: '12ab' }, ''],
    [{ hex: 'zz' }, ''],
  ])('%j → %s', (id, url) => expect(messageUrl('u/0', id)).toBe(url))
})
