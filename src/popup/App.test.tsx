// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { ingestReports } from '../store/ingest'
import { putCursor } from '../store/cursors'
import { DELAY, SENDING, SOFT, recipient, report, source } from '../store/fixtures/reports'
import { App } from './App'
import { popupData } from './data'

let db: ReboundDb
let n = 0
const NOW = new Date('2026-11-03T08:00:00Z')
afterEach(async () => {
  cleanup()
  await db?.delete()
})

const HOSTILE = '<img src=x onerror="alert(1)"><b>550</b> <script>steal()</script> mailbox unavailable'

async function seeded() {
  db = openDb(`popup-${++n}-${Date.now()}`)
  await ingestReports(db, [
    { report: report([recipient('jane@acme.com'), recipient('bob@acme.com', { diagnostic: HOSTILE })]), source: source('1') },
    { report: report([recipient('zoe@globex.com')], { original: { messageId: '<m2@x>', subject: 'Café demain ?', to: [], date: '' } }), source: source('2') },
    { report: report([recipient('full@initech.com', SOFT)]), source: source('3') },
    { report: report([recipient('ops@umbrella.com', SENDING)]), source: source('4') },
    { report: report([recipient('slow@hooli.com', DELAY)], { kind: 'delay' }), source: source('5') },
  ], NOW)
  await putCursor(db, { account: 'u/1', state: 'signed-out', lastPollAt: '', notBefore: '', failures: 1, lastError: '' })
  return render(<App data={popupData(db)} now={NOW} />)
}

const addresses = (root: Element) => [...root.querySelectorAll('.row-address')].map((e) => e.textContent)

