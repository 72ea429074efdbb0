import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { ingestReports } from './ingest'
import { decide } from './decisions'
import { composeWarnings } from './compose-warnings'
import { SOFT, SENDING, recipient, report, source } from './fixtures/reports'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())

const NOW = new Date('2026-12-06T12:00:00Z')
const DEAD_DOMAIN = { status: '5.1.2', replyCode: '550', reason: 'hostunknown' as const, diagnostic: 'Host or domain name not found' }

async function seeded() {
  db = openDb(`compose-${++n}-${Date.now()}`)
  await ingestReports(db, [
    { report: report([recipient('jane@acme.com', { date: '2026-12-03T09:00:00.000Z' })]), source: source('1') },
    { report: report([recipient('ghost@deadco.example', { ...DEAD_DOMAIN, date: '2026-11-20T09:00:00Z' })]), source: source('2') },
    // Mailbox full yesterday: next try in 1 day (tomorrow, after NOW); and one long due.
    { report: report([recipient('full@beta.io', { ...SOFT, date: '2026-12-06T08:00:00Z' })]), source: source('3') },
    { report: report([recipient('due@beta.io', { ...SOFT, date: '2026-11-01T08:00:00Z' })]), source: source('4') },
    { report: report([recipient('auth@delta.it', SENDING)]), source: source('5') },
    { report: report([recipient('fine@acme.com'), recipient('done@acme.com')]), source: source('6') },
    { report: report([recipient('ok@deadco2.example', { ...DEAD_DOMAIN })]), source: source('7') },
  ], NOW)
  await decide(db, ['fine@acme.com'], 'ignored', NOW)
  await decide(db, ['done@acme.com'], 'removed', NOW)
  await decide(db, ['ok@deadco2.example'], 'ok', NOW)
  return db
}

describe('composeWarnings', () => {
  it('answers for the asked addresses that need a warning, and only those', async () => {
    await seeded()
    const asked = ['jane@acme.com', 'full@beta.io', 'due@beta.io', 'auth@delta.it', 'fine@acme.com', 'done@acme.com', 'new@deadco.example', 'stranger@nowhere.org']
    expect(await composeWarnings(db, asked, NOW)).toEqual([
      { address: 'jane@acme.com', kind: 'remove', reason: 'userunknown', date: '2026-12-03T09:00:00.000Z' },
      { address: 'full@beta.io', kind: 'retry', reason: 'mailboxfull', date: '2026-12-07T08:00:00.000Z' },
      // Marked removed by the user: still dead.
      { address: 'done@acme.com', kind: 'remove', reason: 'userunknown', date: '2026-11-02T10:00:00.000Z' },
      // Never bounced itself, but its domain has no mail server.
      { address: 'new@deadco.example', kind: 'domain', reason: 'hostunknown', date: '2026-11-20T09:00:00.000Z', domain: 'deadco.example' },
    ])
  })

  it('says nothing of contacts it was not asked about', async () => {
    await seeded()
    expect(await composeWarnings(db, ['stranger@nowhere.org'], NOW)).toEqual([])
    expect(await composeWarnings(db, [], NOW)).toEqual([])
  })

  it('a dead domain the user marked OK warns for no one', async () => {
    await seeded()
    expect(await composeWarnings(db, ['ok@deadco2.example', 'other@deadco2.example'], NOW)).toEqual([])
  })

  it('the bounced address itself at a dead domain reads as Remove', async () => {
    await seeded()
    expect(await composeWarnings(db, ['ghost@deadco.example'], NOW)).toEqual([
      { address: 'ghost@deadco.example', kind: 'remove', reason: 'hostunknown', date: '2026-11-20T09:00:00.000Z' },
    ])
  })

  it('a retry whose date has come needs no warning', async () => {
    await seeded()
    expect(await composeWarnings(db, ['full@beta.io'], new Date('2026-12-08T00:00:00Z'))).toEqual([])
  })
})
