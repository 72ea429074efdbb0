import { describe, expect, it } from 'vitest'
import { BadRequest, checkAccount, checkAddresses, checkGmailId, checkSource } from './validate'

describe('checkSource', () => {
  it('accepts a well-formed source', () => {
    expect(checkSource({ origin: 'gmail', account: 'u/0', id: '123', extra: 'dropped' })).toEqual({ origin: 'gmail', account: 'u/0', id: '123' })
  })
  it.each([
    [{ origin: 'evil', account: '', id: '1' }, /origin/],
    [{ origin: 'gmail', account: 'u/0', id: '' }, /empty/],
    [{ origin: 'gmail', account: 'u/0', id: 5 }, /text/],
    [{ origin: 'gmail', account: 'x'.repeat(400), id: '1' }, /longer/],
    [null, /origin/],
  ])('refuses %j', (source, error) => {
    expect(() => checkSource(source)).toThrow(BadRequest)
    expect(() => checkSource(source)).toThrow(error)
  })
})

describe('Gmail ids and accounts', () => {
  it.each([['1480532333941906195', true], ['12a', false], ['', false], ['1'.repeat(21), false], ['-1', false]])('id %j → %s', (id, ok) => {
    if (ok) expect(checkGmailId(id)).toBe(id)
    else expect(() => checkGmailId(id)).toThrow(BadRequest)
  })
  it.each([['u/0', true], ['u/10', true], ['../x', false], ['u/0/../../', false]])('account %j → %s', (a, ok) => {
    if (ok) expect(checkAccount(a)).toBe(a)
    else expect(() => checkAccount(a)).toThrow(BadRequest)
  })
})

describe('checkAddresses (compose guard)', () => {
  it('lower-cases and deduplicates', () => {
    expect(checkAddresses(['Jane@Acme.com', 'jane@acme.com', ' bob@beta.io '])).toEqual(['jane@acme.com', 'bob@beta.io'])
  })
  it.each([
    ['not a list', 'jane@acme.com'],
    ['101 addresses', Array.from({ length: 101 }, (_, i) => `a${i}@x.com`)],
    ['a number', [42]],
    ['no @', ['jane']],
    ['nothing after @', ['jane@']],
    ['angle brackets', ['Jane <jane@acme.com>']],
    ['too long', [`${'a'.repeat(250)}@x.com`]],
  ])('refuses %s', (_name, v) => expect(() => checkAddresses(v)).toThrow(BadRequest))
  it('takes 100', () => expect(checkAddresses(Array.from({ length: 100 }, (_, i) => `a${i}@x.com`))).toHaveLength(100))
})
