import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from './db'
import { ingestReports, MAX_REVIEW_RECIPIENTS } from './ingest'
import { decide } from './decisions'
import { countLists, eventsFor, getContact } from './contacts'
import { countNewSinceOpened } from './badge'
import { acceptReview, dismissReview, listReviews } from './reviews'
import { SOFT, recipient, report, source } from './fixtures/reports'
import type { TrustVerdict } from '../trust/types'

let db: ReboundDb
let n = 0
afterEach(async () => db?.delete())
const at = (day: string) => new Date(`${day}T12:00:00Z`)
const forged: TrustVerdict = { level: 'unverified', reason: 'not-your-mail', reporter: 'attacker.example' }
const genuine: TrustVerdict = { level: 'trusted', reason: 'gmail-daemon', reporter: 'googlemail.com' }
const fresh = () => (db = openDb(`reviews-${++n}-${Date.now()}`))

describe('unverified notices (issue 10)', () => {
  it('reach no list, no badge; wait for review with at most 5 recipients', async () => {
    fresh()
    const many = Array.from({ length: 1200 }, (_, i) => recipient(`buyer${i}@p${i}.example`))
    const r = await ingestReports(db, [{ report: report(many, {}, '<bulk@attacker.example>'), source: source('1'), trust: { ...forged, reason: 'bulk' } }], at('2026-11-02'))
    expect(r).toMatchObject({ flagged: 0, events: 0, results: [{ flagged: 0, duplicate: false, review: true }] })
    expect(await db.events.count()).toBe(0)
    expect(await db.contacts.count()).toBe(0)
    expect(await countNewSinceOpened(db)).toBe(0)
    const [row] = await listReviews(db)
    expect(row).toMatchObject({ identity: 'mid:bulk@attacker.example', reason: 'bulk', reporter: 'attacker.example', recipients: 1200 })
    expect(row.events).toHaveLength(MAX_REVIEW_RECIPIENTS)
  })

  it('never undoes the user\'s decision; a trusted later bounce follows the existing rule', async () => {
    fresh()
    await ingestReports(db, [{ report: report([recipient('ceo@big.example')]), source: source('1'), trust: genuine }], at('2026-11-02'))
    await decide(db, ['ceo@big.example'], 'ok', at('2026-11-03'))
    await ingestReports(db, [{ report: report([recipient('ceo@big.example')], {}, '<f@attacker.example>'), source: source('2'), trust: forged }], at('2026-11-04'))
    expect(await getContact(db, 'ceo@big.example')).toMatchObject({ list: 'cleared', decision: { action: 'ok' }, newSinceDecision: 0 })
    // A genuine bounce after "OK" brings it back, flagged as new since the decision (policy's rule).
    await ingestReports(db, [{ report: report([recipient('ceo@big.example')], {}, '<g@mx.google.com>'), source: source('3'), trust: genuine }], at('2026-11-05'))
    expect(await getContact(db, 'ceo@big.example')).toMatchObject({ list: 'remove', newSinceDecision: 1 })
  })

  it('accepting stores the kept events as accepted and applies the verdict; dismissing forgets', async () => {
    fresh()
    await ingestReports(db, [
      { report: report([recipient('a@big.example'), recipient('b@big.example', SOFT)], {}, '<x@other.example>'), source: source('1'), trust: forged },
      { report: report([recipient('c@big.example')], {}, '<y@other.example>'), source: source('2'), trust: forged },
    ], at('2026-11-02'))
    expect((await listReviews(db)).length).toBe(2)
    expect(await acceptReview(db, 'mid:x@other.example', at('2026-11-03'))).toEqual(['a@big.example', 'b@big.example'])
    expect(await countLists(db)).toMatchObject({ remove: 1, retry: 1 })
    expect((await eventsFor(db, 'a@big.example'))[0]).toMatchObject({ trust: 'accepted', reporter: 'attacker.example', ingestedAt: at('2026-11-03').toISOString() })
    await dismissReview(db, 'mid:y@other.example')
    expect(await listReviews(db)).toEqual([])
    expect(await getContact(db, 'c@big.example')).toBeUndefined()
    // Read again, a dismissed notice is a duplicate: its origin key is seen.
    const again = await ingestReports(db, [{ report: report([recipient('c@big.example')], {}, '<y@other.example>'), source: source('2'), trust: forged }], at('2026-11-04'))
    expect(again.results[0]).toMatchObject({ duplicate: true })
    const other = await ingestReports(db, [{ report: report([recipient('c@big.example')], {}, '<y@other.example>'), source: source('7', { origin: 'import' }), trust: forged }], at('2026-11-04'))
    expect(other.results[0]).toMatchObject({ review: true })
    expect(await listReviews(db)).toEqual([])
  })

  it('the same notice read later with evidence that vouches for it leaves the review view', async () => {
    fresh()
    const r = report([recipient('a@big.example')], {}, '<same@mx.google.com>')
    await ingestReports(db, [{ report: r, source: source('1', { origin: 'outlook' }), trust: { ...forged, reason: 'rendered-text' } }], at('2026-11-02'))
    expect((await listReviews(db)).length).toBe(1)
    await ingestReports(db, [{ report: r, source: source('1'), trust: genuine }], at('2026-11-03'))
    expect(await listReviews(db)).toEqual([])
    expect(await getContact(db, 'a@big.example')).toMatchObject({ list: 'remove' })
    // And an unverified reading of a notice already stored as trusted adds no review.
    await ingestReports(db, [{ report: r, source: source('9', { origin: 'import' }), trust: forged }], at('2026-11-04'))
    expect(await listReviews(db)).toEqual([])
  })

  it('the same unverified notice twice in one batch (an mbox repeat) is one review and one duplicate', async () => {
    fresh()
    const r = report([recipient('a@big.example')], {}, '<twice@other.example>')
    const out = await ingestReports(db, [
      { report: r, source: source('1', { origin: 'import' }), trust: forged },
      { report: r, source: source('2', { origin: 'import' }), trust: forged },
    ], at('2026-11-02'))
    expect(out.results.map((x) => x.duplicate)).toEqual([false, true])
    expect(out.duplicates).toBe(1)
    expect(await listReviews(db)).toHaveLength(1)
  })
})