describe('popup', () => {
  it('shows the three lists with their counts, the pending note and the watcher line', async () => {
    const ui = await seeded()
    await waitFor(() => expect(ui.getByTestId('count-remove').textContent).toBe('3'))
    expect(ui.getByTestId('count-retry').textContent).toBe('1')
    expect(ui.getByTestId('count-sending').textContent).toBe('1')
    expect(ui.getByTestId('pending-note').textContent).toContain('Pending: 1')
    expect(ui.getByTestId('watcher').textContent).toContain('Gmail account 2: signed out — open Gmail to sign in')
    await waitFor(() => expect(addresses(ui.container).sort()).toEqual(['bob@acme.com', 'jane@acme.com', 'zoe@globex.com']))
  })

  it('switches lists; Retry shows the next try, Sending issues the hint', async () => {
    const ui = await seeded()
    fireEvent.click(await ui.findByRole('tab', { name: /Retry/ }))
    await waitFor(() => expect(addresses(ui.container)).toEqual(['full@initech.com']))
    expect(ui.container.querySelector('.row-meta')!.textContent).toMatch(/Next try|Retry now/)
    fireEvent.click(ui.getByRole('tab', { name: /Sending issues/ }))
    await waitFor(() => expect(addresses(ui.container)).toEqual(['ops@umbrella.com']))
    await waitFor(() => expect(ui.getByTestId('sending-hints').textContent).toMatch(/^1 contact affected\. .*(SPF|DKIM|DMARC)/))
    fireEvent.click(ui.getByText('ops@umbrella.com'))
    await waitFor(() => expect(ui.container.querySelector('[data-field="hint"]')?.textContent).toMatch(/SPF|DKIM|DMARC/))
  })

  it('searches by address or domain', async () => {
    const ui = await seeded()
    await waitFor(() => expect(addresses(ui.container).length).toBe(3))
    fireEvent.input(ui.getByRole('searchbox'), { target: { value: 'acme' } })
    await waitFor(() => expect(addresses(ui.container).sort()).toEqual(['bob@acme.com', 'jane@acme.com']))
    // A match in another list: said, with a button that opens that list (the search stays).
    fireEvent.input(ui.getByRole('searchbox'), { target: { value: 'initech' } })
    await waitFor(() => expect(ui.getByTestId('empty').textContent).toBe('No contact in this list matches the search.'))
    await waitFor(() => expect(ui.getByTestId('search-elsewhere').textContent).toBe('Also found in:Retry (1 contact)'))
    fireEvent.click(within(ui.getByTestId('search-elsewhere')).getByRole('button', { name: 'Retry (1 contact)' }))
    await waitFor(() => expect(addresses(ui.container)).toEqual(['full@initech.com']))
    expect(ui.getByRole('tab', { name: /Retry/ }).getAttribute('aria-selected')).toBe('true')
    fireEvent.click(ui.getByRole('tab', { name: /Remove/ }))
    fireEvent.input(ui.getByRole('searchbox'), { target: { value: 'nobody' } })
    await waitFor(() => expect(ui.getByTestId('empty').textContent).toBe('No contact matches this search.'))
    expect(ui.queryByTestId('welcome')).toBeNull()
  })

  it('bulk "mark removed" on the search result, then undo puts everything back', async () => {
    const ui = await seeded()
    await waitFor(() => expect(addresses(ui.container).length).toBe(3))
    fireEvent.input(ui.getByRole('searchbox'), { target: { value: 'acme.com' } })
    await waitFor(() => expect(addresses(ui.container).length).toBe(2))
    fireEvent.click(within(ui.getByTestId('bulk')).getByRole('checkbox'))
    expect(ui.getByTestId('bulk').textContent).toContain('Selected: 2')
    fireEvent.click(ui.getByRole('button', { name: 'Mark removed' }))
    await waitFor(() => expect(ui.getByTestId('count-remove').textContent).toBe('1'))
    expect(ui.getByTestId('snackbar').textContent).toContain('Marked removed: 2')
    expect((await db.contacts.get('jane@acme.com'))!.decision?.action).toBe('removed')
    // They are kept under "Done", with what was decided and when.
    await waitFor(() => expect(ui.getByTestId('cleared-note').textContent).toBe('Done: 2'))
    fireEvent.input(ui.getByRole('searchbox'), { target: { value: '' } })
    fireEvent.click(ui.getByTestId('cleared-note'))
    await waitFor(() => expect(addresses(ui.container).sort()).toEqual(['bob@acme.com', 'jane@acme.com']))
    expect(ui.container.querySelector('.row-meta')!.textContent).toMatch(/^You chose: removed \([A-Z][a-z]{2} \d{1,2}, \d{4}\)$/)
    fireEvent.click(ui.getByTestId('cleared-note'))
    await waitFor(() => expect(addresses(ui.container).length).toBe(1))
    fireEvent.click(ui.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(ui.getByTestId('count-remove').textContent).toBe('3'))
    expect((await db.contacts.get('jane@acme.com'))!.decision).toBeNull()
  })

  it('selects one contact and ignores it as a false alarm', async () => {
    const ui = await seeded()
    const box = await ui.findByRole('checkbox', { name: 'Select zoe@globex.com' })
    fireEvent.click(box)
    fireEvent.click(ui.getByRole('button', { name: 'False alarm' }))
    await waitFor(() => expect(ui.getByTestId('count-remove').textContent).toBe('2'))
    expect((await db.contacts.get('zoe@globex.com'))!.list).toBe('cleared')
  })

  it('the detail view shows the server text as text, never as HTML', async () => {
    const ui = await seeded()
    fireEvent.click(await ui.findByText('bob@acme.com'))
    const detail = await ui.findByTestId('detail')
    const diag = detail.querySelector('[data-field="diagnostic"]')!
    expect(diag.textContent).toBe(HOSTILE)
    expect(detail.querySelector('img, script, b')).toBeNull()
    expect(detail.querySelector('[data-field="status"] dd')!.textContent).toBe('5.1.1')
    expect(detail.querySelector('[data-field="replyCode"] dd')!.textContent).toBe('550')
    expect(detail.querySelector('[data-field="subject"] dd')!.textContent).toBe('Quick question')
    expect(detail.querySelector('[data-field="reason"]')!.textContent).toBe('The address doesn’t exist')
    fireEvent.click(ui.getByRole('button', { name: 'Back' }))
    await waitFor(() => expect(ui.queryByTestId('detail')).toBeNull())
  })

  it('"Check now" asks the worker to poll and shows it is checking until the answer', async () => {
    db = openDb(`popup-check-${++n}-${Date.now()}`)
    let answer: (v: unknown) => void = () => undefined
    const asked: number[] = []
    const ui = render(<App data={popupData(db)} now={NOW} onCheckNow={() => { asked.push(1); return new Promise((r) => (answer = r)) }} />)
    fireEvent.click(await ui.findByRole('button', { name: 'Check now' }))
    expect(asked).toEqual([1])
    await waitFor(() => expect(ui.getByRole('button', { name: 'Checking…' })).toHaveProperty('disabled', true))
    answer({ polled: 1 })
    await waitFor(() => expect(ui.getByRole('button', { name: 'Check now' })).toHaveProperty('disabled', false))
  })

  it('a fresh install says where bounces come from and offers the import', async () => {
    db = openDb(`popup-fresh-${++n}-${Date.now()}`)
    let opened = 0
    const ui = render(<App data={popupData(db)} now={NOW} onOpenOptions={() => opened++} />)
    const welcome = await ui.findByTestId('welcome')
    expect(welcome.textContent).toContain('Rebound reads bounce notices as they arrive in Gmail')
    fireEvent.click(ui.getByRole('button', { name: 'Import older bounces' }))
    expect(opened).toBe(1)
  })

  it('renders 10,000 contacts with only a screenful of rows in the DOM', async () => {
    db = openDb(`popup-big-${++n}-${Date.now()}`)
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      report: report([recipient(`person${i}@company${i % 97}.com`)]),
      source: source(`big-${i}`),
    }))
    await ingestReports(db, items, NOW)
    const ui = render(<App data={popupData(db)} now={NOW} />)
    await waitFor(() => expect(ui.getByTestId('count-remove').textContent).toBe('10000'), { timeout: 10_000 })
    await waitFor(() => expect(ui.container.querySelectorAll('.row').length).toBeGreaterThan(0))
    expect(ui.container.querySelectorAll('.row').length).toBeLessThan(30)
  })
})
