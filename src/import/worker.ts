/// <reference lib="webworker" />
/**
 * The import Web Worker: reads the files the options page hands it and writes notices to the
 * store directly (same origin as the service worker; Dexie tells open pages about the changes).
 */
import { openDb } from '../store/db'
import { runImport, type ImportControl } from './importer'
import { ParsePool, poolSize } from './parse-pool'
import { useMemoryBlob } from '../bounce/mime/memory-blob'
import type { FromImportWorker, ToImportWorker } from './protocol'
import { storeDeps } from './store-deps'
import { asWriter } from '../store/writers'

const post = (m: FromImportWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m)
let control: ImportControl | null = null

self.onmessage = async (e: MessageEvent<ToImportWorker>) => {
  const msg = e.data
  if (msg.type === 'cancel') {
    if (control) control.cancelled = true
    return
  }
  if (control) return // one import at a time
  const run: ImportControl = { cancelled: false, onProgress: (progress) => post({ type: 'progress', progress }) }
  control = run
  // "Delete everything" stops the import and waits for it (src/store/writers.ts).
  await asWriter(() => (run.cancelled = true), () => importFiles(msg, run))
  control = null
}

async function importFiles(msg: Extract<ToImportWorker, { type: 'start' }>, control: ImportControl) {
  const db = openDb(msg.dbName)
  const size = poolSize()
  const pool = size > 0 ? new ParsePool(size) : null
  // On one core the engine runs here, and needs the in-memory Blob its own workers use
  // (parse-worker.ts). With Chromium's Blob the engine took 4× as long on one core (12.6 s against
  // 3.2 s for 605 notices, bench/import.bench.ts "chromium-1"). This worker builds no other Blob;
  // the page's Files stay native.
  const nativeBlob = pool ? null : useMemoryBlob()
  try {
    const files = msg.files.map((f) => ({ name: f.name, blob: f as Blob }))
    const deps = storeDeps(db)
    if (pool) Object.assign(deps, { parse: (raw: Uint8Array) => pool.parse(raw), parallel: pool.size * 2 })
    post({ type: 'done', summary: await runImport(files, deps, control) })
  } catch (err) {
    // The loop isolates per-message failures; this is the store itself failing (quota, closed db).
    post({ type: 'failed', error: err instanceof Error ? err.message : String(err) })
  } finally {
    pool?.close()
    nativeBlob?.()
    db.close()
  }
}
