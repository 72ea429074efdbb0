import { describe, expect, it } from 'vitest'
import { BOM, cell, contactsToCsv } from './csv'
import type { Contact } from '../store/types'

function contact(over: Partial<Contact>): Contact {
  return {
    address: 'jane@acme.com', domain: 'acme.com', list: 'remove', reason: 'userunknown', status: '5.1.1', replyCode: '550',
    diagnostic: '', remoteMta: '', subject: '', hard: true, escalated: false, bounceCount: 1, softBounceCount: 0,
    firstBounceAt: '2026-11-02T10:00:00.000Z', lastBounceAt: '2026-11-02T10:00:00.000Z', nextRetryAt: '', decision: null,
    flaggedAt: '', newSinceDecision: 0, ...over,
  }
}

/** A strict RFC 4180 reader, so the test checks what a spreadsheet would see, cell by cell. */
function parse(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < csv.length) {
    let value = ''
    if (csv[i] === '"') {
      i++
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') { value += '"'; i += 2 }
        else if (csv[i] === '"') { i++; break }
        else if (i >= csv.length) throw new Error('unterminated quote')
        else value += csv[i++]
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') throw new Error('bare quote')
        value += csv[i++]
      }
    }
    row.push(value)
    if (csv[i] === ',') i++
    else if (csv.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2 }
    else if (i < csv.length) throw new Error(`bad line end at ${i}`)
  }
  if (row.length) rows.push(row)
  return rows
}

describe('cell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['lf\nonly', '"lf\nonly"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+33 1 23', "'+33 1 23"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['', ''],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, expected) => {
    expect(cell(input)).toBe(expected)
  })
})

describe('contactsToCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = contactsToCsv([contact({})])
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('writes a header and the issue 3 columns, read back cell by cell', () => {
    const rows = parse(
      contactsToCsv([
        contact({ address: 'josé.müller@société.fr', domain: 'société.fr', subject: 'Café à Zürich — offre', bounceCount: 2 }),
        contact({
          address: '=cmd|"/c calc"!a0@evil.com', domain: 'evil.com', list: 'retry', reason: 'mailboxfull', status: '4.2.2',
          replyCode: '452', nextRetryAt: '2026-11-05T10:00:00.000Z', hard: false,
          diagnostic: '<script>alert("x")</script>, <b>mailbox</b>\r\nfull "really"',
        }),
        contact({ address: 'spam@blocked.com', list: 'sending', reason: 'authfailure', status: '5.7.26', escalated: false }),
        contact({ address: 'old@x.com', reason: 'mailboxfull', escalated: true }),
      ]).slice(1),
    )
    expect(rows[0]).toEqual(['email', 'status', 'reason', 'code', 'last bounce date', 'bounce count', 'next retry date', 'subject', 'domain', 'server message'])
    expect(rows[1]).toEqual(['josé.müller@société.fr', 'remove', 'userunknown', '5.1.1 550', '2026-11-02', '2', '', 'Café à Zürich — offre', 'société.fr', ''])
    expect(rows[2][0]).toBe(`'=cmd|"/c calc"!a0@evil.com`)
    expect(rows[2].slice(1, 7)).toEqual(['retry', 'mailboxfull', '4.2.2 452', '2026-11-02', '1', '2026-11-05'])
    expect(rows[2][9]).toBe('<script>alert("x")</script>, <b>mailbox</b>\r\nfull "really"')
    expect(rows[3][1]).toBe('sending issue')
    expect(rows[4][2]).toBe('keeps failing (mailboxfull)')
    expect(rows.length).toBe(5)
  })

  it('accents survive UTF-8 encoding with the BOM bytes first', () => {
    const bytes = new TextEncoder().encode(contactsToCsv([contact({ address: 'zoë@café.fr' })]))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('zoë@café.fr')
  })

  it('takes translated labels from the caller', () => {
    const rows = parse(
      contactsToCsv([contact({})], {
        status: { remove: 'à supprimer', retry: 'à réessayer', sending: "problème d'envoi", pending: 'en attente', cleared: 'traité' },
        reason: () => "L'adresse n'existe pas",
      }).slice(1),
    )
    expect(rows[1].slice(1, 3)).toEqual(['à supprimer', "L'adresse n'existe pas"])
  })

  it('an empty list is just the header', () => {
    expect(parse(contactsToCsv([]).slice(1)).length).toBe(1)
  })
})
