// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, render } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { Contact } from '../store/types'
import { ContactRow } from './ContactRow'

afterEach(cleanup)
const NOW = new Date('2026-11-23T12:00:00Z')
const contact = (over: Partial<Contact>): Contact => ({
  address: 'a@x.com', domain: 'x.com', list: 'retry', reason: 'mailboxfull', status: '', replyCode: '', diagnostic: '',
  remoteMta: '', subject: '', hard: false, escalated: false, bounceCount: 1, softBounceCount: 1, firstBounceAt: '',
  lastBounceAt: '2026-11-20T00:00:00Z', nextRetryAt: '', decision: null, flaggedAt: '', ...over,
})
const row = (c: Contact) => render(<ContactRow contact={c} now={NOW} selected={false} onToggle={() => undefined} onOpen={() => undefined} />).container

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('ContactRow: due marker (issue 11)', () => {
  it('marks a Retry contact whose next try has come, keeping the row text', () => {
    const el = row(contact({ nextRetryAt: '2026-11-22T00:00:00Z' }))
    expect(el.querySelector('.row-due')?.textContent).toBe('Retry now')
    expect(el.querySelector('.row-meta')?.textContent).toBe('Retry now · The mailbox is full')
  })

  it('no marker before the next try, nor outside Retry', () => {
    expect(row(contact({ nextRetryAt: '2026-11-26T00:00:00Z' })).querySelector('.row-due')).toBeNull()
    expect(row(contact({ list: 'remove', reason: 'userunknown' })).querySelector('.row-due')).toBeNull()
  })

  it('the marker has a contrast of at least 4.5:1', () => {
    const css = readFileSync(join(import.meta.dirname, 'popup.css'), 'utf8')
    const rule = /\.row-due \{([^}]*)\}/.exec(css)![1]
    const color = /(?:^|;)\s*color: (#[0-9a-f]{6})/i.exec(rule)![1]
    const background = /background: (#[0-9a-f]{6})/i.exec(rule)![1]
    expect(contrast(color === '#fff' ? '#ffffff' : color, background)).toBeGreaterThanOrEqual(4.5)
  })
})
