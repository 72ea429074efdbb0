/**
 * The store's contract: what the service worker, the popup, the options page and the importer may
 * rely on. Only src/store/ imports dexie; everything else goes through the functions in src/store/*.ts.
 */
import type { Action, Reason, Verdict } from '../bounce/types'

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
   * `${origin}:${account}:${id}` (see NoticeSource in src/messages.ts) for a notice read without one.
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
   * How the notice was vouched for (src/trust/): 'trusted' by its evidence, 'accepted' by the user
   * from the review view. Absent on rows stored before issue 10 (read as trusted).
   */
  trust?: 'trusted' | 'accepted'
  /** Domain that reported the bounce (the notice's sender's); absent on older rows. */
  reporter?: string
  /**
   * Where the notice was read (src/store/accounts.ts accountOf): "gmail:jane@acme.com" (or
   * "gmail:u/1" where the address is unknown), "outlook:outlook.office.com", "import:mail.mbox".
   * Absent on events stored before it existed.
   */
  account?: string
}

/**
 * A notice the trust evaluator could not vouch for (issue 10): its events wait here, at most
 * MAX_REVIEW_RECIPIENTS of them, and touch no list, export, badge or banner until the user accepts
 * it (then they are stored as events with trust 'accepted') or dismisses it. Schema v5.
 */
export interface ReviewNotice {
  /** The notice's identity (BounceEvent.noticeKey of its events). */
  identity: string
  /** Where it was first read (noticeKey(source)). */
  originKey: string
  /** ISO time it was read. */
  at: string
  reason: import('../trust/types').TrustReason
  reporter: string
  /** The notice's sender address and subject, as text (never rendered as HTML). */
  from: string
  subject: string
  /** Failed recipients the notice listed (may exceed events.length). */
  recipients: number
  /** The first MAX_REVIEW_RECIPIENTS events, ready to store if accepted. */
  events: BounceEvent[]
  /** The user dismissed it: kept (without events) so a later reading does not bring it back. */
  dismissed?: boolean
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
  /** Notices waiting for review, and dismissed ones (absent in files written before they were kept). */
  reviews?: ReviewNotice[]
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
  /**
   * Desktop notifications for contacts due to retry and bursts of sending issues (issue 11). Off by
   * default; the options page asks for the optional `notifications` permission when it is turned on.
   */
  notify: boolean
  /** Warn in Gmail's compose when a recipient is in Remove, at a dead domain, or not due for retry (issue 11). */
  composeGuard: boolean
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
  notify: false,
  composeGuard: true,
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
  /** The account's address, from its feed's title (issue 11); absent until a feed was read. */
  mailbox?: string
  /** When the feed was last read, and the message ids it listed (src/background/feed-window.ts). */
  feedReadAt?: string
  feedIds?: string[]
  /**
   * Set when more unread mail arrived than the feed lists, so notices since this time may have been
   * missed; "" or absent otherwise. Cleared by the user in the popup.
   */
  mayHaveMissedSince?: string
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
  /**
   * Read before the user's "Delete everything" (delete-everything.ts): read again (the Gmail page,
   * the API scan), it adds nothing, so deleted contacts do not come back.
   */
  forgotten?: boolean
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

/** One line of the compose guard: dates are ISO (the bounce for remove/domain, the next try for retry). */
export interface ComposeWarning {
  address: string
  kind: 'remove' | 'domain' | 'retry'
  reason: Reason
  date: string
  /** For kind 'domain': the dead domain. */
  domain?: string
}
