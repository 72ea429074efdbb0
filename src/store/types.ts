/**
 * The store's contract: what the service worker, the popup, the options page and the importer may
 * rely on. Only src/store/ imports dexie; everything else goes through the functions in src/store/*.ts.
 */
import type { Action, Reason, Verdict } from '../bounce/types'
import type { NoticeSource } from '../messages'

/**
 * Which list a contact is shown in. `cleared` = dealt with: marked removed (done), ignored (false
 * alarm) or OK — `decision.action` says which; shown nowhere by default.
 */
export type ContactList = 'remove' | 'retry' | 'sending' | 'pending' | 'cleared'

/** One failed (or delayed) recipient of one notice. Primary key: `${noticeKey}|${address}`. */
export interface BounceEvent {
  key: string
  /**
   * The notice's identity (src/store/to-events.ts noticeIdentity): `mid:<its Message-ID>`, or
   * `${origin}:${account}:${id}` (see NoticeSource) for a notice read without one.
   */
  noticeKey: string
  address: string
  domain: string
  action: Action
  status: string
  replyCode: string
  reason: Reason
  hard: boolean
  verdict: Verdict
  diagnostic: string
  remoteMta: string
  /** ISO date of the bounce (the report's date, else the notice's date, else ingestion time). */
  at: string
  /** Subject / Message-ID of the prospecting email that bounced, when the notice carried them. */
  subject: string
  originalMessageId: string
  ingestedAt: string
  /**
   * Where the notice was read (src/store/accounts.ts accountOf): "gmail:jane@acme.com" (or
   * "gmail:u/1" where the address is unknown), "outlook:outlook.office.com", "import:mail.mbox".
   * Absent on events stored before it existed.
   */
  account?: string
}

/** What the user decided about a contact; later events must not silently undo it. */
export interface UserDecision {
  action: 'removed' | 'retried' | 'ignored' | 'ok'
  at: string
  /**
   * Number of events the contact had when the user decided (a record). Which events are "new
   * since the decision" is decided by time: ingestedAt > at (src/policy/retry-policy.ts).
   */
  eventsAtDecision: number
}

/** One per address, derived from its events by the retry policy (src/policy/). */
export interface Contact {
  address: string
  domain: string
  list: ContactList
  /** Why: the latest event's reason, or 'keeps-failing' escalation recorded in `escalated`. */
  reason: Reason
  status: string
  replyCode: string
  diagnostic: string
  remoteMta: string
  subject: string
  hard: boolean
  /** True when soft bounces in N different weeks escalated the contact to Remove. */
  escalated: boolean
  bounceCount: number
  softBounceCount: number
  firstBounceAt: string
  lastBounceAt: string
  /** ISO date of the next retry for the Retry list; "" otherwise. */
  nextRetryAt: string
  decision: UserDecision | null
  /** ISO time the contact last entered a list (for the "new since popup opened" badge). */
  flaggedAt: string
  /**
   * Events that arrived after the user's decision (0 without a decision). > 0 means "new since
   * your decision": the contact is back in a list although the user had dealt with it.
   * Always set by the store; optional only so older rows and hand-made test rows still type-check.
   */
  newSinceDecision?: number
  /** The accounts its events were read from (BounceEvent.account), sorted; absent on older rows. */
  accounts?: string[]
}

/** What `decide()` returns so the popup can offer "Undo": the exact rows before the decision. */
export interface UndoToken {
  action: UserDecision['action']
  at: string
  /** The contact rows as they were before the decision. */
  previous: Contact[]
  /** Event count per address at decision time: if it changed, undo recomputes instead of restoring. */
  eventCounts: Record<string, number>
}

/** The backup file (options page): one JSON object, versioned. */
export interface BackupFile {
  format: 'rebound-backup'
  version: 1
  exportedAt: string
  settings: Settings
  events: BounceEvent[]
  contacts: Contact[]
  notices: SeenNotice[]
  cursors: WatcherCursor[]
}

export interface Settings {
  /** Retry back-off in days after the 1st, 2nd, 3rd... soft bounce (last value repeats). */
  retryBackoffDays: number[]
  /** Soft bounces in this many different ISO weeks escalate to Remove (Splio's rule: 3). */
  escalateAfterWeeks: number
  /** Gmail Atom feed poll period in minutes (default 2). */
  pollMinutes: number
  /** Gmail account indices to watch ("u/0", "u/1", ...). */
  watchedAccounts: string[]
  /** Field separator of the popup's CSV export; 'auto' follows the UI language (src/export/separator.ts). */
  csvSeparator: CsvSeparatorChoice
  /** Bounce events are kept this many months, then deleted (src/store/retention.ts); 0 = forever. */
  keepMonths: number
}

export const CSV_SEPARATOR_CHOICES = ['auto', 'comma', 'semicolon'] as const
export type CsvSeparatorChoice = (typeof CSV_SEPARATOR_CHOICES)[number]

export const DEFAULT_SETTINGS: Settings = {
  retryBackoffDays: [1, 3, 7],
  escalateAfterWeeks: 3,
  pollMinutes: 2,
  watchedAccounts: ['u/0'],
  csvSeparator: 'auto',
  keepMonths: 0,
}

/** Per-account watcher state, so a killed worker neither loses nor duplicates a notice. */
export interface WatcherCursor {
  account: string
  /** 'ok' | 'signed-out' | 'backoff' | 'error' */
  state: 'ok' | 'signed-out' | 'backoff' | 'error'
  lastPollAt: string
  /** Earliest time the next poll may run (back-off). */
  notBefore: string
  failures: number
  lastError: string
}

/** A notice already read (per origin/account), so a watcher does not fetch it again. */
export interface SeenNotice {
  /** `${origin}:${account}:${id}` (to-events.ts noticeKey). */
  noticeKey: string
  kind: string
  seenAt: string
  recipients: number
  /**
   * The identity this notice's events are stored under (BounceEvent.noticeKey), so a later reading
   * of it (say its rendered text, without a Message-ID) adds to the same events. "" while the
   * notice yielded no event. Absent on rows written before schema v3: read as `noticeKey`.
   */
  eventsKey?: string
}

/**
 * The notices first seen in one transaction (schema v4, src/store/notices.ts): `keys[i]` is
 * `notices[i].noticeKey`, and no key is in two rows (a unique multiEntry index).
 */
export interface NoticeBatch {
  /** Auto-incremented: rows keep the order notices were first seen in. */
  id?: number
  keys: string[]
  notices: SeenNotice[]
}
