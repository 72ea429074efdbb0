/**
 * Restoring a backup file (options page), whatever its size, all or nothing, in bounded memory:
 *
 * 1. Check: the file is read as it streams (backup-scanner.ts) and every row checked
 *    (backup-validate.ts); nothing is written, so a bad row anywhere refuses the whole file.
 * 2. Write: the file is read again inside ONE IndexedDB transaction, in batches; Dexie.waitFor keeps
 *    the transaction open across the file reads (Dexie docs: waitFor). If anything fails (quota,
 *    a closed page) the transaction aborts and nothing is kept.
 * 3. Contacts: in the same transaction, every address with events is derived again, a batch of
 *    addresses at a time in address order, and contact rows left without events are deleted.
 *
 * Merging: events and notices already stored are kept, a contact's decision is taken from the file
 * only when newer than the local one, local settings win. Restoring a file twice changes nothing.
 */
import Dexie from 'dexie'
import type { ReboundDb } from './db'
import { KV_SETTINGS } from './db'
import { BackupScanner, BackupSyntaxError, LIST_FIELDS, REQUIRED_LISTS, type BackupItem, type ListField } from './backup-scanner'
import { BackupError, checkContact, checkCursor, checkEvent, checkNotice, checkReview } from './backup-validate'
import { recordNewNotices } from './notices'
import { contactOf } from './recompute'
import { getSettings, validateSettings } from './settings'
import { DEFAULT_SETTINGS, type BounceEvent, type Contact, type ReviewNotice, type SeenNotice, type Settings, type UserDecision, type WatcherCursor } from './types'

/** Files over this are refused before reading (a 1,000,000-event backup is about 600 MB). */
export const MAX_BACKUP_BYTES = 1024 ** 3

export interface RestoreProgress {
  phase: 'check' | 'write' | 'contacts'
  /** Bytes read in this phase (contacts: events whose contact is derived), out of total. */
  done: number
  total: number
}

export interface RestoreOptions {
  now?: Date
  onProgress?: (p: RestoreProgress) => void
  maxBytes?: number
  /** Bytes read from the file at a time. */
  readBytes?: number
  /** Rows written per batch, and addresses derived per step. */
  batch?: number
}

type Row = { events: BounceEvent; contacts: ReturnType<typeof checkContact>; notices: SeenNotice; cursors: WatcherCursor; reviews: ReviewNotice }
const CHECKS: { [K in ListField]: (v: unknown, i: number, now: Date) => Row[K] } = {
  events: checkEvent, contacts: checkContact, notices: checkNotice, cursors: checkCursor, reviews: checkReview,
}

export async function restoreBackup(db: ReboundDb, file: Blob, options: RestoreOptions = {}): Promise<{ contacts: number; events: number }> {
  const now = options.now ?? new Date()
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES
  const batch = options.batch ?? 2000
  const progress = options.onProgress ?? (() => undefined)
  if (file.size > maxBytes) throw new BackupError(`the file is over the size limit (${maxBytes} bytes)`)

  // 1. Check everything; keep only the settings.
  const header = new Header()
  await readBackup(file, options.readBytes, (p) => progress({ phase: 'check', done: p, total: file.size }), (p) => p, (items) => {
    for (const item of items) header.take(item, now)
  })
  header.finish()

  // 2. and 3., in one transaction.
  return db.transaction('rw', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv, db.reviews], async () => {
    const pending: { [K in ListField]: Row[K][] } = { events: [], contacts: [], notices: [], cursors: [], reviews: [] }
    let newEvents = 0
    /** Local contacts whose decision the file replaced: their row before, to count what changed. */
    const replaced = new Map<string, string>()
    const flush = async (key: ListField) => {
      if (key === 'events') newEvents += await writeEvents(db, pending.events)
      if (key === 'notices') await recordNewNotices(db, [...new Map(pending.notices.map((n) => [n.noticeKey, n])).values()])
      if (key === 'cursors') await writeCursors(db, pending.cursors)
      if (key === 'contacts') await writeDecisions(db, pending.contacts, replaced)
      if (key === 'reviews') {
        if (pending.events.length) await flush('events')
        await writeReviews(db, pending.reviews)
      }
      pending[key] = []
    }
    const seen = new Header()
    await readBackup(file, options.readBytes, (p) => progress({ phase: 'write', done: p, total: file.size }), (p) => Dexie.waitFor(p), async (items) => {
      for (const item of items) {
        if (item.kind !== 'row') continue
        const list = pending[item.key] as unknown[]
        list.push(CHECKS[item.key](item.value, seen.count(item.key), now))
        if (list.length >= batch) await flush(item.key)
      }
    })
    for (const key of LIST_FIELDS) await flush(key)
    if (!(await db.kv.get(KV_SETTINGS))) await db.kv.put({ key: KV_SETTINGS, value: header.settings })
    const contacts = await deriveAll(db, await getSettings(db), now, batch, replaced, (done, total) => progress({ phase: 'contacts', done, total }))
    return { contacts, events: newEvents }
  })
}

