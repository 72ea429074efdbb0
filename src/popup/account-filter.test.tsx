// @vitest-environment happy-dom
/** The popup's account filter: shown only when the list holds more than one account. */
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { ingestReports } from '../store/ingest'
import { recipient, report, source } from '../store/fixtures/reports'
import { App } from './App'
import { popupData } from './data'

const NOW = new Date('2026-11-03T08:00:00Z')
let db: ReboundDb
let n = 0
afterEach(async () => {
  cleanup()
  await db?.delete()
})
const addresses = (root: Element) => [...root.querySelectorAll('.row-address')].map((e) => e.textContent).sort()

describe('account filter', () => {
  it('is hidden with one account', async () => {
    db = openDb(`account-filter-${++n}-${Date.now()}`)
    await ingestReports(db, [{ report: report([recipient('a@x.com')], {}, '<1@mx>'), source: source('1', { mailbox: 'jane@acme.com' }) }], NOW)
    const ui = render(<App data={popupData(db)} now={NOW} />)
    await waitFor(() => expect(addresses(ui.container)).toEqual(['a@x.com']))
    expect(ui.queryByTestId('account-filter')).toBeNull()
  })

  it('with two accounts, lists them and filters the list', async () => {
    db = openDb(`account-filter-${++n}-${Date.now()}`)
    await ingestReports(db, [
      { report: report([recipient('a@x.com'), recipient('b@x.com')], {}, '<1@mx>'), source: source('1', { mailbox: 'jane@acme.com' }) },
      { report: report([recipient('c@x.com')], {}, '<2@mx>'), source: source('f#0', { origin: 'import', account: '', mailbox: 'old.mbox' }) },
    ], NOW)
    const ui = render(<App data={popupData(db)} now={NOW} />)
    await waitFor(() => expect(addresses(ui.container)).toEqual(['a@x.com', 'b@x.com', 'c@x.com']))
    const select = (await ui.findByTestId('account-filter')) as HTMLSelectElement
    expect([...select.options].map((o) => o.textContent)).toEqual(['All accounts', 'jane@acme.com', 'file old.mbox'])
    fireEvent.change(select, { target: { value: 'import:old.mbox' } })
    await waitFor(() => expect(addresses(ui.container)).toEqual(['c@x.com']))
    fireEvent.change(select, { target: { value: 'gmail:jane@acme.com' } })
    await waitFor(() => expect(addresses(ui.container)).toEqual(['a@x.com', 'b@x.com']))
    fireEvent.change(select, { target: { value: '' } })
    await waitFor(() => expect(addresses(ui.container)).toHaveLength(3))
  })
})
