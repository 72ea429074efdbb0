import { describe, expect, it } from 'vitest'
import { ComposeAnswers, TTL_MS } from './compose-answers'
import type { ComposeWarning } from '../../store/compose-warnings'

const jane: ComposeWarning = { address: 'jane@acme.com', kind: 'remove', reason: 'userunknown', date: '2026-12-03T09:00:00.000Z' }

describe('ComposeAnswers', () => {
  it('asks once per address, and keeps an answer that arrives after the recipients changed', () => {
    const a = new ComposeAnswers()
    expect(a.toAsk(['jane@acme.com', 'bob@beta.io'], 0)).toEqual(['jane@acme.com', 'bob@beta.io'])
    a.begin(['jane@acme.com', 'bob@beta.io'])
    // While asking (the user types on): not asked twice.
    expect(a.toAsk(['jane@acme.com', 'bob@beta.io', 'cy@gamma.org'], 10)).toEqual(['cy@gamma.org'])
    a.settle(['jane@acme.com', 'bob@beta.io'], { enabled: true, warnings: [jane] }, 20)
    expect(a.warningFor('jane@acme.com')).toEqual(jane)
    expect(a.warningFor('bob@beta.io')).toBeNull()
    expect(a.toAsk(['jane@acme.com', 'bob@beta.io'], 30)).toEqual([])
  })

  it('asks again once an answer is older than the TTL', () => {
    const a = new ComposeAnswers()
    a.begin(['jane@acme.com'])
    a.settle(['jane@acme.com'], { enabled: true, warnings: [jane] }, 0)
    expect(a.toAsk(['jane@acme.com'], TTL_MS + 1)).toEqual(['jane@acme.com'])
    // Still shown until the new answer comes.
    expect(a.warningFor('jane@acme.com')).toEqual(jane)
  })

  it('ignores warnings about addresses it did not ask about', () => {
    const a = new ComposeAnswers()
    a.begin(['bob@beta.io'])
    a.settle(['bob@beta.io'], { enabled: true, warnings: [jane] }, 0)
    expect(a.warningFor('jane@acme.com')).toBeNull()
  })

  it('shows nothing while the setting is off, and asks again at every change', () => {
    const a = new ComposeAnswers()
    a.begin(['jane@acme.com'])
    a.settle(['jane@acme.com'], { enabled: true, warnings: [jane] }, 0)
    a.begin(['jane@acme.com'])
    a.settle(['jane@acme.com'], { enabled: false, warnings: [] }, 1)
    expect(a.warningFor('jane@acme.com')).toBeNull()
    expect(a.toAsk(['jane@acme.com'], 2)).toEqual(['jane@acme.com'])
  })

  it('a failed request can be asked again', () => {
    const a = new ComposeAnswers()
    a.begin(['jane@acme.com'])
    a.fail(['jane@acme.com'])
    expect(a.toAsk(['jane@acme.com'], 0)).toEqual(['jane@acme.com'])
  })
})
