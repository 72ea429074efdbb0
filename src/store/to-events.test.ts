import { describe, expect, it } from 'vitest'
import { MAX_MESSAGE_ID_IN_KEY, bounded, eventsOf, noticeIdentity, normaliseAddress } from './to-events'
import { DELAY, recipient, report } from './fixtures/reports'

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
      'gmail:u/0:42',
      NOW,
    )
    expect(events.map((e) => [e.key, e.noticeKey, e.domain, e.action])).toEqual([
      ['gmail:u/0:42|a@x.com', 'gmail:u/0:42', 'x.com', 'failed'],
      ['gmail:u/0:42|b@x.com', 'gmail:u/0:42', 'x.com', 'delayed'],
    ])
    expect(events[0]).toMatchObject({ subject: 'Quick question', originalMessageId: '<m1@sales.example>', ingestedAt: NOW, at: '2026-11-02T10:00:00.000Z' })
  })

  it('without original message nor dates: empty subject, ingestion time', () => {
    const [e] = eventsOf(report([recipient('a@x.com', { date: '' })], { original: null, notice: { messageId: '', subject: '', from: '', date: '' } }), 'gmail:u/0:1', NOW)
    expect([e.subject, e.at]).toEqual(['', NOW])
  })
})

describe('noticeIdentity', () => {
  const ORIGIN = 'outlook:outlook.office.com:AAMk1'
  it.each([
    ['<n1@mx.example>', 'mid:n1@mx.example'],
    ['  <n1@mx.example>  ', 'mid:n1@mx.example'],
    ['n1@mx.example', 'mid:n1@mx.example'],
    ['', ORIGIN],
    ['   ', ORIGIN],
    ['<>', ORIGIN],
  ])('Message-ID %j → %j', (messageId, expected) => {
    expect(noticeIdentity(report([], { notice: { messageId, subject: '', from: '', date: '' } }), ORIGIN)).toBe(expected)
  })

  it('a report without notice headers falls back to the origin key', () => {
    expect(noticeIdentity({ ...report([]), notice: undefined as never }, ORIGIN)).toBe(ORIGIN)
  })
})

describe('bounded', () => {
  it('keeps a short value whole', () => {
    expect(bounded('n1@mx', MAX_MESSAGE_ID_IN_KEY)).toBe('n1@mx')
  })

  it('cuts a long value to the limit, keeping a hash of the whole', () => {
    const a = bounded(`${'x'.repeat(10_000)}a`, 250)
    const b = bounded(`${'x'.repeat(10_000)}b`, 250)
    expect([a.length, b.length]).toEqual([250, 250])
    expect(a).not.toBe(b)
    expect(bounded(`${'x'.repeat(10_000)}a`, 250)).toBe(a)
  })
})
