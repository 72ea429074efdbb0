/**
 * Backup for the options page: everything as one JSON object, and back. Import validates every
 * row (a backup file is user-supplied input) and merges: events and notices already present are
 * kept, a contact's decision is taken from the file only when it is newer than the local one,
 * then the touched contacts are recomputed. Importing the same file twice changes nothing.
 */
import type { ReboundDb } from './db'
import { KV_SETTINGS } from './db'
import { DEFAULT_SETTINGS, type BackupFile, type BounceEvent, type Contact, type SeenNotice, type Settings, type UserDecision, type WatcherCursor } from './types'
import { getSettings, validateSettings } from './settings'
import { eventsByAddress, recompute } from './recompute'
import { allSeenNotices, recordNewNotices } from './notices'
import { domainOf } from '../policy/retry-policy'

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export async function exportAll(db: ReboundDb, now = new Date()): Promise<BackupFile> {
  return db.transaction('r', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv], async () => ({
    format: 'rebound-backup' as const,
    version: 1 as const,
    exportedAt: now.toISOString(),
    settings: await getSettings(db),
    events: await db.events.toArray(),
    contacts: await db.contacts.toArray(),
    notices: await allSeenNotices(db),
    cursors: await db.cursors.toArray(),
  }))
}

export async function importAll(db: ReboundDb, data: unknown, now = new Date()): Promise<{ contacts: number; events: number }> {
  const file = parseBackup(data)
  return db.transaction('rw', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv], async () => {
    const existing = await db.events.bulkGet(file.events.map((e) => e.key))
    const newEvents = file.events.filter((_, i) => existing[i] === undefined)
    await db.events.bulkPut(newEvents)
    // A key listed twice in the file: its last row, as a put of each row in turn would keep.
    await recordNewNotices(db, [...new Map(file.notices.map((n) => [n.noticeKey, n])).values()])
    const cursors = await db.cursors.bulkGet(file.cursors.map((c) => c.account))
    await db.cursors.bulkPut(file.cursors.filter((_, i) => cursors[i] === undefined))
    if (!(await db.kv.get(KV_SETTINGS))) await db.kv.put({ key: KV_SETTINGS, value: file.settings })

    const fromFile = new Map(file.contacts.map((c) => [c.address, c]))
    const candidates = [...new Set([...newEvents.map((e) => e.address), ...fromFile.keys()])]
    const local = await db.contacts.bulkGet(candidates)
    const before = new Map(candidates.map((a, i) => [a, local[i]]))
    const events = await eventsByAddress(db, candidates)
    // A contact row in the file without any event behind it has nothing to show: skipped.
    const addresses = candidates.filter((a) => before.get(a) !== undefined || events.has(a))
    const decisions = new Map<string, UserDecision | null>()
    for (const a of addresses) decisions.set(a, newer(before.get(a)?.decision ?? null, fromFile.get(a)?.decision ?? null))
    // A contact restored from the file keeps its flaggedAt (not "new" for the badge).
    const previous = new Map(addresses.map((a) => [a, before.get(a) ?? fromFile.get(a)]))
    await recompute(db, addresses, await getSettings(db), now, { events, previous, decisions })
    const after = await db.contacts.bulkGet(addresses)
    const changed = addresses.filter((a, i) => JSON.stringify(before.get(a)) !== JSON.stringify(after[i])).length
    return { contacts: changed, events: newEvents.length }
  })
}

export async function deleteEverything(db: ReboundDb): Promise<void> {
  await db.transaction('rw', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv], async () => {
    await Promise.all([db.events.clear(), db.contacts.clear(), db.noticeBatches.clear(), db.cursors.clear(), db.kv.clear()])
  })
}

function newer(a: UserDecision | null, b: UserDecision | null): UserDecision | null {
  if (!a) return b
  if (!b) return a
  return b.at > a.at ? b : a
}

/** Throws BackupError with the first problem found; returns rows with only known fields. */
export function parseBackup(data: unknown): BackupFile {
  if (!isObject(data) || data.format !== 'rebound-backup') throw new BackupError('not a Rebound backup file')
  if (data.version !== 1) throw new BackupError(`unsupported backup version ${String(data.version)}`)
  for (const k of ['events', 'contacts', 'notices', 'cursors'] as const) {
    if (!Array.isArray(data[k])) throw new BackupError(`"${k}" must be a list`)
  }
  let settings
  try {
    settings = validateSettings({ ...DEFAULT_SETTINGS, ...(isObject(data.settings) ? data.settings : {}) } as Settings)
  } catch (e) {
    throw new BackupError(`settings: ${(e as Error).message}`)
  }
  return {
    format: 'rebound-backup',
    version: 1,
    exportedAt: str(data.exportedAt),
    settings,
    events: (data.events as unknown[]).map((e, i) => checkEvent(e, i)),
    contacts: (data.contacts as unknown[]).map((c, i) => checkContact(c, i)),
    notices: (data.notices as unknown[]).map((n, i) => checkNotice(n, i)),
    cursors: (data.cursors as unknown[]).map((c, i) => checkCursor(c, i)),
  }
}

