/**
 * The one contract every dialect decoder follows (one file per MTA / provider format in dialects/).
 * Guard clauses first: a decoder that does not recognise the notice returns null ("not mine")
 * quickly, without scanning the body.
 */
import type { Action, OriginalMessage, Reason } from './types'
import type { ParsedMessage } from './mime/parsed-message'

/** What a decoder found for one recipient; the engine fills in the rest (reason, hard, verdict). */
export interface DecodedRecipient {
  address: string
  /**
   * The Final-Recipient when the notice also names an Original-Recipient that differs (an alias, a
   * forward): `address` is then the original, the one the user wrote to.
   */
  finalRecipient?: string
  /** RFC 3464 action; decoders of failure-only formats may leave it out (means "failed"). */
  action?: Action
  /** Enhanced status code as found in the notice ("5.1.1"), if any. */
  status?: string
  /** SMTP reply code ("550"), if any. */
  replyCode?: string
  /** The remote server's text (or the notice's explanation) for this recipient. */
  diagnostic?: string
  remoteMta?: string
  /** SMTP command that failed: CONN, HELO, EHLO, MAIL, RCPT, DATA, "" when unknown. */
  command?: string
  /** Type of the Diagnostic-Code ("SMTP", "X-UNIX", "X-POSTFIX"...), upper-case; "" when unknown. */
  diagnosticType?: string
  /** ISO date of the last attempt, if the notice says. */
  date?: string
  /** A reason the decoder knows better than the generic classifier (e.g. a provider's own code table). */
  reason?: Reason
}

export interface DialectResult {
  recipients: DecodedRecipient[]
  /** Parts of the original message the decoder found (e.g. quoted inline in the body). */
  original?: Partial<OriginalMessage>
}

export interface Dialect {
  /** Short stable name, e.g. "postfix", "exchange2007"; shown as Report.decoder. */
  name: string
  decode(message: ParsedMessage): DialectResult | null
}

/**
 * A receiving host's own code table (Sisimai's "rhost" modules): when a bounce came from that
 * host, its reply text and codes say the reason more precisely than the generic classifier.
 */
export interface RemoteHostRule {
  name: string
  /** remoteMta: the host that answered; domain: the recipient's domain. Both lower-case. */
  matches(remoteMta: string, domain: string): boolean
  reason(recipient: { status: string; replyCode: string; diagnostic: string }): Reason | null
}
