import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BOM, cell, contactsToCsv } from './csv'
import type { CsvSeparator } from './separator'
import type { Contact } from '../store/types'
import { csvLabels } from '../ui/csv-labels'

afterEach(() => vi.unstubAllGlobals())

function contact(over: Partial<Contact>): Contact {
  return {
    address: 'jane@acme.com', domain: 'acme.com', list: 'remove', reason: 'userunknown', status: '5.1.1', replyCode: '550',
    diagnostic: '', remoteMta: '', subject: '', hard: true, escalated: false, bounceCount: 1, softBounceCount: 0,
    firstBounceAt: '2026-11-02T10:00:00.000Z', lastBounceAt: '2026-11-02T10:00:00.000Z', nextRetryAt: '', decision: null,
    flaggedAt: '', newSinceDecision: 0, ...over,
  }
}

/** The popup's labels as chrome.i18n serves them in French (public/_locales/fr). */
function frenchLabels() {
  const fr = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string }>
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => fr[key]?.message ?? '', getUILanguage: () => 'fr' } })
  return csvLabels()
}

/** A strict RFC 4180 reader, so the test checks what a spreadsheet would see, cell by cell. */
function parse(csv: string, sep: CsvSeparator = ','): string[][] {
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
      while (i < csv.length && csv[i] !== sep && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') throw new Error('bare quote')
        value += csv[i++]
      }
    }
    row.push(value)
    if (csv[i] === sep) i++
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

describe('cell with ";" as the separator', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['a,b', 'a,b'],
    ['1,5', '1,5'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=SUM(A1;A2)', `"'=SUM(A1;A2)"`],
    ['-1,5', "'-1,5"],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(cell(input, ';')).toBe(expected)
  })
})

describe('contactsToCsv', () => {
  const english = csvLabels()

  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = contactsToCsv([contact({})], english)
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
      ], english).slice(1),
    )
    expect(rows[0]).toEqual([
      'email', 'status', 'reason', 'code', 'last bounce date', 'bounce count', 'next retry date', 'subject', 'domain', 'server message', 'reason code',
    ])
    expect(rows[1]).toEqual([
      'josé.müller@société.fr', 'remove', 'The address doesn’t exist', '5.1.1 550', '2026-11-02', '2', '', 'Café à Zürich — offre', 'société.fr', '', 'userunknown',
    ])
    expect(rows[2][0]).toBe(`'=cmd|"/c calc"!a0@evil.com`)
    expect(rows[2].slice(1, 7)).toEqual(['retry', 'The mailbox is full', '4.2.2 452', '2026-11-02', '1', '2026-11-05'])
    expect(rows[2][9]).toBe('<script>alert("x")</script>, <b>mailbox</b>\r\nfull "really"')
    expect(rows[2][10]).toBe('mailboxfull')
    expect(rows[3].slice(1, 3)).toEqual(['sending issue', 'Your email failed authentication (SPF, DKIM or DMARC)'])
    expect(rows[4][2]).toBe('Keeps failing: soft bounces in several different weeks — The mailbox is full')
    expect(rows[4][10]).toBe('mailboxfull')
    expect(rows.length).toBe(5)
  })

  it('accents survive UTF-8 encoding with the BOM bytes first', () => {
    const bytes = new TextEncoder().encode(contactsToCsv([contact({ address: 'zoë@café.fr' })], english))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('zoë@café.fr')
  })

  it('an empty list is just the header', () => {
    expect(parse(contactsToCsv([], english).slice(1))).toHaveLength(1)
  })
})

describe('contactsToCsv in French with ";"', () => {
  const csv = () =>
    contactsToCsv([
      contact({ address: 'marie.hélène@société.fr', domain: 'société.fr', subject: 'Devis n° 12 ; remise de 2,5 %', diagnostic: '550 5.1.1 <x>: unknown; see "help"' }),
      contact({ address: '+33@formule.fr', list: 'retry', reason: 'mailboxfull', hard: false, nextRetryAt: '2026-11-05T10:00:00.000Z' }),
      contact({ address: 'old@x.com', reason: 'mailboxfull', escalated: true }),
      contact({ address: 'spam@blocked.com', list: 'sending', reason: 'authfailure', status: '5.7.26' }),
    ], frenchLabels(), ';')

  it('separates with ";" and quotes only the fields that hold one (or a quote or a line break)', () => {
    const lines = csv().slice(1).split('\r\n')
    expect(lines[0].split(';')).toHaveLength(11)
    expect(lines[1]).toContain(';"Devis n° 12 ; remise de 2,5 %";')
    expect(lines[1]).toContain(';"550 5.1.1 <x>: unknown; see ""help""";')
    // A comma is plain text when ";" separates: no quotes.
    expect(lines[4]).toContain(';Votre e-mail n’a pas passé l’authentification (SPF, DKIM ou DMARC);')
  })

  it('reads back cell by cell with French words and the engine’s reason code', () => {
    const rows = parse(csv().slice(1), ';')
    expect(rows[0]).toEqual([
      'adresse e-mail', 'statut', 'motif', 'code', 'date du dernier retour', 'nombre de retours', 'date du prochain essai', 'objet', 'domaine',
      'réponse du serveur', 'code du motif',
    ])
    expect(rows[1]).toEqual([
      'marie.hélène@société.fr', 'à retirer', 'L’adresse n’existe pas', '5.1.1 550', '2026-11-02', '1', '', 'Devis n° 12 ; remise de 2,5 %', 'société.fr',
      '550 5.1.1 <x>: unknown; see "help"', 'userunknown',
    ])
    expect(rows[2].slice(0, 3)).toEqual(["'+33@formule.fr", 'à réessayer', 'La boîte aux lettres est pleine'])
    expect(rows[2][6]).toBe('2026-11-05')
    expect(rows[3][2]).toBe('Échoue sans cesse\u00a0: retours temporaires sur plusieurs semaines — La boîte aux lettres est pleine')
    expect(rows[3][10]).toBe('mailboxfull')
    expect(rows[4].slice(1, 3)).toEqual(['problème d’envoi', 'Votre e-mail n’a pas passé l’authentification (SPF, DKIM ou DMARC)'])
    expect(rows[4][10]).toBe('authfailure')
    expect(rows).toHaveLength(5)
  })
})