const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded']
const VERDICTS = ['remove', 'retry', 'fix-sending', 'pending', 'none']
const DECISIONS = ['removed', 'retried', 'ignored', 'ok']

function checkEvent(v: unknown, i: number): BounceEvent {
  if (!isObject(v)) throw new BackupError(`events[${i}] is not an object`)
  const address = str(v.address).toLowerCase()
  const noticeKey = str(v.noticeKey)
  if (!address.includes('@') || !noticeKey) throw new BackupError(`events[${i}] lacks an address or notice`)
  if (!ACTIONS.includes(str(v.action))) throw new BackupError(`events[${i}] has an unknown action`)
  if (!VERDICTS.includes(str(v.verdict))) throw new BackupError(`events[${i}] has an unknown verdict`)
  if (Number.isNaN(Date.parse(str(v.at)))) throw new BackupError(`events[${i}] has no valid date`)
  return {
    key: `${noticeKey}|${address}`,
    noticeKey,
    address,
    domain: domainOf(address),
    action: v.action as BounceEvent['action'],
    status: str(v.status, 32),
    replyCode: str(v.replyCode, 8),
    reason: (str(v.reason) || 'undefined') as BounceEvent['reason'],
    hard: v.hard === true,
    verdict: v.verdict as BounceEvent['verdict'],
    diagnostic: str(v.diagnostic, 2000),
    remoteMta: str(v.remoteMta, 255),
    at: str(v.at),
    subject: str(v.subject, 500),
    originalMessageId: str(v.originalMessageId, 500),
    ingestedAt: str(v.ingestedAt) || str(v.at),
    ...(typeof v.account === 'string' && v.account ? { account: str(v.account, 320) } : {}),
  }
}

/** Only the address and the decision are taken from a backed-up contact: the rest is derived. */
function checkContact(v: unknown, i: number): Contact {
  if (!isObject(v)) throw new BackupError(`contacts[${i}] is not an object`)
  const address = str(v.address).toLowerCase()
  if (!address.includes('@')) throw new BackupError(`contacts[${i}] lacks an address`)
  let decision: UserDecision | null = null
  if (v.decision != null) {
    const d = v.decision
    if (!isObject(d) || !DECISIONS.includes(str(d.action)) || Number.isNaN(Date.parse(str(d.at))) || !Number.isInteger(d.eventsAtDecision)) {
      throw new BackupError(`contacts[${i}] has an invalid decision`)
    }
    decision = { action: d.action as UserDecision['action'], at: str(d.at), eventsAtDecision: d.eventsAtDecision as number }
  }
  return { ...(v as unknown as Contact), address, decision, flaggedAt: str(v.flaggedAt) }
}

function checkNotice(v: unknown, i: number): SeenNotice {
  if (!isObject(v) || !str(v.noticeKey)) throw new BackupError(`notices[${i}] lacks a noticeKey`)
  const notice: SeenNotice = { noticeKey: str(v.noticeKey), kind: str(v.kind), seenAt: str(v.seenAt), recipients: Number(v.recipients) || 0 }
  // A file from before schema v3 has no eventsKey: the store then reads it as the noticeKey.
  if (typeof v.eventsKey === 'string') notice.eventsKey = str(v.eventsKey, 1100)
  return notice
}

function checkCursor(v: unknown, i: number): WatcherCursor {
  if (!isObject(v) || !str(v.account)) throw new BackupError(`cursors[${i}] lacks an account`)
  const state = ['ok', 'signed-out', 'backoff', 'error'].includes(str(v.state)) ? (v.state as WatcherCursor['state']) : 'ok'
  return { account: str(v.account), state, lastPollAt: str(v.lastPollAt), notBefore: str(v.notBefore), failures: Number(v.failures) || 0, lastError: str(v.lastError, 500) }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function str(v: unknown, max = 10_000): string {
  return typeof v === 'string' ? v.slice(0, max) : ''
}
