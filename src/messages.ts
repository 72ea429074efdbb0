/**
 * The typed message contract between content scripts, pages (popup, options) and the service worker.
 * One entry per request type: the worker's handler map in src/background/ must cover every key.
 */
import type { Report } from './bounce/types'
import type { ComposeWarning, ContactList } from './store/types'

export interface ProtocolMap {
  /** A content script read a notice's raw source (bytes as a Latin-1 "binary" string or base64). */
  ingestRaw: (req: { raw: string; encoding: 'base64' | 'text'; source: NoticeSource; inSpam?: boolean }) => IngestResult
  /** A content script only had the rendered text of a notice. */
  ingestText: (req: { text: string; subject: string; from: string; source: NoticeSource }) => IngestResult
  /** The popup was opened: clear the "new since last opened" badge. */
  popupOpened: () => void
  /** Ask the worker to poll the watched accounts now (also retries signed-out accounts). */
  pollNow: () => { polled: number }
  /**
   * A Gmail content script whose own fetch of the raw source failed asks the worker to fetch it
   * (the worker holds the host permission) and ingest it; same answer as `ingestRaw`.
   */
  ingestGmail: (req: { account: string; id: string; inSpam?: boolean }) => IngestResult
  /** A Gmail page for account "u/N" is open and signed in: watch it, and resume it if signed out. */
  accountSeen: (req: { account: string }) => void
  /**
   * Test-only: poll every `seconds` (an unpacked extension may use alarms of a few seconds). Refused
   * for an installed (packed) extension and for content scripts. `seconds: 0` goes back to the
   * settings' period. Documented in src/background/README.md.
   */
  testPollEvery: (req: { seconds: number }) => { ok: boolean; error?: string }
  /**
   * The options page's "Delete everything": stops running imports and scans, deletes the store
   * (notices read so far stay forgotten, src/store/delete-everything.ts), clears the badge.
   */
  deleteEverything: () => void
  /**
   * The compose guard (content script in the top frame of a Gmail or Outlook on the web tab) asks about
   * the addresses in its open composes (at most 100): warnings for those that need one, nothing about other contacts.
   * `enabled: false` when the user turned the guard off in the options.
   */
  composeWarnings: (req: { addresses: string[] }) => { enabled: boolean; warnings: ComposeWarning[] }
}

/** Where a notice came from; (origin, id) identifies it for idempotent ingestion. */
export interface NoticeSource {
  origin: 'gmail' | 'outlook' | 'import' | 'gmail-api' | 'demo'
  /** Account key, e.g. "u/0" or the mailbox address; "" when unknown. */
  account: string
  /** Stable id of the notice in its origin (Gmail msg-f decimal, file name + index, ...). */
  id: string
  /**
   * The mailbox's address when known (Gmail's feed names it), or the imported file's name: shown
   * as the contact's account (src/store/accounts.ts). Not part of the notice's key.
   */
  mailbox?: string
}

export interface IngestResult {
  report: Report | { kind: 'error'; error: string }
  /** Contacts newly flagged (entered Remove / Retry / Sending issues) by this notice. */
  flagged: number
  /** True when the notice had already been ingested (nothing changed). */
  duplicate: boolean
  /** The list each reported recipient's contact is in now (for the in-page banner). */
  contacts?: { address: string; list: ContactList }[]
  /** The trust evaluator's verdict (src/trust/): an unverified notice changed no list and waits for review. */
  trust?: { level: 'trusted' | 'unverified'; reason: string; reporter: string }
}

/**
 * What a content script gets back, per type it may send (src/background/senders.ts shapes it): the
 * banner's lines only, never the parsed notice or stored contacts. Pages get ProtocolMap's answer.
 */
export interface ContentAnswers {
  ingestRaw: BannerAnswer
  ingestText: BannerAnswer
  ingestGmail: BannerAnswer
  accountSeen: void
  /** Warnings only for the addresses asked (src/store/compose-warnings.ts), never other contacts. */
  composeWarnings: { enabled: boolean; warnings: ComposeWarning[] }
}

/** The in-page banner's text lines (plain text, never HTML). */
export interface BannerAnswer {
  lines: string[]
}

export type MessageType = keyof ProtocolMap
export type Request<K extends MessageType> = { type: K } & (Parameters<ProtocolMap[K]>[0] extends undefined ? {} : Parameters<ProtocolMap[K]>[0] extends infer P ? (P extends object ? P : {}) : {})
export type Response<K extends MessageType> = ReturnType<ProtocolMap[K]>
