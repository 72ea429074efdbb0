/** The options page ↔ service worker port for the Gmail API scan (chrome.runtime.connect). */
export const SCAN_PORT = 'gmail-api-scan'

export interface ScanProgress {
  mode: 'full' | 'incremental' | 'full-after-stale-history'
  /** Message ids to read (listed by the search, or added since the last scan). */
  listed: number
  read: number
  notices: number
  flagged: number
  duplicates: number
  /** New messages whose headers showed they were not notices (incremental runs). */
  skipped: number
  errors: number
  lastError: string
}

export interface ScanStatus {
  running: boolean
  /** Seconds the scan is waiting because Gmail asked to slow down (429 / 5xx); 0 otherwise. */
  waitSeconds: number
  progress: ScanProgress | null
  outcome: 'done' | 'cancelled' | 'failed' | null
  error: string
  /** ISO time of the last completed scan, "" before the first. */
  lastScanAt: string
  /** Scans ended since the worker started (lets a page tell one run's end from the next). */
  finished: number
}

export type ToScan = { type: 'start' } | { type: 'cancel' } | { type: 'status' }
export type FromScan = { type: 'status'; status: ScanStatus }
