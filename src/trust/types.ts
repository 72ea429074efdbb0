/**
 * Whether a notice is about mail the user sent (issue 10, part 1). A notice is evidence from a
 * stranger: only what Gmail itself wrote on delivery (its topmost Authentication-Results) and what
 * the user's own provider writes can make it `trusted`; everything else is `unverified` and waits
 * in the popup's "To review" view.
 */

export type TrustLevel = 'trusted' | 'unverified'

/** Why; one code per rule (src/trust/rules/), shown in plain words by the popup (trust_reason_*). */
export type TrustReason =
  // trusted
  | 'gmail-daemon' // Gmail's own mailer-daemon, authenticated by mx.google.com
  | 'recipient-domain' // authenticated by the failed recipients' own domain
  | 'own-original' // the returned original was sent from the account, as its provider writes it
  | 'provider-daemon' // rendered text from the user's own provider's daemon (Outlook.com)
  | 'accepted' // the user accepted it from the review view
  // unverified
  | 'spam' // Gmail put it in Spam
  | 'auth-failed' // Gmail's verdict: DMARC/DKIM failed for the sender's domain
  | 'bulk' // lists many addresses or many unrelated domains
  | 'not-your-mail' // the returned original was not sent from the account (backscatter)
  | 'unknown-reporter' // nothing ties the reporter to the user's mail or to the recipients
  | 'rendered-text' // only the page's text was read, from a sender who is not the user's provider

export const TRUST_REASONS: readonly TrustReason[] = [
  'gmail-daemon', 'recipient-domain', 'own-original', 'provider-daemon', 'accepted',
  'spam', 'auth-failed', 'bulk', 'not-your-mail', 'unknown-reporter', 'rendered-text',
]

export interface TrustVerdict {
  level: TrustLevel
  reason: TrustReason
  /** The domain that reported the bounce: the authenticated one when Gmail says so, else the From's; "" if unknown. */
  reporter: string
}

/** One method's result in Gmail's Authentication-Results (RFC 8601). */
export interface AuthMethod {
  /** "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy". */
  result: string
  /** The domain the result is about, lower-case: dkim header.d / header.i's domain, spf smtp.mailfrom's domain or smtp.helo, dmarc header.from. */
  domain: string
}

/** The topmost Authentication-Results written by mx.google.com, read. */
export interface GmailAuth {
  dkim: AuthMethod[]
  spf: AuthMethod[]
  dmarc: AuthMethod[]
}

/** What the notice as delivered says about itself (read by evidence.ts; pure data). */
export interface NoticeEvidence {
  /** Gmail's own verdict, or null when the topmost Authentication-Results is not mx.google.com's (or absent). */
  gmailAuth: GmailAuth | null
  /** The notice's From address, lower-case ("" if none). */
  from: string
  /** The topmost Return-Path address ("" for `<>` or none). */
  returnPath: string
  /** The topmost Delivered-To (Gmail writes it: the account the message was delivered to). */
  deliveredTo: string
  /** Takeout's X-Gmail-Labels, lower-case; null when absent. */
  labels: string[] | null
  /** The returned original's headers, when the notice carries them. */
  original: { from: string; messageId: string; received: string[] } | null
  /** True when only a page's rendered text was read (no headers at all). */
  rendered: boolean
}

/** Everything a rule may look at. */
export interface TrustInput {
  evidence: NoticeEvidence
  /** Failed recipients' addresses (lower-case). */
  recipients: string[]
  /** The To addresses of the returned original, as the engine read them (may be empty). */
  originalTo: string[]
  /** The polled account's address (lower-case), "" when unknown. */
  account: string
  /** Gmail says the message is in Spam (API label, page folder); Takeout's labels are in evidence. */
  inSpam: boolean
}

/** A rule answers with a verdict when it applies, null to let the next rule speak (rules/index.ts). */
export type TrustRule = (input: TrustInput) => TrustVerdict | null