/** The file's own fields, checked as they come; a list must come after format and version. */
class Header {
  format = false
  version = false
  settings: Settings = { ...DEFAULT_SETTINGS }
  private readonly lists = new Map<ListField, number>()

  take(item: BackupItem, now: Date): void {
    if (item.kind === 'field') return this.field(item.key, item.value)
    if (!this.format || !this.version) throw new BackupError('not a Rebound backup file')
    if (item.kind === 'list') {
      if (this.lists.has(item.key)) throw new BackupError(`"${item.key}" is listed twice`)
      this.lists.set(item.key, 0)
      return
    }
    CHECKS[item.key](item.value, this.count(item.key), now)
  }

  /** The index of the next row of `key` (for messages), counting it. */
  count(key: ListField): number {
    const n = this.lists.get(key) ?? 0
    this.lists.set(key, n + 1)
    return n
  }

  finish(): void {
    if (!this.format || !this.version) throw new BackupError('not a Rebound backup file')
    for (const k of REQUIRED_LISTS) if (!this.lists.has(k)) throw new BackupError(`"${k}" must be a list`)
  }

  private field(key: string, value: unknown): void {
    if (key === 'format') {
      if (value !== 'rebound-backup') throw new BackupError('not a Rebound backup file')
      this.format = true
    } else if (key === 'version') {
      if (!this.format) throw new BackupError('not a Rebound backup file')
      if (value !== 1) throw new BackupError(`unsupported backup version ${String(value)}`)
      this.version = true
    } else if (key === 'settings') {
      try {
        const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}
        this.settings = validateSettings({ ...DEFAULT_SETTINGS, ...given } as Settings)
      } catch (e) {
        throw new BackupError(`settings: ${(e as Error).message}`)
      }
    } else if ((LIST_FIELDS as readonly string[]).includes(key)) {
      throw new BackupError(`"${key}" must be a list`)
    }
  }
}

/** Reads the file piece by piece through the scanner; `wait` wraps each file read. */
async function readBackup(
  file: Blob,
  readBytes = 4 * 1024 * 1024,
  onRead: (bytes: number) => void,
  wait: <T>(p: Promise<T>) => Promise<T>,
  onItems: (items: BackupItem[]) => void | Promise<void>,
): Promise<void> {
  const scanner = new BackupScanner()
  const decoder = new TextDecoder('utf-8')
  try {
    for (let at = 0; at < file.size; at += readBytes) {
      const bytes = new Uint8Array(await wait(file.slice(at, at + readBytes).arrayBuffer()))
      await onItems(scanner.push(decoder.decode(bytes, { stream: true })))
      onRead(Math.min(at + readBytes, file.size))
    }
    await onItems([...scanner.push(decoder.decode()), ...scanner.end()])
  } catch (e) {
    if (!(e instanceof BackupSyntaxError)) throw e
    if (e.message === 'not JSON') throw new BackupError('not a JSON file')
    throw new BackupError(e.message === 'not a JSON object' ? 'not a Rebound backup file' : `damaged file: ${e.message}`)
  }
}

/** Adds the events not stored yet; returns how many. */
async function writeEvents(db: ReboundDb, rows: BounceEvent[]): Promise<number> {
  const unique = [...new Map(rows.map((e) => [e.key, e])).values()]
  const stored = await db.events.bulkGet(unique.map((e) => e.key))
  const fresh = unique.filter((_, i) => stored[i] === undefined)
  await db.events.bulkAdd(fresh)
  return fresh.length
}

/**
 * Reviews not stored yet, unless the notice is already stored as vouched for (read again since, by
 * a route that could vouch for it: as at ingest, src/store/ingest.ts). A local dismissal stands.
 */
