import { describe, expect, it } from 'vitest'
import { backoffDelayMs, emptyCursor, MAX_BACKOFF_MS, mayPoll, nextCursor, parseRetryAfter } from './backoff'

const MIN = 60_000
const now = new Date('2026-11-23T10:00:00Z')
const later = (ms: number) => new Date(now.getTime() + ms).toISOString()

describe('backoffDelayMs (period 2 min)', () => {
  it.each([
    [0, 2 * MIN],
    [1, 2 * MIN],
    [2, 4 * MIN],
    [3, 8 * MIN],
    [4, 16 * MIN],
    [5, 32 * MIN],
    [6, MAX_BACKOFF_MS],
    [500, MAX_BACKOFF_MS],
  ])('after %i failures → %i ms', (failures, ms) => expect(backoffDelayMs(failures, 2 * MIN)).toBe(ms))
})

describe('nextCursor', () => {
  const start = emptyCursor('u/0')

  it.each([
    ['ok', { kind: 'ok' } as const, { state: 'ok', failures: 0, notBefore: '', lastError: '' }],
    ['signed out', { kind: 'signed-out', detail: 'sign-in page' } as const, { state: 'signed-out', failures: 1, notBefore: '', lastError: 'sign-in page' }],
    ['429', { kind: 'throttled', status: 429 } as const, { state: 'backoff', failures: 1, notBefore: later(2 * MIN), lastError: 'HTTP 429' }],
    ['503 with Retry-After 600', { kind: 'throttled', status: 503, retryAfterSeconds: 600 } as const, { state: 'backoff', failures: 1, notBefore: later(10 * MIN), lastError: 'HTTP 503' }],
    ['Retry-After beyond the cap', { kind: 'throttled', status: 429, retryAfterSeconds: 86_400 } as const, { state: 'backoff', notBefore: later(MAX_BACKOFF_MS) }],
    ['other error', { kind: 'error', detail: 'not an Atom feed' } as const, { state: 'error', failures: 1, notBefore: later(2 * MIN), lastError: 'not an Atom feed' }],
  ])('%s', (_name, outcome, expected) => {
    expect(nextCursor(start, outcome, now, 2 * MIN)).toMatchObject({ account: 'u/0', lastPollAt: now.toISOString(), ...expected })
  })

  it('doubles the wait on each consecutive failure and resets on success', () => {
    let c = start
    const waits: number[] = []
    for (let i = 0; i < 4; i++) {
      c = nextCursor(c, { kind: 'throttled', status: 500 }, now, 2 * MIN)
      waits.push(Date.parse(c.notBefore) - now.getTime())
    }
    expect(waits).toEqual([2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN])
    expect(nextCursor(c, { kind: 'ok' }, now, 2 * MIN)).toMatchObject({ state: 'ok', failures: 0, notBefore: '' })
  })
})

describe('mayPoll', () => {
  const gap = 2 * MIN
  it.each([
    ['a new account', emptyCursor('u/0'), false, true],
    ['polled 1 min ago', { ...emptyCursor('u/0'), lastPollAt: later(-MIN) }, false, false],
    ['polled 1 min ago, user asks', { ...emptyCursor('u/0'), lastPollAt: later(-MIN) }, true, false],
    ['signed out 1 min ago, user asks', { ...emptyCursor('u/0'), state: 'signed-out' as const, lastPollAt: later(-MIN) }, true, true],
    ['failed, back-off over but polled within the period', { ...emptyCursor('u/0'), state: 'error' as const, notBefore: later(-1), lastPollAt: later(-MIN) }, false, false],
    ['polled 3 min ago', { ...emptyCursor('u/0'), lastPollAt: later(-3 * MIN) }, false, true],
    ['signed out', { ...emptyCursor('u/0'), state: 'signed-out' as const }, false, false],
    ['signed out, user asks', { ...emptyCursor('u/0'), state: 'signed-out' as const }, true, true],
    ['backing off', { ...emptyCursor('u/0'), state: 'backoff' as const, notBefore: later(MIN) }, false, false],
    ['backing off, user asks', { ...emptyCursor('u/0'), state: 'backoff' as const, notBefore: later(MIN) }, true, false],
    ['back-off over', { ...emptyCursor('u/0'), state: 'backoff' as const, notBefore: later(-1), lastPollAt: later(-3 * MIN) }, false, true],
  ])('%s → %s', (_name, cursor, force, expected) => expect(mayPoll(cursor, now, gap, force)).toBe(expected))
})

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['120', 120],
    [' 5 ', 5],
    ['Mon, 23 Nov 2026 10:05:00 GMT', 300],
    ['Mon, 23 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
  ])('%j → %s', (value, expected) => expect(parseRetryAfter(value, now)).toBe(expected))
})
