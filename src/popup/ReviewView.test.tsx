// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { ingestReports } from '../store/ingest'
import { recipient, report, source } from '../store/fixtures/reports'
import { App } from './App'
import { popupData } from './data'

let db: ReboundDb
let n = 0
afterEach(async () => {
  cleanup()
  await db?.delete()
})

const HOSTILE_SUBJECT = '<img src=x onerror="alert(1)"><b>Undelivered</b>'

describe('To review (issue 10)', () => {
  it('lists an unverified notice with its reason and reporter as text; Accept moves it into Remove', async () => {
    db = openDb(`review-ui-${++n}-${Date.now()}`)
    const r = report([recipient('ceo@bigprospect.example')], { notice: { messageId: '<f@attacker.example>', subject: HOSTILE_SUBJECT, from: 'mailer-daemon@attacker.example', date: '' } }, '<f@attacker.example>')
    await ingestReports(db, [{ report: r, source: source('1'), trust: { level: 'unverified', reason: 'not-your-mail', reporter: 'attacker.example' } }])
    const ui = render(<App data={popupData(db)} />)
    const note = await ui.findByTestId('review-note')
    expect(note.textContent).toBe('To review: 1')
    expect(ui.getByTestId('count-remove').textContent).toBe('0')
    fireEvent.click(note)
    const item = await ui.findByTestId('review-item')
    expect(item.querySelector('[data-field="reporter"]')!.textContent).toBe('Reported by attacker.example')
    expect(item.querySelector('[data-field="why"]')!.textContent).toBe('Why: the returned message was not sent from your account')
    expect(item.textContent).toContain(HOSTILE_SUBJECT)
    expect(item.querySelectorAll('img, b, script').length).toBe(0)
    fireEvent.click(ui.getByRole('button', { name: 'Accept' }))
    await waitFor(() => expect(ui.queryByTestId('review-item')).toBeNull())
    await waitFor(() => expect(ui.getByTestId('count-remove').textContent).toBe('1'))
  })
})
