import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { accountOf } from './accounts'
import { getContact } from './contacts'
import { openDb, type ReboundDb } from './db'
import { ingestReport } from './ingest'
import { SOFT, recipient, report, source } from './fixtures/reports'

const NOW = new Date('2026-11-03T08:00:00Z')
const dbs: ReboundDb[] = []
const fresh = () => {
  const db = openDb(`accounts-${dbs.length}-${Date.now()}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

describe('accountOf', () => {
  it.each([
    [{ origin: 'gmail', account: 'u/1', id: '1' }, 'gmail:u/1'],
    [{ origin: 'gmail', account: 'u/1', id: '1', mailbox: 'jane@acme.com' }, 'gmail:jane@acme.com'],
    [{ origin: 'gmail-api', account: 'jane@acme.com', id: 'mid:x' }, 'gmail-api:jane@acme.com'],
    [{ origin: 'outlook', account: 'outlook.office.com', id: 'AAMk' }, 'outlook:outlook.office.com'],
    [{ origin: 'import', account: '', id: 'mail.mbox#3', mailbox: 'mail.mbox' }, 'import:mail.mbox'],
  ] as const)('%j → %s', (src, expected) => expect(accountOf(src)).toBe(expected))
})

describe('each contact records the accounts its notices came from', () => {
  it('one account, then a second one for another notice; the same notice again adds nothing', async () => {
    const db = fresh()
    await ingestReport(db, report([recipient('a@x.com', SOFT)], {}, '<n1@mx>'), source('1', { mailbox: 'jane@acme.com' }), NOW)
    expect((await getContact(db, 'a@x.com'))?.accounts).toEqual(['gmail:jane@acme.com'])
    await ingestReport(db, report([recipient('a@x.com', SOFT)], {}, '<n2@mx>'), source('AAMk', { origin: 'outlook', account: 'outlook.office.com' }), NOW)
    expect((await getContact(db, 'a@x.com'))?.accounts).toEqual(['gmail:jane@acme.com', 'outlook:outlook.office.com'])
    // The first notice again, imported from a file: known by its Message-ID, counted (and attributed) once.
    await ingestReport(db, report([recipient('a@x.com', SOFT)], {}, '<n1@mx>'), source('f#1', { origin: 'import', account: '', mailbox: 'old.mbox' }), NOW)
    expect((await getContact(db, 'a@x.com'))?.accounts).toEqual(['gmail:jane@acme.com', 'outlook:outlook.office.com'])
    expect((await db.events.toArray()).map((e) => e.account).sort()).toEqual(['gmail:jane@acme.com', 'outlook:outlook.office.com'])
  })
})
