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
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs: string[] = []) => (fr[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? ''), getUILanguage: () => 'fr' } })
  return csvLabels()
}

/**
 * A strict RFC 4180 reader, so the test checks what a spreadsheet would see, cell by cell. Lenient,
 * it reads as Excel does a file written with the other separator: text after a closing quote, up
 * to the next separator, is added to the cell.
 */
function parse(csv: string, sep: CsvSeparator = ',', lenient = false): string[][] {
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
      while (lenient && i < csv.length && csv[i] !== sep && csv[i] !== '\r' && csv[i] !== '\n') value += csv[i++]
    } else {
      while (i < csv.length && csv[i] !== sep && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"' && !lenient) throw new Error('bare quote')
        value += csv[i++]
      }
    }
    row.push(value)
    if (csv[i] === sep) i++
    else if (csv.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2 }
    else if (lenient && (csv[i] === '\r' || csv[i] === '\n')) { rows.push(row); row = []; i += 1 }
    else if (i < csv.length) throw new Error(`bad line end at ${i}`)
  }
  if (row.length) rows.push(row)
  return rows
}

/** What a spreadsheet may take for a formula: a formula start past what it may skip. */
const FORMULA_START = /^[\x00-\x08\x0b\x0c\x0e-\x20"\xa0\xad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\t\r\n]*[=+\-@\uff1d\uff0b\uff0d\uff20]/

// Each value with the cell written for it. The same cell whatever the separator: the file may be
// opened with the other one (a ',' file read by a ';' Excel), so both are quoted in either.
const CELLS: [string, string][] = [
  ['plain', 'plain'],
  ['', ''],
  ['a=b', 'a=b'],
  ['a,b', '"a,b"'],
  ['a;b', '"a;b"'],
  ['1,5', '"1,5"'],
  ['tab\there', '"tab\there"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\r\nlines', '"two\r\nlines"'],
  ['lf\nonly', '"lf\nonly"'],
  // Formula starts at the cell's start.
  ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ['+33 1 23', "'+33 1 23"],
  ['-1+2', "'-1+2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', `"'\t'=1"`],
  ['\r=1', `"'\r'=1"`],
  ['\rplain', `"'\rplain"`],
  ['=SUM(A1;A2)', `"'=SUM(A1;A2)"`],
  ['-1,5', `"'-1,5"`],
  // ... past what a spreadsheet may skip: spaces, NUL, zero-width, BOM, no-break and ideographic spaces.
  ['  =1+1', "'  =1+1"],
  ['\u0000=1+1', "'\u0000=1+1"],
  ['\u200b=1+1', "'\u200b=1+1"],
  ['\u200d\u2060@x', "'\u200d\u2060@x"],
  ['\ufeff+1', "'\ufeff+1"],
  ['\u00a0\u3000-1', "'\u00a0\u3000-1"],
  // Full-width forms.
  ['\uff1dcmd|"/c calc"!a0', `"'\uff1dcmd|""/c calc""!a0"`],
  ['\uff0b1', "'\uff0b1"],
  ['\uff0d1', "'\uff0d1"],
  ['\uff20SUM(A1)', "'\uff20SUM(A1)"],
  // Formula starts after a separator or a line break: the other separator's reader starts a cell there.
  ['x;=cmd|"/c calc"!a0', `"x;'=cmd|""/c calc""!a0"`],
  ['x,=cmd|"/c calc"!a0', `"x,'=cmd|""/c calc""!a0"`],
  ['x; \u200b=1', `"x; \u200b'=1"`],
  ['x;"=1"', `"x;""'=1"""`],
  ['x\t@SUM(A1)', `"x\t'@SUM(A1)"`],
  ['x\r\n-1', `"x\r\n'-1"`],
  ['x;;,;+1', `"x;;,;'+1"`],
  ['x,\uff1d1', `"x,'\uff1d1"`],
  ['Offre, -20 %', `"Offre, '-20 %"`],
  ['550 5.1.1 unknown; see help', '"550 5.1.1 unknown; see help"'],
]

describe.each([',', ';'] as const)('cell with %j as the separator', (sep) => {
  it.each(CELLS)('%j → %j', (input, expected) => {
    expect(cell(input, sep)).toBe(expected)
  })
})

describe.each([',', ';'] as const)('a file written with %j', (sep) => {
  const written = () => contactsToCsv(CELLS.map(([value]) => contact({ address: value, subject: value, diagnostic: value })), csvLabels(), sep).slice(1)

  it.each([',', ';'] as const)('read with %j shows no formula in any cell', (readSep) => {
    const rows = parse(written(), readSep, readSep !== sep)
    expect(rows.length).toBeGreaterThanOrEqual(CELLS.length + 1)
    for (const value of rows.flat()) expect(value, JSON.stringify(value)).not.toMatch(FORMULA_START)
  })

  it('split by a reader that ignores quotes, at every separator, tab and line break, shows no formula', () => {
    const pieces = written().split(/[,;\t\r\n]/)
    expect(pieces.length).toBeGreaterThan(CELLS.length * 3)
    for (const piece of pieces) expect(piece, JSON.stringify(piece)).not.toMatch(FORMULA_START)
  })

  it('reads back with its own separator to the values, each formula start behind a quote mark', () => {
    const rows = parse(written(), sep).slice(1)
    rows.forEach((row, i) => expect(row[7].replace(/'/g, '')).toBe(CELLS[i][0].replace(/'/g, '')))
  })
})

describe('cell on a long run of separators', () => {
  it('stays linear: 200,000 separators then a formula', () => {
    const value = ';,'.repeat(100_000) + '=1'
    expect(cell(value)).toBe(`"${';,'.repeat(100_000)}'=1"`)
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
      'email', 'status', 'reason', 'code', 'last bounce date', 'bounce count', 'next retry date', 'subject', 'domain', 'server message', 'reason code', 'account',
    ])
    expect(rows[1]).toEqual([
      'josé.müller@société.fr', 'remove', 'The address doesn’t exist', '5.1.1 550', '2026-11-02', '2', '', 'Café à Zürich — offre', 'société.fr', '', 'userunknown', '',
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
      contact({
        address: 'marie.hélène@société.fr', domain: 'société.fr', subject: 'Devis n° 12 ; remise de 2,5 %', diagnostic: '550 5.1.1 <x>: unknown; see "help"',
        accounts: ['gmail:marie@exemple.fr', 'import:Takeout « 2025 ».mbox'],
      }),
      contact({ address: '+33@formule.fr', list: 'retry', reason: 'mailboxfull', hard: false, nextRetryAt: '2026-11-05T10:00:00.000Z' }),
      contact({ address: 'old@x.com', reason: 'mailboxfull', escalated: true }),
      contact({ address: 'spam@blocked.com', list: 'sending', reason: 'authfailure', status: '5.7.26' }),
    ], frenchLabels(), ';')

  it('separates with ";" and quotes the fields that hold either separator, a quote or a line break', () => {
    const lines = csv().slice(1).split('\r\n')
    expect(lines[0].split(';')).toHaveLength(12)
    expect(lines[1]).toContain(';"Devis n° 12 ; remise de 2,5 %";')
    expect(lines[1]).toContain(';"550 5.1.1 <x>: unknown; see ""help""";')
    // A comma is quoted too: the file may be opened by a ',' reader.
    expect(lines[4]).toContain(';"Votre e-mail n’a pas passé l’authentification (SPF, DKIM ou DMARC)";')
  })

  it('reads back cell by cell with French words and the engine’s reason code', () => {
    const rows = parse(csv().slice(1), ';')
    expect(rows[0]).toEqual([
      'adresse e-mail', 'statut', 'motif', 'code', 'date du dernier retour', 'nombre de retours', 'date du prochain essai', 'objet', 'domaine',
      'réponse du serveur', 'code du motif', 'compte',
    ])
    expect(rows[1]).toEqual([
      'marie.hélène@société.fr', 'à retirer', 'L’adresse n’existe pas', '5.1.1 550', '2026-11-02', '1', '', 'Devis n° 12 ; remise de 2,5 %', 'société.fr',
      '550 5.1.1 <x>: unknown; see "help"', 'userunknown', 'marie@exemple.fr, fichier Takeout « 2025 ».mbox',
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

describe('the account column', () => {
  it.each([
    [[], ''],
    [['gmail:jane@acme.com'], 'jane@acme.com'],
    [['gmail:u/1'], 'Gmail u/1'],
    [['gmail-api:jane@acme.com', 'outlook:outlook.office.com'], 'jane@acme.com, Outlook outlook.office.com'],
    [['import:mail.mbox'], 'file mail.mbox'],
    [['import:=cmd|"/c calc"!a0.mbox'], 'file =cmd|"/c calc"!a0.mbox'],
    [['gmail:u/0', 'import:;=1+1.eml'], "Gmail u/0, file ;'=1+1.eml"],
  ])('%j → %j', (accounts, expected) => {
    const rows = parse(contactsToCsv([contact({ accounts })], csvLabels()).slice(1))
    expect(rows[0].at(-1)).toBe('account')
    expect(rows[1].at(-1)).toBe(expected)
  })
})
