import { describe, expect, it } from 'vitest'
import { cleanAddress } from './address'

describe('cleanAddress', () => {
  it.each([
    ['rfc822; <Jane.Doe@Example.COM>', 'Jane.Doe@example.com'],
    ['RFC822; kijitora@example.jp.', 'kijitora@example.jp'],
    ['utf-8; jöhn@bücher.example', 'jöhn@bücher.example'],
    ['rfc822; "neko....nyaan...."@libsisimai.org', '"neko....nyaan...."@libsisimai.org'],
    ['Jane <mailto:jane@acme.example>', 'jane@acme.example'],
    ['rfc822; no-address-here', ''],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(cleanAddress(input)).toBe(expected))
})
