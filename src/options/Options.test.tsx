// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportAll, deleteEverything } from '../store/backup'
import { restoreBackup } from '../store/restore'
import { countLists } from '../store/contacts'
import { openDb, type ReboundDb } from '../store/db'
import { ingestReports } from '../store/ingest'
import { getSettings, saveSettings } from '../store/settings'
import { recipient, report, source } from '../store/fixtures/reports'
import { Options } from './Options'

let db: ReboundDb
let n = 0
afterEach(async () => {
  cleanup()
  await db?.delete()
})

function page() {
  db = openDb(`options-${++n}-${Date.now()}`)
  return render(
    <Options
      data={{
        load: () => getSettings(db),
        save: (patch) => saveSettings(db, patch),
        exportAll: () => exportAll(db),
        importAll: (file, onProgress) => restoreBackup(db, file, { onProgress }),
        deleteEverything: () => deleteEverything(db),
      }}
    />,
  )
}

const input = (root: Element, name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement

describe('options page', () => {
  it('shows the saved settings and saves new policy numbers, poll period, accounts and CSV separator', async () => {
    const ui = page()
    await waitFor(() => expect(input(ui.container, 'backoff').value).toBe('1, 3, 7'))
    expect(input(ui.container, 'weeks').value).toBe('3')
    expect(input(ui.container, 'poll').value).toBe('2')
    const separator = ui.getByRole('combobox', { name: /^CSV separator/ }) as HTMLSelectElement
    expect(separator.value).toBe('auto')
    expect([...separator.options].map((o) => o.textContent)).toEqual(['Automatic', 'Comma (,)', 'Semicolon (;)'])
    fireEvent.change(separator, { target: { value: 'semicolon' } })
    fireEvent.input(input(ui.container, 'backoff'), { target: { value: '2, 5, 10, 20' } })
    fireEvent.input(input(ui.container, 'weeks'), { target: { value: '4' } })
    fireEvent.input(input(ui.container, 'poll'), { target: { value: '5' } })
    fireEvent.click(ui.getByRole('checkbox', { name: 'Gmail account 2' }))
    // The compose guard (issue 11): on by default, turned off here.
    const guard = ui.container.querySelector<HTMLInputElement>('input[name=composeGuard]')!
    expect(guard.checked).toBe(true)
    fireEvent.click(guard)
    fireEvent.click(ui.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(ui.getByTestId('settings-form').textContent).toContain('Saved.'))
    expect(await getSettings(db)).toEqual({ retryBackoffDays: [2, 5, 10, 20], escalateAfterWeeks: 4, pollMinutes: 5, watchedAccounts: ['u/0', 'u/1'], csvSeparator: 'semicolon', notify: false, composeGuard: false, keepMonths: 0 })
  })

  it('refuses bad numbers with a message per field and saves nothing', async () => {
    const ui = page()
    await waitFor(() => expect(input(ui.container, 'backoff').value).toBe('1, 3, 7'))
    fireEvent.input(input(ui.container, 'backoff'), { target: { value: '1, soon' } })
    fireEvent.input(input(ui.container, 'poll'), { target: { value: '0' } })
    fireEvent.click(ui.getByRole('checkbox', { name: 'Gmail account 1' }))
    fireEvent.click(ui.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(ui.container.querySelectorAll('.error').length).toBe(3))
    const text = ui.container.textContent!
    expect(text).toContain('Enter whole numbers of days from 1 to 365, separated by commas.')
    expect(text).toContain('Enter a whole number of minutes from 1 to 1440.')
    expect(text).toContain('Choose at least one account.')
    expect((await getSettings(db)).retryBackoffDays).toEqual([1, 3, 7])
  })

  it('keeps bounces forever by default, and saves a retention in months (0 to 120)', async () => {
    const ui = page()
    await waitFor(() => expect(input(ui.container, 'keepMonths')).toBeTruthy())
    expect(input(ui.container, 'keepMonths').value).toBe('')
    fireEvent.input(input(ui.container, 'keepMonths'), { target: { value: '200' } })
    fireEvent.click(ui.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(ui.container.textContent).toContain('Give a whole number of months from 0 to 120.'))
    expect((await getSettings(db)).keepMonths).toBe(0)
    fireEvent.input(input(ui.container, 'keepMonths'), { target: { value: '18' } })
    fireEvent.click(ui.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(ui.getByTestId('settings-form').textContent).toContain('Saved.'))
    expect((await getSettings(db)).keepMonths).toBe(18)
    expect(input(ui.container, 'keepMonths').value).toBe('18')
  })

  it('deletes everything only after the second confirmation', async () => {
    const ui = page()
    await ingestReports(db, [{ report: report([recipient('jane@acme.com')]), source: source('1') }])
    fireEvent.click(ui.getByRole('button', { name: 'Delete everything…' }))
    fireEvent.click(ui.getByRole('button', { name: 'Cancel' }))
    expect((await countLists(db)).remove).toBe(1)
    fireEvent.click(ui.getByRole('button', { name: 'Delete everything…' }))
    fireEvent.click(ui.getByRole('button', { name: 'Yes, delete everything' }))
    await waitFor(() => expect(ui.getByTestId('delete').textContent).toContain('Everything was deleted.'))
    expect((await countLists(db)).remove).toBe(0)
  })

  it('restores a backup file and says so; a file that is not a backup gives a clear message', async () => {
    const ui = page()
    await ingestReports(db, [{ report: report([recipient('jane@acme.com')]), source: source('1') }])
    const backup = JSON.stringify(await exportAll(db))
    await deleteEverything(db)
    const picker = ui.getByTestId('backup').querySelector('input[type="file"]') as HTMLInputElement
    const pick = (text: string) => {
      Object.defineProperty(picker, 'files', { value: [new File([text], 'b.json', { type: 'application/json' })], configurable: true })
      fireEvent.change(picker)
    }
    pick(backup)
    await waitFor(() => expect(ui.getByTestId('backup').textContent).toContain('Backup restored.'))
    expect((await db.contacts.get('jane@acme.com'))?.list).toBe('remove')
    pick('{"hello": 1}')
    await waitFor(() => expect(ui.getByTestId('backup').textContent).toContain('This file could not be restored: it is not a Rebound backup'))
    pick('From MAILER-DAEMON Mon Nov 23 2026')
    await waitFor(() => expect(ui.getByTestId('backup').textContent).toContain('This file could not be restored: it is not a JSON file'))
    // Over the cap: refused before it is read, saying the cap (which the card's help states too).
    expect(ui.getByTestId('backup').textContent).toContain('Restores files up to 1\u00a0GB, all or nothing.')
    const huge = new File(['{}'], 'huge.json')
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 })
    Object.defineProperty(picker, 'files', { value: [huge], configurable: true })
    fireEvent.change(picker)
    await waitFor(() => expect(ui.getByTestId('backup').textContent).toContain('This file could not be restored: it is over 1\u00a0GB'))
  })

  it('mounts the importer\'s panel when src/options/import/ exists, else says it is not in this build', () => {
    const ui = page()
    const section = ui.getByTestId('import')
    expect(section.querySelector('h2')!.textContent).toBe('Import older bounces')
    const mounted = existsSync(resolve(import.meta.dirname, 'import/index.tsx'))
    expect(section.textContent!.includes('Mailbox import is not available in this build.')).toBe(!mounted)
    if (mounted) expect(section.querySelector('input[type="file"], button')).not.toBeNull()
  })
})
