/**
 * Restoring a backup file as the options page does (a Blob, streamed): checks on every field,
 * the size cap, all or nothing, progress, and memory that does not grow with the file.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupError, importAll } from './backup'
import { exportBlob } from './backup-export'
import { BackupScanner } from './backup-scanner'
import { getContact } from './contacts'
import { openDb, type ReboundDb } from './db'
import { restoreBackup, type RestoreProgress } from './restore'

const NOW = new Date('2026-11-10T12:00:00Z')
const dbs: ReboundDb[] = []
const fresh = () => {
  const db = openDb(`restore-${dbs.length}-${Date.now()}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

const event = (i: number, over: Record<string, unknown> = {}) => ({
  key: `mid:n${i}@mx|c${i}@x${i % 97}.com`, noticeKey: `mid:n${i}@mx`, address: `c${i}@x${i % 97}.com`, domain: `x${i % 97}.com`,
  action: 'failed', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove',
  diagnostic: '550 5.1.1 user unknown', remoteMta: 'mx.example.net', at: '2026-11-02T10:00:00.000Z', subject: 'Hello',
  originalMessageId: '', ingestedAt: '2026-11-02T10:00:00.000Z', ...over,
})
const backup = (events: unknown[], contacts: unknown[] = []) => ({ format: 'rebound-backup', version: 1, exportedAt: '', settings: {}, events, contacts, notices: [], cursors: [] })
const blob = (data: unknown) => new Blob([JSON.stringify(data, null, 1)])

describe('every field is checked', () => {
  it.each([
    ['a reason that is not the engine’s ("constructor")', { reason: 'constructor' }, /events\[0\] has an unknown reason/],
    ['a reason "__proto__"', { reason: '__proto__' }, /unknown reason/],
    ['an action "toString"', { action: 'toString' }, /unknown action/],
    ['a verdict "hasOwnProperty"', { verdict: 'hasOwnProperty' }, /unknown verdict/],
    ['no date', { at: 'yesterday' }, /no valid date/],
    ['an address without a domain', { address: 'jane@' }, /lacks an address/],
  ])('refuses %s, writing nothing', async (_name, over, message) => {
    const db = fresh()
    const error = await importAll(db, backup([event(1), event(2, over)].reverse()), NOW).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupError)
    expect((error as Error).message).toMatch(message)
    expect(await db.events.count()).toBe(0)
  })

  it('clamps dates to 2000 … tomorrow, and keeps only known fields', async () => {
    const db = fresh()
    await importAll(db, backup(
      [event(1, { at: '9999-12-31T00:00:00Z', ingestedAt: '1970-01-01T00:00:00Z', extra: '<script>' }), event(2, { at: '1999-05-01' })],
      [{ address: 'C1@X1.com', list: 'constructor', decision: { action: 'removed', at: '2400-01-01T00:00:00Z', eventsAtDecision: 1 }, reason: 'constructor', junk: 1 }],
    ), NOW)
    const [a, b] = await db.events.orderBy('key').toArray()
    expect(a.at).toBe('2026-11-11T12:00:00.000Z')
    expect(a.ingestedAt).toBe('2000-01-01T00:00:00.000Z')
    expect(a).not.toHaveProperty('extra')
    expect(b.at).toBe('2000-01-01T00:00:00.000Z')
    const c = await getContact(db, 'c1@x1.com')
    expect(c).toMatchObject({ reason: 'userunknown', decision: { action: 'removed', at: '2026-11-11T12:00:00.000Z' } })
    expect(c).not.toHaveProperty('junk')
    expect(c).not.toHaveProperty('restoring')
  })

  it('keeps how an event was vouched for, who reported it, and a forgotten notice (issue 10)', async () => {
    const db = fresh()
    const data = {
      ...backup([event(1, { trust: 'accepted', reporter: 'mx.example.net' }), event(2, { trust: 'sure!', reporter: 7 })]),
      notices: [{ noticeKey: 'gmail:u/0:1', kind: 'bounce', seenAt: '2026-11-02T10:00:00.000Z', recipients: 0, forgotten: true }],
    }
    await importAll(db, data, NOW)
    const [a, b] = await db.events.orderBy('key').toArray()
    expect(a).toMatchObject({ trust: 'accepted', reporter: 'mx.example.net' })
    expect(b).not.toHaveProperty('trust')
    expect(b).not.toHaveProperty('reporter')
    const batches = await db.noticeBatches.toArray()
    expect(batches.flatMap((r) => r.notices)).toEqual([expect.objectContaining({ noticeKey: 'gmail:u/0:1', forgotten: true })])
  })

  it('refuses a file over the size cap before reading it', async () => {
    const db = fresh()
    const file = blob(backup([event(1)]))
    await expect(restoreBackup(db, file, { maxBytes: file.size - 1 })).rejects.toThrow(/over the size limit/)
    expect(await restoreBackup(db, file, { maxBytes: file.size, now: NOW })).toEqual({ contacts: 1, events: 1 })
  })

  it.each([
    ['cut short', (s: string) => s.slice(0, -40), /damaged file/],
    ['a row that is not JSON', (s: string) => s.replace('"action": "failed"', '"action": failed'), /damaged file: events\[\d+\] is not valid JSON/],
    ['a list before its format', (s: string) => s.replace('"format": "rebound-backup",', '').replace('"exportedAt"', '"format": "rebound-backup", "exportedAt"'), /not a Rebound backup/],
    ['text after the end', (s: string) => `${s} {}`, /damaged file/],
    ['a huge row', (s: string) => s.replace('"subject": "Hello"', `"subject": "${'x'.repeat(1_100_000)}"`), /too long/],
  ])('refuses a file %s', async (_name, damage, message) => {
    const db = fresh()
    const text = damage(JSON.stringify(backup(Array.from({ length: 50 }, (_, i) => event(i))), null, 1))
    await expect(restoreBackup(db, new Blob([text]), { now: NOW, readBytes: 64 * 1024 })).rejects.toThrow(message)
    expect(await db.events.count()).toBe(0)
  })
})

describe('a large backup', () => {
  const N = 20_000
  const big = () => blob(backup(Array.from({ length: N }, (_, i) => event(i)), [{ address: 'c7@x7.com', decision: { action: 'ok', at: '2026-11-05T00:00:00Z', eventsAtDecision: 1 } }]))

  it('restores in batches with progress, every event and contact, in bounded memory', async () => {
    const db = fresh()
    const file = big()
    const seen: RestoreProgress[] = []
    let peak = 0
    const base = process.memoryUsage().heapUsed
    const r = await restoreBackup(db, file, {
      now: NOW, readBytes: 256 * 1024, batch: 1000,
      onProgress: (p) => {
        seen.push(p)
        peak = Math.max(peak, process.memoryUsage().heapUsed - base)
      },
    })
    expect(r).toEqual({ contacts: N, events: N })
    expect(await db.events.count()).toBe(N)
    expect(await db.contacts.count()).toBe(N)
    expect(await getContact(db, 'c7@x7.com')).toMatchObject({ list: 'cleared', decision: { action: 'ok' } })
    expect(seen.filter((p) => p.phase === 'check').at(-1)).toEqual({ phase: 'check', done: file.size, total: file.size })
    expect(seen.filter((p) => p.phase === 'write').length).toBeGreaterThan(10)
    expect(seen.filter((p) => p.phase === 'contacts').at(-1)?.done).toBe(N)
    // The file is ~11 MB of text; parsed whole with its objects it would take several times that.
    // A generous bound: fake-indexeddb itself holds the whole store in this heap.
    console.log(`restore ${N} events: file ${(file.size / 2 ** 20).toFixed(1)} MB, heap peak +${(peak / 2 ** 20).toFixed(0)} MB`)
    expect(peak).toBeLessThan(256 * 2 ** 20)
    expect(await importAll(db, { format: 'rebound-backup', version: 1, events: [], contacts: [], notices: [], cursors: [] }, NOW)).toEqual({ contacts: 0, events: 0 })
    // Exported again page by page (4 pages of events), it holds every row once.
    const again = JSON.parse(await (await exportBlob(db, NOW)).text()) as { events: { key: string }[]; contacts: unknown[] }
    expect(new Set(again.events.map((e) => e.key)).size).toBe(N)
    expect(again.contacts).toHaveLength(N)
  }, 300_000)

  it('writes nothing when the write fails half-way (all or nothing)', async () => {
    const db = fresh()
    let writes = 0
    const error = await restoreBackup(db, big(), {
      now: NOW, readBytes: 256 * 1024, batch: 1000,
      onProgress: (p) => {
        if (p.phase === 'write' && ++writes === 20) throw new Error('the page was closed')
      },
    }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('the page was closed')
    expect(await db.events.count()).toBe(0)
    expect(await db.contacts.count()).toBe(0)
  }, 300_000)
})

describe('BackupScanner', () => {
  it('splits a backup into fields and rows, whatever the piece boundaries', () => {
    const text = JSON.stringify({ format: 'rebound-backup', version: 1, settings: { a: [1, '}]'] }, events: [{ s: 'a\\"b]' }, {}], contacts: [], notices: [], cursors: [] }, null, 2)
    for (const size of [1, 3, 7, 1000]) {
      const scanner = new BackupScanner()
      const items = []
      for (let i = 0; i < text.length; i += size) items.push(...scanner.push(text.slice(i, i + size)))
      items.push(...scanner.end())
      expect(items).toEqual([
        { kind: 'field', key: 'format', value: 'rebound-backup' },
        { kind: 'field', key: 'version', value: 1 },
        { kind: 'field', key: 'settings', value: { a: [1, '}]'] } },
        { kind: 'list', key: 'events' },
        { kind: 'row', key: 'events', index: 0, value: { s: 'a\\"b]' } },
        { kind: 'row', key: 'events', index: 1, value: {} },
        { kind: 'list', key: 'contacts' },
        { kind: 'list', key: 'notices' },
        { kind: 'list', key: 'cursors' },
      ])
    }
  })
})
