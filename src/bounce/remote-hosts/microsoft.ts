/**
 * Microsoft's receiving side (Exchange Online, Outlook.com / Hotmail): its enhanced codes are more
 * precise than RFC 3463. Table from Microsoft's "Email non-delivery reports and SMTP errors in
 * Exchange Online" page; samples test/fixtures/sisimai/rhost-microsoft-*.eml, lhost-office365-*.eml.
 * Also used by the Exchange 2007+ dialect, whose NDRs carry the same codes without a Remote-MTA.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'

/** Exchange Online enhanced status codes (the third field is Microsoft's own). */
const CODES: Record<string, Reason> = {
  '5.1.10': 'userunknown', // RESOLVER.ADR.RecipientNotFound: recipient not found by SMTP address lookup
  '5.4.1': 'userunknown', // "Recipient address rejected: Access denied" (directory-based edge blocking)
  '5.4.312': 'networkerror', // "Message expired, DNS query failed"
  '5.4.316': 'expired', // "Message expired, connection refused"
  '5.7.509': 'authfailure', // "sending domain does not pass DMARC verification"
  '4.7.650': 'badreputation', // "temporarily rate limited due to IP reputation"
}

/** Documented ranges: 5.7.606-649 "Access denied, banned sending IP"; 5.7.700-749 "tenant has exceeded threshold". */
function byRange(status: string): Reason | null {
  const m = /^5\.7\.(\d{3})$/.exec(status)
  const n = m ? Number(m[1]) : 0
  return (n >= 606 && n <= 649) || (n >= 700 && n <= 749) ? 'blocked' : null
}

/** Exchange's NDR diagnostic names ("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"). */
const NDR_NAMES: Record<string, Reason> = {
  'resolver.adr.recipnotfound': 'userunknown',
  'resolver.adr.recipientnotfound': 'userunknown',
  'resolver.adr.exrecipnotfound': 'userunknown',
  'resolver.adr.badprimary': 'systemerror',
  'resolver.adr.invalidinsmtp': 'systemerror',
  'resolver.adr.ambiguous': 'systemerror',
  'resolver.adr.reciplimit': 'toomanyconn',
  // "Delivery not authorized, message refused" / "delivery to this address is restricted": the recipient (a
  // group, a mailbox with delivery restrictions) takes mail only from senders it allows; its owner decides
  // (NDR reference, 5.7.1 / 5.7.124 / 5.7.133). Sisimai: AuthRequired securityerror (lhost-exchange2007-04,
  // DISAGREEMENTS.md): no setting of the sender's makes it authenticated to another organisation.
  'resolver.rst.authrequired': 'filtered',
  'resolver.rst.notauthorized': 'filtered',
  'resolver.rst.sendernotallowed': 'filtered',
  'resolver.rst.recipsizelimit': 'mesgtoobig', // lhost-exchange2007-03
  'smtpsend.dns.nonexistentdomain': 'hostunknown',
  'smtpsend.dns.mxloopback': 'networkerror',
  'queue.expired': 'expired', // lhost-exchange2007-05
}

/**
 * Outlook.com's consumer servers answer a nonexistent address with the bare RFC 5321 text
 * "550 5.5.0 Requested action not taken: mailbox unavailable" (Microsoft's Outlook.com postmaster
 * FAQ); on a generic server the same words could be a filter, on Microsoft's they are the lookup.
 */
const CONSUMER_UNKNOWN = 'requested action not taken: mailbox unavailable'

/**
 * Microsoft's 5.4.1 has two texts (its "error code 5.4.1 in Exchange Online" page): "Recipient address rejected:
 * Access denied" (directory-based edge blocking: no such recipient) and "Relay Access Denied" (the recipient's
 * domain is not an accepted domain of the tenant its MX points to: the domain's own setup, retried as norelaying).
 */
const RELAY_ACCESS_DENIED = /relay access denied/i

export function microsoftReason(status: string, diagnostic: string): Reason | null {
  if (status === '5.4.1' && RELAY_ACCESS_DENIED.test(diagnostic)) return 'norelaying'
  const byCode = CODES[status] ?? byRange(status)
  if (byCode) return byCode
  const name = /\b((?:resolver|smtpsend|queue)\.[a-z]{2,8}(?:\.[a-z]{2,40})?)\b/i.exec(diagnostic.slice(0, 2048))
  return name ? NDR_NAMES[name[1].toLowerCase()] ?? null : null
}

export const microsoft: RemoteHostRule = {
  name: 'microsoft',
  matches(remoteMta, domain) {
    return remoteMta.endsWith('.outlook.com') || remoteMta.endsWith('.hotmail.com') || /^(outlook|hotmail|live|msn)\.[a-z.]{2,6}$/.test(domain)
  },
  reason({ status, diagnostic }) {
    if (diagnostic.toLowerCase().includes(CONSUMER_UNKNOWN)) return 'userunknown'
    return microsoftReason(status, diagnostic)
  },
}
