/** What Gmail's verdict vouches for, and which domain reported the notice. */
import { domainPart } from './headers'
import { sameOrg } from './org-domain'
import type { GmailAuth, TrustInput } from './types'

/** Domains Gmail found authentic: DKIM pass (d=), SPF pass (MAIL FROM or HELO), DMARC pass (From). */
export function passDomains(auth: GmailAuth | null): string[] {
  if (!auth) return []
  return [...auth.dkim, ...auth.spf, ...auth.dmarc].filter((m) => m.result === 'pass' && m.domain).map((m) => m.domain)
}

/** True when Gmail vouches for the From's domain: DMARC pass for it, or a pass for a domain of its organisation. */
export function fromIsAuthentic(input: TrustInput): boolean {
  const fromDomain = domainPart(input.evidence.from)
  if (!fromDomain) return false
  return passDomains(input.evidence.gmailAuth).some((d) => sameOrg(d, fromDomain))
}

/** The reporting domain: the From's domain (what the user sees), "" when there is none. */
export function reporterOf(input: TrustInput): string {
  return domainPart(input.evidence.from) || domainPart(input.evidence.returnPath)
}
