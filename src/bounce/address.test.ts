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
    // Issue 9, class 3: prefixes and quotes notices write before an address are not part of it.
    ['smtp=jane@client.example', 'jane@client.example'],
    ['SMTP:jane@client.example', 'jane@client.example'],
    ['c=US;a= ;p=Client Org;o=Exchange;dda:SMTP=jane@client.example;', 'jane@client.example'],
    ["'jane@client.example'", 'jane@client.example'],
    ["'jane@client.example", 'jane@client.example'],
    ['`jane@client.example`', 'jane@client.example'],
    ['rfc822;jane@client.example', 'jane@client.example'],
    ['RFC822:jane@client.example', 'jane@client.example'],
    ['jane@client.example.,', 'jane@client.example'],
    ['<jane@client.example>;', 'jane@client.example'],
    ['(jane@client.example)', 'jane@client.example'],
    ['<Joe Smith@AOL.com>', 'JoeSmith@aol.com'],
    // What stays: "=" and "'" inside a local part (SRS, VERP, O'Brien), a quoted local part.
    ['SRS0=abcd=XY=client.example=jane@relay.example', 'SRS0=abcd=XY=client.example=jane@relay.example'],
    ["o'brien@client.example", "o'brien@client.example"],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(cleanAddress(input)).toBe(expected))
})
