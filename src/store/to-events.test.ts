import { describe, expect, it } from 'vitest'
import { eventsOf, normaliseAddress } from './to-events'
import { DELAY, recipient, report, source } from './fixtures/reports'

describe('normaliseAddress', () => {
  it.each([
    ['Jane@Acme.COM', 'jane@acme.com'],
    ['  <jane@acme.com>  ', 'jane@acme.com'],
    ['jane@acme.com>', 'jane@acme.com'],
    ['', ''],
    ['jane', ''],
    ['jane@', ''],
    ['@acme.com', ''],
    ['two words@acme.com', ''],
    ['a@b@c', ''],
    [`${'x'.repeat(320)}@acme.com`, ''],
    [undefined as unknown as string, ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected)
  })
})

describe('eventsOf', () => {
  const NOW = '2026-11-03T08:00:00.000Z'
  it('builds one keyed event per failed or delayed recipient, skipping delivered ones', () => {
    const events = eventsOf(
      report([recipient('a@x.com'), recipient('b@x.com', DELAY), recipient('c@x.com', { action: 'delivered', verdict: 'none' })]),
      source('42'),
      NOW,
    )
    expect(events.map((e) => [e.key, e.noticeKey, e.domain, e.action])).toEqual([
      ['gmail:u/0:42|a@x.com', 'gmail:u/0:42', 'x.com', 'failed'],
      ['gmail:u/0:42|b@x.com', 'gmail:u/0:42', 'x.com', 'delayed'],
    ])
    expect(events[0]).toMatchObject({ subject: 'Quick question', originalMessageId: '<m1@sales.example>', ingestedAt: NOW, at: '2026-11-02T10:00:00.000Z' })
  })

  it('without original message nor dates: empty subject, ingestion time', () => {
    const [e] = eventsOf(report([recipient('a@x.com', { date: '' })], { original: null, notice: { messageId: '', subject: '', from: '', date: '' } }), source('1'), NOW)
    expect([e.subject, e.at]).toEqual(['', NOW])
  })
})
