/**
 * The Gmail API scan in the service worker: the options page connects a port, asks to start or
 * cancel, and gets the status as it changes. Registered by src/background/index.ts; does nothing in
 * builds without an OAuth client id.
 */
import { parseBounce } from '../../bounce/index'
import { ingestReports } from '../../store/ingest'
import { asWriter } from '../../store/writers'
import { getDb } from '../db'
import { senderKind } from '../senders'
import { GmailApi } from './api'
import { API_SCAN_ENABLED } from './config'
import { SCAN_PORT, type FromScan, type ScanStatus, type ToScan } from './protocol'
import { runScan, type ScanControl } from './scan'
import { loadScan, saveScan } from './state'
import { identityTokens } from './token'

const ports = new Set<chrome.runtime.Port>()
const status: ScanStatus = { running: false, waitSeconds: 0, progress: null, outcome: null, error: '', lastScanAt: '', finished: 0 }
let control: ScanControl | null = null
let lastSent = 0

function broadcast(force = true) {
  const now = Date.now()
  if (!force && now - lastSent < 100) return
  lastSent = now
  const msg: FromScan = { type: 'status', status: { ...status } }
  for (const p of ports) p.postMessage(msg)
}

async function start() {
  if (status.running) return
  Object.assign(status, { running: true, waitSeconds: 0, progress: null, outcome: null, error: '' })
  broadcast()
  const run: ScanControl = { cancelled: false, onProgress: (p) => ((status.progress = p), broadcast(false)) }
  control = run
  // "Delete everything" stops the scan and waits for it (src/store/writers.ts).
  await asWriter(() => (run.cancelled = true), () => scan(run))
}

async function scan(run: ScanControl) {
  try {
    const saved = await loadScan(getDb())
    const api = new GmailApi({ tokens: identityTokens, interactive: true, onWait: (s) => ((status.waitSeconds = s), broadcast()) })
    const db = getDb()
    const result = await runScan(
      { api, parse: (raw) => parseBounce(raw), ingest: async (items) => ingestReports(db, items) },
      saved.cursor,
      run,
    )
    status.progress = result.progress
    if (result.cursor) {
      status.lastScanAt = new Date().toISOString()
      await saveScan(getDb(), { cursor: result.cursor, lastScanAt: status.lastScanAt })
    }
    status.outcome = run.cancelled ? 'cancelled' : 'done'
  } catch (e) {
    status.outcome = 'failed'
    status.error = e instanceof Error ? e.message : String(e)
  } finally {
    status.running = false
    status.waitSeconds = 0
    status.finished++
    control = null
    broadcast()
  }
}

export function registerGmailApiScan(): void {
  if (!API_SCAN_ENABLED) return
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== SCAN_PORT) return
    // Only the options page starts, cancels or watches a scan (issue 10 part 2): never a content script.
    if (senderKind(port.sender) !== 'extension') {
      port.disconnect()
      return
    }
    ports.add(port)
    port.onDisconnect.addListener(() => ports.delete(port))
    port.onMessage.addListener((m: ToScan) => {
      if (m.type === 'start') void start()
      else if (m.type === 'cancel' && control) control.cancelled = true
      else broadcast()
    })
    void loadScan(getDb())
      .then((s) => {
        if (!status.running) status.lastScanAt = s.lastScanAt
        broadcast()
      })
      .catch(() => broadcast())
  })
}
