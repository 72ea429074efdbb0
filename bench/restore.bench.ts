/**
 * Restoring a large backup (issue 10: "restore a 1,000,000-event backup in batches, atomically,
 * memory bounded"), in Node with fake-indexeddb. Writes a backup file of EVENTS events (default
 * 1,000,000; `REBOUND_RESTORE_EVENTS=200000` for a quicker run) to a temp file, restores it from
 * disk (openAsBlob: the file is never in memory), and prints time and peak memory per phase.
 * fake-indexeddb keeps the whole database in the JS heap, so the heap grows with the store there;
 * the check phase (every row read and checked, nothing written) shows the restore's own memory.
 * By default it stops when the write phase starts (all or nothing: nothing is kept);
 * REBOUND_RESTORE_FULL=1 restores the whole file.
 * Run alone: npx tsx bench/restore.bench.ts
 */
import 'fake-indexeddb/auto'
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { openDb } from '../src/store/db'
import { restoreBackup, type RestoreProgress } from '../src/store/restore'

const EVENTS = Number(process.env.REBOUND_RESTORE_EVENTS ?? 1_000_000)
// Under `npm run bench` the write phase would take ~30 min in fake-indexeddb at 1,000,000 events: the
// default run checks every row (the restore's own memory), REBOUND_RESTORE_FULL=1 writes them too.
const CHECK_ONLY = !!process.env.REBOUND_RESTORE_CHECK_ONLY || process.env.REBOUND_RESTORE_FULL !== '1'
const MB = 2 ** 20

async function writeBackup(path: string): Promise<void> {
  const out = createWriteStream(path)
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain')
  }
  await write('{\n "format": "rebound-backup",\n "version": 1,\n "exportedAt": "2026-11-10T12:00:00.000Z",\n "settings": {},\n "events": [\n')
  for (let i = 0; i < EVENTS; i++) {
    const address = `contact${i % Math.floor(EVENTS * 0.7)}@domain${i % 613}.example`
    const day = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString()
    const e = {
      key: `mid:n${i}@mx.example|${address}`, noticeKey: `mid:n${i}@mx.example`, address, domain: `domain${i % 613}.example`,
      action: 'failed', status: '5.1.1', replyCode: '550', reason: i % 3 ? 'userunknown' : 'mailboxfull', hard: i % 3 !== 0,
      verdict: i % 3 ? 'remove' : 'retry', diagnostic: '550 5.1.1 <x>: Recipient address rejected: User unknown in virtual mailbox table',
      remoteMta: 'mx.domain.example', at: day, subject: 'Quick question about your Q3 plans', originalMessageId: `<o${i}@sales.example>`,
      ingestedAt: day, account: 'gmail:me@sales.example',
    }
    await write(`  ${JSON.stringify(e)}${i < EVENTS - 1 ? ',' : ''}\n`)
  }
  await write(' ],\n "contacts": [],\n "notices": [],\n "cursors": []\n}\n')
  out.end()
  await once(out, 'finish')
}

const dir = mkdtempSync(join(tmpdir(), 'rebound-restore-'))
const path = join(dir, 'backup.json')
try {
  let t = performance.now()
  await writeBackup(path)
  console.log(`backup of ${EVENTS.toLocaleString('en')} events: ${(statSync(path).size / MB).toFixed(0)} MB written in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const db = openDb(`restore-bench-${process.pid}`)
  const peak: Record<string, { heap: number; rss: number; ms: number }> = {}
  let phase = ''
  let started = performance.now()
  const sample = () => {
    const m = process.memoryUsage()
    const p = (peak[phase] ??= { heap: 0, rss: 0, ms: 0 })
    p.heap = Math.max(p.heap, m.heapUsed)
    p.rss = Math.max(p.rss, m.rss)
  }
  const timer = setInterval(sample, 50)
  const onProgress = (p: RestoreProgress) => {
    if (CHECK_ONLY && p.phase === 'write') throw new Error('check only')
    if (p.phase !== phase) {
      if (phase) peak[phase].ms = performance.now() - started
      phase = p.phase
      started = performance.now()
    }
    sample()
  }
  t = performance.now()
  const r = await restoreBackup(db, await openAsBlob(path), { onProgress, maxBytes: 2 * 1024 ** 3 }).catch((e: unknown) => {
    if (!CHECK_ONLY) throw e
    return { events: 0, contacts: 0 }
  })
  peak[phase].ms = performance.now() - started
  clearInterval(timer)
  const s = (performance.now() - t) / 1000
  console.log(`restored ${r.events.toLocaleString('en')} events, ${r.contacts.toLocaleString('en')} contacts in ${s.toFixed(0)} s (${Math.round(r.events / s).toLocaleString('en')} events/s)`)
  for (const [name, p] of Object.entries(peak)) {
    console.log(`  ${name.padEnd(8)} ${(p.ms / 1000).toFixed(0).padStart(5)} s   peak heap ${(p.heap / MB).toFixed(0).padStart(5)} MB   peak rss ${(p.rss / MB).toFixed(0).padStart(5)} MB`)
  }
  await db.delete()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
