import { describe, expect, it } from 'vitest'
import type { Feed, FeedEntry } from '../sites/gmail/atom'
import { emptyCursor } from './backoff'
import { FEED_WINDOW, mayHaveOverflowed, windowAfter } from './feed-window'

/** `n` entries, newest first, one a minute before `newest`; ids 1000+i. */
function feed(n: number, newest: string, fullcount = n, firstId = 1000): Feed {
  const entries: FeedEntry[] = Array.from({ length: n }, (_, i) => ({
    id: String(firstId + i), subject: 's', summary: '', authorName: '', authorEmail: '', issued: new Date(Date.parse(newest) - i * 60_000).toISOString(),
  }))
  return { mailbox: 'a@example.com', fullcount, entries }
}
const READ = '2026-12-01T20:00:00.000Z'
const MORNING = '2026-12-02T08:00:00.000Z'
const prev = (ids: string[] = ['1', '2']) => ({ feedReadAt: READ, feedIds: ids })

describe('mayHaveOverflowed', () => {
  it.each<[string, Feed, Parameters<typeof mayHaveOverflowed>[1], boolean]>([
    ['20 entries, all arrived since the last read', feed(FEED_WINDOW, MORNING), prev(), true],
    ['fullcount above the entries listed, all new', feed(12, MORNING, 40), prev(), true],
    ['not full: everything unread is listed', feed(19, MORNING), prev(), false],
    ['full, but the oldest listed is older than the last read', feed(FEED_WINDOW, '2026-12-01T20:10:00.000Z'), prev(), false],
    ['full, one entry was listed last time', feed(FEED_WINDOW, MORNING), prev(['1019']), false],
    ['first read ever: nothing to compare with', feed(FEED_WINDOW, MORNING), { feedReadAt: '', feedIds: [] }, false],
    ['an old inbox with 500 unread, read every 2 minutes', feed(FEED_WINDOW, '2026-12-01T20:01:00.000Z', 500, 5000), prev(['5001']), false],
  ])('%s → %s', (_, f, p, expected) => expect(mayHaveOverflowed(f, p)).toBe(expected))

  it('undated entries: none listed before → overflowed', () => {
    const f = feed(FEED_WINDOW, MORNING)
    f.entries.forEach((e) => (e.issued = ''))
    expect(mayHaveOverflowed(f, prev())).toBe(true)
    expect(mayHaveOverflowed(f, prev(['1005']))).toBe(false)
  })
})

describe('windowAfter', () => {
  it('records the read and the gap since the previous read, and keeps the earliest gap', () => {
    const now = new Date(MORNING)
    const c = { ...emptyCursor('u/0'), feedReadAt: READ, feedIds: ['1'] }
    const after = windowAfter(c, feed(FEED_WINDOW, MORNING), now)
    expect(after).toEqual({ feedReadAt: MORNING, feedIds: Array.from({ length: 20 }, (_, i) => String(1000 + i)), mayHaveMissedSince: READ })
    const later = windowAfter({ ...c, ...after }, feed(FEED_WINDOW, '2026-12-03T08:00:00.000Z', 20, 3000), new Date('2026-12-03T08:00:00.000Z'))
    expect(later.mayHaveMissedSince).toBe(READ)
    expect(windowAfter(c, feed(3, MORNING), now).mayHaveMissedSince).toBe('')
  })
})
