/**
 * Issue 9, class 7: one reader of header-style field blocks for the whole engine (returned headers,
 * delivery-status parts, DSNs inlined in text, ARF reports). The four former readers now agree.
 */
import { describe, expect, it } from 'vitest'
import { statusGroups } from './dialects/mta/lib/delivery-status'
import { originalFrom } from './dialects/mta/lib/original'
import { readFieldBlocks, readFields } from './fields'
import { ORIGINAL_FIELDS, originalFromHeaders, readHeaderBlock } from './original'
import { recipientsFromFields } from './rfc3464'
import { ENDINGS } from './test-notice'

const DSN = [
  'Reporting-MTA: dns; mx.client.example',
  'Arrival-Date: Mon, 3 Nov 2025 10:00:00 +0000',
  '',
  'Final-Recipient: rfc822; jane.doe@client.example',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <jane.doe@client.example>:',
  '    Recipient address rejected: User unknown',
  '',
  'Final-Recipient: rfc822; john.roe@client.example',
  'Action: delayed',
  'Status: 4.2.2',
  // No blank line: an MTA that leaves it out between two recipients.
  'Final-Recipient: rfc822; ann.poe@client.example',
  'Action: failed',
  'Status: 5.2.1',
  '',
].join('\n')

const HEADERS = [
  'Message-ID: <m1@acme.example>',
  'Subject: =?UTF-8?Q?Proposition_commerciale?=',
  'To: Jane Doe <jane.doe@client.example>,',
  '  John Roe <john.roe@client.example>',
  // Exchange's NDR text re-wraps long header lines without indenting them: skipped, not the end.
  'X-Long: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'bbbbbbbbbb continued without indent',
  'Date: Mon, 3 Nov 2025 09:58:00 +0000',
  'Subject: a second Subject loses to the first',
  '',
  'Body: not a header',
].join('\n')

describe('readFieldBlocks / readFields', () => {
  for (const [ending, to] of ENDINGS) {
    it(`splits a DSN into per-message and per-recipient blocks (${ending})`, () => {
      const blocks = readFieldBlocks(to(DSN), { restartOn: new Set(['final-recipient']) })
      expect(blocks.map((b) => b.get('final-recipient') ?? b.get('reporting-mta'))).toEqual([
        'dns; mx.client.example', 'rfc822; jane.doe@client.example', 'rfc822; john.roe@client.example', 'rfc822; ann.poe@client.example',
      ])
      expect(blocks[1].get('diagnostic-code')).toBe('smtp; 550 5.1.1 <jane.doe@client.example>: Recipient address rejected: User unknown')
    })

    it(`reads one header block to its first blank line, first field wins (${ending})`, () => {
      const h = readFields(to(HEADERS))
      expect(h.get('to')).toBe('Jane Doe <jane.doe@client.example>, John Roe <john.roe@client.example>')
      expect(h.get('subject')).toBe('=?UTF-8?Q?Proposition_commerciale?=')
      expect(h.get('date')).toBe('Mon, 3 Nov 2025 09:58:00 +0000')
      expect(h.has('body')).toBe(false)
      expect(readFields(to(HEADERS), { only: new Set(['date']) })).toEqual(new Map([['date', 'Mon, 3 Nov 2025 09:58:00 +0000']]))
    })

    it(`the engine's readers all agree on the same text (${ending})`, () => {
      const text = to(DSN)
      expect(statusGroups(text).map((g) => [g.address, g.action, g.status])).toEqual(
        recipientsFromFields(text).map((r) => [r.address, r.action, r.status]),
      )
      const original = originalFromHeaders(readHeaderBlock(to(HEADERS), ORIGINAL_FIELDS))
      expect(originalFrom(to(HEADERS))).toEqual(original)
      expect(original?.to).toEqual(['jane.doe@client.example', 'john.roe@client.example'])
      expect(original?.subject).toBe('Proposition commerciale')
    })
  }

  it('takes no prose for a field name', () => {
    const b = readFieldBlocks('See https://example.com/x for help\nThis line: has spaces before its colon\nStatus: 5.1.1\n')
    expect([...b[0].keys()]).toEqual(['status'])
    expect(readFieldBlocks('a-very-long-name-that-is-no-header-field-name-at-all-because-it-goes-on: x\n')).toEqual([])
  })
})
