import { describe, expect, it } from 'vitest'
import type { Contact } from '../store/types'
import { accountsIn, arrange, matches } from './listing'

const contact = (address: string, over: Partial<Contact> = {}): Contact => ({
  address, domain: address.split('@')[1], list: 'remove', reason: 'userunknown', status: '5.1.1', replyCode: '550',
  diagnostic: '', remoteMta: '', subject: '', hard: true, escalated: false, bounceCount: 1, softBounceCount: 0,
  firstBounceAt: '2026-11-01T00:00:00Z', lastBounceAt: '2026-11-01T00:00:00Z', nextRetryAt: '', decision: null, flaggedAt: '', ...over,
})

describe('matches (search by address or domain)', () => {
  it.each([
    ['jane@acme.com', '', true],
    ['jane@acme.com', 'JANE', true],
    ['jane@acme.com', 'acme.com', true],
    ['jane@acme.com', '  acme ', true],
    ['jane@acme.com', 'globex', false],
    ['élodie@société.fr', 'société', true],
  ])('%s ~ %j → %s', (address, q, expected) => expect(matches(contact(address), q)).toBe(expected))
})

describe('arrange', () => {
  it('Retry: undated (due) first, then the soonest next try', () => {
    const list = [
      contact('late@x.com', { list: 'retry', nextRetryAt: '2026-11-30T00:00:00Z' }),
      contact('soon@x.com', { list: 'retry', nextRetryAt: '2026-11-20T00:00:00Z' }),
      contact('now@x.com', { list: 'retry', nextRetryAt: '' }),
    ]
    expect(arrange(list, 'retry', '').map((c) => c.address)).toEqual(['now@x.com', 'soon@x.com', 'late@x.com'])
  })

  it('other lists: newest bounce first, address breaks ties', () => {
    const list = [
      contact('b@x.com', { lastBounceAt: '2026-11-02T00:00:00Z' }),
      contact('old@x.com', { lastBounceAt: '2026-10-01T00:00:00Z' }),
      contact('a@x.com', { lastBounceAt: '2026-11-02T00:00:00Z' }),
    ]
    expect(arrange(list, 'remove', '').map((c) => c.address)).toEqual(['a@x.com', 'b@x.com', 'old@x.com'])
  })

  it('filters before sorting and leaves the input untouched', () => {
    const list = [contact('a@acme.com'), contact('b@globex.com')]
    expect(arrange(list, 'remove', 'globex').map((c) => c.address)).toEqual(['b@globex.com'])
    expect(list.map((c) => c.address)).toEqual(['a@acme.com', 'b@globex.com'])
  })
})

describe('filter by account', () => {
  const contacts = [
    contact('a@x.com', { accounts: ['gmail:jane@acme.com'] }),
    contact('b@x.com', { accounts: ['gmail:jane@acme.com', 'outlook:outlook.office.com'] }),
    contact('c@x.com', { accounts: ['import:mail.mbox'] }),
    contact('d@x.com'), // stored before accounts were recorded
  ]
  it('lists the distinct accounts, sorted', () => {
    expect(accountsIn(contacts)).toEqual(['gmail:jane@acme.com', 'import:mail.mbox', 'outlook:outlook.office.com'])
  })
  it.each([
    ['', ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']],
    ['gmail:jane@acme.com', ['a@x.com', 'b@x.com']],
    ['outlook:outlook.office.com', ['b@x.com']],
    ['import:mail.mbox', ['c@x.com']],
  ])('%j keeps %j', (account, expected) => {
    expect(arrange(contacts, 'remove', '', account).map((c) => c.address)).toEqual(expected)
  })
})
