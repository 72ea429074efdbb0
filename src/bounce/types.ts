/**
 * The engine's public vocabulary. Everything outside src/bounce/ sees only these types.
 * Field names are a contract: the CLI prints them and the scoring harness reads them.
 */

/** Sisimai's reason vocabulary (v5), as a union so a typo is a compile error. */
export type Reason =
  | 'authfailure' | 'badreputation' | 'blocked' | 'contenterror' | 'delivered' | 'exceedlimit'
  | 'expired' | 'feedback' | 'filtered' | 'hasmoved' | 'hostunknown' | 'mailboxfull' | 'mailererror'
  | 'mesgtoobig' | 'networkerror' | 'norelaying' | 'notaccept' | 'notcompliantrfc' | 'onhold'
  | 'policyviolation' | 'rejected' | 'requireptr' | 'securityerror' | 'spamdetected' | 'speeding'
  | 'suspend' | 'syntaxerror' | 'systemerror' | 'systemfull' | 'toomanyconn' | 'undefined'
  | 'userunknown' | 'vacation' | 'virusdetected'

/** Every reason as a value, for checks on stored or imported data; a Record keeps it in step with the union. */
export const REASONS: Readonly<Record<Reason, true>> = {
  authfailure: true, badreputation: true, blocked: true, contenterror: true, delivered: true, exceedlimit: true,
  expired: true, feedback: true, filtered: true, hasmoved: true, hostunknown: true, mailboxfull: true, mailererror: true,
  mesgtoobig: true, networkerror: true, norelaying: true, notaccept: true, notcompliantrfc: true, onhold: true,
  policyviolation: true, rejected: true, requireptr: true, securityerror: true, spamdetected: true, speeding: true,
  suspend: true, syntaxerror: true, systemerror: true, systemfull: true, toomanyconn: true, undefined: true,
  userunknown: true, vacation: true, virusdetected: true,
}

/** What a salesperson should do about one failed recipient. */
export type Verdict = 'remove' | 'retry' | 'fix-sending' | 'pending' | 'none'

/** RFC 3464 Action field values. */
export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'

export type ReportKind = 'bounce' | 'delay' | 'autoreply' | 'feedback' | 'delivered' | 'none'

export interface RecipientReport {
  /**
   * The contact: the address the user wrote to (the DSN's Original-Recipient where it differs from
   * the Final-Recipient, else the final one); lower-cased domain, no angle brackets.
   */
  address: string
  /** The Final-Recipient, only when it differs from `address` (an alias or forward expanded it). */
  finalRecipient?: string
  action: Action
  /** RFC 3463 enhanced status code as found (or derived), e.g. "5.1.1"; "" when unknown. */
  status: string
  /** SMTP reply code, e.g. "550"; "" when unknown. */
  replyCode: string
  reason: Reason
  /** Sisimai's rule: true only for userunknown, hostunknown, hasmoved, and notaccept with a 5xx code. */
  hard: boolean
  verdict: Verdict
  /** The remote server's text, whitespace-collapsed and trimmed. */
  diagnostic: string
  /** Remote MTA host name, "" when unknown. */
  remoteMta: string
  /** ISO 8601 of the last attempt or arrival; "" when unknown. */
  date: string
}

export interface OriginalMessage {
  messageId: string
  subject: string
  to: string[]
  date: string
}

export interface Report {
  kind: ReportKind
  recipients: RecipientReport[]
  original: OriginalMessage | null
  /** The notice's own headers, useful to the store (idempotency) and the UI. */
  notice: { messageId: string; subject: string; from: string; date: string }
  /** Which decoder produced the recipients ("rfc3464", "postfix", ...); "" for none. */
  decoder: string
}

/** A clear outcome for input the engine could not read (never thrown past the public entry). */
export interface ParseError {
  kind: 'error'
  error: string
}
