// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../src/import/summary'
import { ImportSummaryView } from '../../src/options/import/ImportSummaryView'

const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
  status: 'done', files: [{ name: 'mail.mbox', size: 1000, messages: 12, notes: [] }], bytesRead: 1000, totalBytes: 1000,
  messages: 12, notices: 3, noticesByKind: { bounce: 2, delay: 1 }, flagged: 2, duplicates: 1,
  lists: { remove: 1, retry: 1, sending: 0, pending: 0, cleared: 0 }, problemCount: 0, problems: [], elapsedMs: 2500, parseMs: 10, storeMs: 5,
  ...over,
})

afterEach(cleanup)

describe('ImportSummaryView', () => {
  it('shows notices per kind, contacts per list, and what was already known', () => {
    render(<ImportSummaryView summary={summary()} />)
    expect(screen.getByTestId('import-outcome').textContent?.replace(/\u00a0/g, ' ')).toBe('Import finished in 3 s: 12 messages read, 3 notices found, 2 contacts newly flagged.')
    expect(screen.getByTestId('import-kind-bounce').textContent).toBe('Bounces: 2')
    expect(screen.getByTestId('import-kind-delay').textContent).toBe('Delays: 1')
    expect(screen.queryByTestId('import-kind-autoreply')).toBeNull()
    expect(screen.getByTestId('import-list-remove').getAttribute('data-count')).toBe('1')
    expect(screen.getByText('1 notice was already known: it is counted once.')).toBeTruthy()
    // The lists are named as the popup's tabs name them ("Sending issue: 3" before, issue 11).
    expect(screen.getByTestId('import-list-sending').textContent).toMatch(/^Sending issues: \d+$/)
  })

  it('lists unreadable messages with why, showing hostile subjects as text only', () => {
    const s = summary({
      problemCount: 203,
      problems: [
        { file: 'mail.mbox', where: '#4', offset: 99, code: 'unreadable', detail: 'no header block', subject: '<img src=x onerror=alert(1)>', read: false },
        { file: 'mail.mbox', where: '#9', offset: 999, code: 'too-big', detail: String(50 * 2 ** 20), subject: 'Undelivered Mail', read: true },
      ],
    })
    const { container } = render(<ImportSummaryView summary={s} />)
    const items = [...container.querySelectorAll('details li')].map((li) => li.textContent?.replace(/\u00a0/g, ' '))
    expect(items).toEqual([
      'mail.mbox, message 5 “<img src=x onerror=alert(1)>”: could not be read (no header block).',
      'mail.mbox, message 10 “Undelivered Mail”: 50 MB, over the size limit; read from its first 4 MB.',
      '… and 201 more',
    ])
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByTestId('import-problems').getAttribute('data-count')).toBe('203')
  })

  it('explains a cut file, a file that is not a mailbox, and a cancelled import', () => {
    const s = summary({
      status: 'cancelled',
      files: [
        { name: 'cut.mbox', size: 10, messages: 3, notes: [{ code: 'truncated', where: '#2' }] },
        { name: 'cat.png', size: 10, messages: 0, notes: [{ code: 'not-mailbox', where: '', detail: '.PNG....' }] },
      ],
    })
    render(<ImportSummaryView summary={s} />)
    expect(screen.getByTestId('import-outcome').textContent).toBe('Import cancelled. What was read before is kept: 3 notices, 2 contacts flagged.')
    expect(screen.getByTestId('import-note-truncated').textContent).toContain('cut.mbox ends in the middle of a message (#3)')
    expect(screen.getByTestId('import-note-not-mailbox').textContent).toContain('cat.png is not a mailbox')
  })

  it('says a zip bomb stopped the reading, and that a zip inside the zip was not opened', () => {
    const s = summary({
      files: [{ name: 'mail.zip', size: 10, messages: 3, notes: [{ code: 'zip-nested', where: 'inner.zip' }, { code: 'zip-bomb', where: 'bomb.eml', detail: 'ratio' }] }],
    })
    render(<ImportSummaryView summary={s} />)
    expect(screen.getByTestId('import-note-zip-bomb').textContent).toBe(
      'mail.zip: reading stopped at “bomb.eml”, which unpacks to far too much data (a “zip bomb”, or a damaged file). The messages before it were imported.',
    )
    expect(screen.getByTestId('import-note-zip-nested').textContent).toBe('mail.zip: “inner.zip” is a zip inside the zip and was not opened. Unzip it and import what it holds.')
  })
})
