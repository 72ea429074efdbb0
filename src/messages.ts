/**
 * The typed message contract between content scripts, pages (popup, options) and the service worker.
 * One entry per request type: the worker's handler map in src/background/ must cover every key.
 */
import type { Report } from './bounce/types'

export interface ProtocolMap {
  /** A content script read a notice's raw source (bytes as a Latin-1 "binary" string or base64). */
  ingestRaw: (req: { raw: string; encoding: 'base64' | 'text'; source: NoticeSource }) => IngestResult
  /** A content script only had the rendered text of a notice. */
  ingestText: (req: { text: string; subject: string; from: string; source: NoticeSource }) => IngestResult
  /** The popup was opened: clear the "new since last opened" badge. */
  popupOpened: () => void
  /** Ask the worker to poll the watched accounts now. */
  pollNow: () => { polled: number }
}

/** Where a notice came from; (origin, id) identifies it for idempotent ingestion. */
export interface NoticeSource {
  origin: 'gmail' | 'outlook' | 'import' | 'gmail-api' | 'demo'
  /** Account key, e.g. "u/0" or the mailbox address; "" when unknown. */
  account: string
  /** Stable id of the notice in its origin (Gmail msg-f decimal, file name + index, ...). */
  id: string
}

export interface IngestResult {
  report: Report | { kind: 'error'; error: string }
  /** Contacts newly flagged (entered Remove / Retry / Sending issues) by this notice. */
  flagged: number
  /** True when the notice had already been ingested (nothing changed). */
  duplicate: boolean
}

export type MessageType = keyof ProtocolMap
export type Request<K extends MessageType> = { type: K } & (Parameters<ProtocolMap[K]>[0] extends undefined ? {} : Parameters<ProtocolMap[K]>[0] extends infer P ? (P extends object ? P : {}) : {})
export type Response<K extends MessageType> = ReturnType<ProtocolMap[K]>
