import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { ingestReport } from '../store/ingest'
import { saveSettings } from '../store/settings'
import { SENDING, SOFT, recipient, report, source } from '../store/fixtures/reports'
import { announce, burstSince, notifyIfNeeded } from './notify'

const NOW = new Date('2026-11-10T12:00:00Z')
const none = { dueUntil: '', sendingUntil: '' }

describe('announce', () => {
  it.each<[string, { due: number; sending: number }, string[]]>([
    ['nothing new', { due: 0, sending: 0 }, []],
    ['two came due', { due: 2, sending: 0 }, ['rebound-due']],
    ['two sending issues are not a burst', { due: 0, sending: 2 }, []],
    ['three within the hour are', { due: 1, sending: 3 }, ['rebound-due', 'rebound-sending']],
  ])('%s', (_, counts, ids) => expect(announce(none, counts, NOW).show.map((a) => a.id)).toEqual(ids))

  it('says how many, and moves the marks forward', () => {
    const { show, next } = announce(none, { due: 2, sending: 4 }, NOW)
    expect(show.map((a) => a.message)).toEqual([
      'Contacts due to retry: 2. Open Rebound’s Retry list to resend.',
      '4 contacts entered Sending issues in the last hour: your emails may be blocked or failing authentication. Open Rebound to see why.',
    ])
    expect(next).toEqual({ dueUntil: NOW.toISOString(), sendingUntil: NOW.toISOString() })
    expect(announce(none, { due: 0, sending: 1 }, NOW).next.sendingUntil).toBe('') // no burst: the window keeps sliding
  })

  it('a burst counts the last hour, never what was already announced', () => {
    expect(burstSince(none, NOW)).toBe('2026-11-10T11:00:00.000Z')
    expect(burstSince({ dueUntil: '', sendingUntil: '2026-11-10T11:30:00.000Z' }, NOW)).toBe('2026-11-10T11:30:00.000Z')
  })
})

describe('notifyIfNeeded', () => {
  let db: ReboundDb
  afterEach(async () => {
    vi.unstubAllGlobals()
    await db.delete()
  })

  it('off by default; once on, each due contact and each burst is announced once', async () => {
    db = openDb(`notify-${Date.now()}`)
    const create = vi.fn(async () => '')
    vi.stubGlobal('chrome', { notifications: { create }, permissions: { contains: vi.fn(async () => true) }, runtime: { getURL: (p: string) => `chrome-extension://x/${p}` } })
    // Bounced 2 Nov 10:00 → due 3 Nov 10:00; three sending issues read at 11:30.
    await ingestReport(db, report([recipient('a@x.com', SOFT), recipient('s1@x.com', SENDING), recipient('s2@x.com', SENDING), recipient('s3@x.com', SENDING)]), source('1'), new Date('2026-11-10T11:30:00Z'))
    expect(await notifyIfNeeded(db, NOW)).toEqual([])
    await saveSettings(db, { notify: true })
    expect((await notifyIfNeeded(db, NOW)).map((a) => a.id)).toEqual(['rebound-due', 'rebound-sending'])
    expect(create).toHaveBeenCalledTimes(2)
    expect(await notifyIfNeeded(db, new Date('2026-11-10T12:05:00Z'))).toEqual([])
  })

  it('nothing without the permission, even when the setting is on', async () => {
    db = openDb(`notify-perm-${Date.now()}`)
    vi.stubGlobal('chrome', { notifications: { create: vi.fn() }, permissions: { contains: vi.fn(async () => false) } })
    await ingestReport(db, report([recipient('a@x.com', SOFT)]), source('1'), new Date('2026-11-02T11:00:00Z'))
    await saveSettings(db, { notify: true })
    expect(await notifyIfNeeded(db, NOW)).toEqual([])
  })
})
