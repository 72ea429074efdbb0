// @vitest-environment happy-dom
/**
 * A reason that is not one of the engine's, as a restored backup could store it before restores
 * checked reasons (issue 10): "constructor" found Object's constructor in the label tables and
 * blanked the whole popup. The look-ups read own keys only.
 */
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { sendingHint, GENERIC_SENDING_HINT } from '../policy/hints'
import { openDb, type ReboundDb } from '../store/db'
import { ingestReports } from '../store/ingest'
import { SENDING, recipient, report, source } from '../store/fixtures/reports'
import { reasonKey } from '../ui/reasons'
import { App } from './App'
import { popupData } from './data'

const NOW = new Date('2026-11-03T08:00:00Z')
let db: ReboundDb
afterEach(async () => {
  cleanup()
  await db?.delete()
})

describe.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a stored reason %j', (reason) => {
  it('has the "unknown reason" label and the generic sending hint', () => {
    expect(reasonKey(reason)).toBe('reason_undefined')
    expect(sendingHint(reason as never)).toBe(GENERIC_SENDING_HINT)
  })

  it('leaves the popup working: the list, the row and the detail view show', async () => {
    db = openDb(`stored-reason-${reason}-${Date.now()}`)
    await ingestReports(db, [{ report: report([recipient('jane@acme.com'), recipient('ops@umbrella.com', SENDING)]), source: source('1') }], NOW)
    await db.contacts.toCollection().modify((c) => {
      c.reason = reason as never
    })
    const ui = render(<App data={popupData(db)} now={NOW} />)
    await waitFor(() => expect(ui.container.querySelector('.row-address')?.textContent).toBe('jane@acme.com'))
    expect(ui.container.querySelector('.row-meta')?.textContent).toBeTruthy()
    fireEvent.click(ui.getByRole('tab', { name: /Sending issues/ }))
    await waitFor(() => expect(ui.getByTestId('sending-hints').textContent).toMatch(/^1 contact affected\./))
    fireEvent.click(ui.getByText('ops@umbrella.com'))
    await waitFor(() => expect(ui.container.querySelector('[data-field="reason"]')?.textContent).toBe('Unknown reason'))
  })
})
