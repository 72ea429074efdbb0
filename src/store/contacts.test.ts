import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { ingestReports } from './ingest'
import { countLists, eventsFor, getContact, listContacts } from './contacts'
import { DELAY, SENDING, SOFT, recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())

async function seeded() {
  db = openDb(`contacts-${++n}-${Date.now()}`)
  const d = (day: string) => `2026-11-${day}T10:00:00Z`
  await ingestReports(db, [
    { report: report([recipient('old@acme.com', { date: d('02') }), recipient('new@Acme.com', { date: d('05') })]), source: source('1') },
    { report: report([recipient('late@beta.io', { ...SOFT, date: d('06') }), recipient('soon@gamma.fr', { ...SOFT, date: d('03') })]), source: source('2') },
    { report: report([recipient('late@beta.io', { ...SOFT, date: d('07') })]), source: source('3') },
    { report: report([recipient('auth@delta.it', SENDING)]), source: source('4') },
    { report: report([recipient('slow@eps.de', DELAY)], { kind: 'delay' }), source: source('5') },
  ], new Date('2026-11-08T00:00:00Z'))
  return db
}

describe('listContacts', () => {
  it('Remove: newest last bounce first', async () => {
    await seeded()
    expect((await listContacts(db, 'remove')).map((c) => c.address)).toEqual(['new@acme.com', 'old@acme.com'])
  })

  it('Retry: due first', async () => {
    await seeded()
    const rows = await listContacts(db, 'retry')
    expect(rows.map((c) => [c.address, c.nextRetryAt])).toEqual([
      ['soon@gamma.fr', '2026-11-04T10:00:00.000Z'],
      ['late@beta.io', '2026-11-10T10:00:00.000Z'],
    ])
  })

  it.each([
    ['remove', 'ACME', ['new@acme.com', 'old@acme.com']],
    ['remove', 'old@', ['old@acme.com']],
    ['retry', 'beta.io', ['late@beta.io']],
    ['retry', 'nothing', []],
    ['sending', '', ['auth@delta.it']],
    ['pending', ' eps ', ['slow@eps.de']],
    ['cleared', '', []],
  ] as const)('%s list, search %j', async (list, search, expected) => {
    await seeded()
    expect((await listContacts(db, list, search)).map((c) => c.address)).toEqual(expected)
  })
})

describe('countLists, getContact, eventsFor', () => {
  it('counts every list', async () => {
    await seeded()
    expect(await countLists(db)).toEqual({ remove: 2, retry: 2, sending: 1, pending: 1, cleared: 0 })
  })

  it('looks contacts up case-insensitively and lists their events newest first', async () => {
    await seeded()
    expect((await getContact(db, 'LATE@beta.io'))?.bounceCount).toBe(2)
    expect((await eventsFor(db, 'late@BETA.io')).map((e) => e.noticeKey)).toEqual(['gmail:u/0:3', 'gmail:u/0:2'])
    expect(await getContact(db, 'nobody@x.com')).toBeUndefined()
  })
})
