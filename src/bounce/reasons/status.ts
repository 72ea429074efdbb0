/**
 * RFC 3463 enhanced status code → reason, for codes whose meaning is specific enough.
 * Mapping follows Sisimai's (smtp/status) reading of the IANA registry; codes missing here
 * (X.0.0, X.5.0, X.7.0 ...) say too little and leave the decision to the phrases. X.2.1 ("mailbox
 * disabled") is left out too: Sisimai reads 4.2.1 as blocked, but it is the mailbox's state, not the
 * sender's, so the words decide (suspend.ts for "temporarily disabled").
 */
import type { Reason } from '../types'

const table: Record<string, Reason> = {
  '4.1.6': 'hasmoved', '4.1.7': 'rejected', '4.1.8': 'rejected', '4.1.9': 'systemerror',
  '4.2.2': 'mailboxfull', '4.2.3': 'exceedlimit', '4.2.4': 'filtered',
  '4.3.1': 'systemfull', '4.3.2': 'notaccept', '4.3.3': 'systemerror', '4.3.5': 'systemerror',
  '4.4.1': 'expired', '4.4.2': 'networkerror', '4.4.3': 'systemerror', '4.4.4': 'networkerror',
  '4.4.5': 'systemfull', '4.4.6': 'networkerror', '4.4.7': 'expired', '4.4.8': 'networkerror',
  '4.5.3': 'systemerror', '4.5.5': 'systemerror',
  '4.6.0': 'contenterror', '4.6.2': 'contenterror', '4.6.5': 'contenterror',
  '4.7.1': 'blocked', '4.7.2': 'blocked', '4.7.5': 'securityerror', '4.7.6': 'securityerror',
  '4.7.7': 'securityerror', '4.7.12': 'securityerror', '4.7.15': 'securityerror', '4.7.16': 'mesgtoobig',
  '4.7.24': 'authfailure', '4.7.25': 'requireptr', '4.7.26': 'authfailure',
  '5.1.0': 'userunknown', '5.1.1': 'userunknown', '5.1.2': 'hostunknown', '5.1.3': 'userunknown',
  '5.1.4': 'filtered', '5.1.6': 'hasmoved', '5.1.7': 'rejected', '5.1.8': 'rejected', '5.1.9': 'systemerror',
  // Office 365 sends 5.1.10 for "recipient not found" far more often than for a null MX.
  '5.1.10': 'userunknown',
  '5.2.0': 'filtered', '5.2.1': 'filtered', '5.2.2': 'mailboxfull', '5.2.3': 'exceedlimit', '5.2.4': 'filtered',
  '5.3.0': 'systemerror', '5.3.1': 'systemfull', '5.3.2': 'notaccept', '5.3.3': 'systemerror',
  '5.3.4': 'mesgtoobig', '5.3.5': 'systemerror',
  '5.4.0': 'networkerror', '5.4.3': 'systemerror', '5.4.4': 'hostunknown',
  '5.5.2': 'syntaxerror', '5.5.3': 'toomanyconn', '5.5.4': 'systemerror', '5.5.5': 'systemerror', '5.5.6': 'syntaxerror',
  '5.6.0': 'contenterror', '5.6.1': 'contenterror', '5.6.2': 'contenterror', '5.6.3': 'contenterror',
  '5.6.5': 'contenterror', '5.6.6': 'contenterror', '5.6.7': 'contenterror', '5.6.8': 'contenterror', '5.6.9': 'contenterror',
  '5.7.0': 'securityerror', '5.7.1': 'securityerror', '5.7.2': 'securityerror', '5.7.3': 'securityerror',
  '5.7.4': 'securityerror', '5.7.5': 'securityerror', '5.7.6': 'securityerror', '5.7.7': 'securityerror',
  '5.7.8': 'securityerror', '5.7.9': 'securityerror', '5.7.10': 'securityerror', '5.7.11': 'securityerror',
  '5.7.13': 'suspend', '5.7.14': 'securityerror', '5.7.15': 'securityerror', '5.7.16': 'mesgtoobig',
  '5.7.17': 'hasmoved', '5.7.18': 'hasmoved', '5.7.19': 'securityerror',
  '5.7.20': 'authfailure', '5.7.21': 'authfailure', '5.7.22': 'authfailure', '5.7.23': 'authfailure',
  '5.7.24': 'authfailure', '5.7.25': 'requireptr', '5.7.26': 'authfailure', '5.7.27': 'notaccept',
  '5.7.28': 'spamdetected', '5.7.29': 'authfailure',
  // Exchange Online: a group's allowed-senders list (5.7.124), the recipient's delivery restrictions (5.7.129), a group / mailbox that takes mail
  // only from its organisation (5.7.133 / 5.7.134), a public folder or mail user that does (5.7.135 / 5.7.136):
  // Microsoft's NDR reference and its per-code pages; the recipient's admin decides.
  '5.7.124': 'filtered', '5.7.129': 'filtered', '5.7.133': 'filtered', '5.7.134': 'filtered', '5.7.135': 'filtered', '5.7.136': 'filtered',
  // Exchange Online's own details (Microsoft's NDR reference): 5.4.310 "DNS domain does not exist",
  // 5.4.312 "DNS query failed", X.4.316 "Connection refused", 5.4.300 "Message expired".
  '5.4.310': 'hostunknown', '5.4.312': 'networkerror', '4.4.316': 'networkerror', '5.4.316': 'expired',
  '5.4.300': 'expired',
}

export function reasonOfStatus(status: string): Reason | null {
  return table[status] ?? null
}

/** Reasons a status code suggests but a server's own words should override (Sisimai's "retry" list). */
export const WEAK_STATUS_REASONS: ReadonlySet<Reason> = new Set<Reason>([
  'userunknown', 'securityerror', 'systemerror', 'networkerror', 'expired', 'hostunknown', 'filtered',
  'undefined', 'onhold', 'blocked', 'notaccept',
])