async function writeReviews(db: ReboundDb, rows: ReviewNotice[]): Promise<void> {
  const unique = [...new Map(rows.map((r) => [r.identity, r])).values()]
  const stored = await db.reviews.bulkGet(unique.map((r) => r.identity))
  const absent = unique.filter((_, i) => stored[i] === undefined)
  const vouched = await Promise.all(absent.map((r) => db.events.where('key').startsWith(`${r.identity}|`).limit(1).count()))
  await db.reviews.bulkAdd(absent.filter((_, i) => vouched[i] === 0))
}

async function writeCursors(db: ReboundDb, rows: WatcherCursor[]): Promise<void> {
  const unique = [...new Map(rows.map((c) => [c.account, c])).values()]
  const stored = await db.cursors.bulkGet(unique.map((c) => c.account))
  await db.cursors.bulkPut(unique.filter((_, i) => stored[i] === undefined))
}

/**
 * A file contact's decision replaces the local one only when newer. A contact not stored yet is
 * stored as a stub (address, decision, list, flaggedAt) that the contacts step derives or deletes.
 */
async function writeDecisions(db: ReboundDb, rows: Row['contacts'][], replaced: Map<string, string>): Promise<void> {
  const unique = [...new Map(rows.map((c) => [c.address, c])).values()]
  const stored = await db.contacts.bulkGet(unique.map((c) => c.address))
  const out: Contact[] = []
  unique.forEach((c, i) => {
    const local = stored[i]
    if (!local) return out.push(stub(c))
    const decision = newer(local.decision, c.decision)
    if (decision === local.decision) return
    if (!replaced.has(c.address)) replaced.set(c.address, JSON.stringify(local))
    out.push({ ...local, decision })
  })
  await db.contacts.bulkPut(out)
}

/** Marks a stub: the contacts step counts it as new, and derives or deletes it. */
const STUB = 'restoring'

function stub(c: Row['contacts']): Contact {
  return {
    address: c.address, domain: '', list: c.list, reason: 'undefined', status: '', replyCode: '', diagnostic: '', remoteMta: '',
    subject: '', hard: false, escalated: false, bounceCount: 0, softBounceCount: 0, firstBounceAt: '', lastBounceAt: '',
    nextRetryAt: '', decision: c.decision, flaggedAt: c.flaggedAt, [STUB]: true,
  } as Contact
}

function newer(a: UserDecision | null, b: UserDecision | null): UserDecision | null {
  if (!a) return b
  if (!b) return a
  return b.at > a.at ? b : a
}

/**
 * Every address with events, derived again in address order, `step` addresses at a time (an
 * address's events are never split across steps); contact rows without events are deleted.
 * Returns how many contact rows differ from before the restore.
 */
async function deriveAll(
  db: ReboundDb, settings: Settings, now: Date, step: number, replaced: Map<string, string>, onProgress: (done: number, total: number) => void,
): Promise<number> {
  const total = await db.events.count()
  let changed = 0
  let done = 0
  let last = ''
  for (;;) {
    const rows = await db.events.where('address').above(last).limit(step).toArray()
    if (!rows.length) break
    const events = new Map<string, BounceEvent[]>()
    for (const e of rows) {
      const list = events.get(e.address)
      if (list) list.push(e)
      else events.set(e.address, [e])
    }
    const addresses = [...events.keys()]
    const end = addresses[addresses.length - 1]
    if (rows.length === step) events.set(end, await db.events.where('address').equals(end).toArray())
    const orphans = (await db.contacts.where(':id').between(last, end, false, true).primaryKeys()).filter((a) => !events.has(a))
    await db.contacts.bulkDelete(orphans)
    changed += orphans.filter((a) => replaced.has(a)).length
    const before = await db.contacts.bulkGet(addresses)
    const after = addresses.map((a, i) => {
      const prev = before[i]
      return contactOf(a, events.get(a)!, prev, prev?.decision ?? null, settings, now).contact
    })
    await db.contacts.bulkPut(after)
    after.forEach((c, i) => {
      const prev = before[i]
      const was = prev && (prev as unknown as Record<string, unknown>)[STUB] ? undefined : replaced.get(c.address) ?? (prev && JSON.stringify(prev))
      if (was !== JSON.stringify(c)) changed++
    })
    for (const list of events.values()) done += list.length
    onProgress(Math.min(done, total), total)
    last = end
  }
  const orphans = await db.contacts.where(':id').above(last).primaryKeys()
  await db.contacts.bulkDelete(orphans)
  return changed + orphans.filter((a) => replaced.has(a)).length
}
