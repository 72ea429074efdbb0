/**
 * Gmail's own verdict says the sender is not who it claims: `dmarc=fail`, or a From at a Google
 * domain (googlemail.com, google.com, gmail.com) that no DKIM or DMARC pass for Google backs
 * (Gmail's notices are DKIM-signed by googlemail.com: shared/GMAIL-FORMATS.md). A spoofed
 * "Mail Delivery Subsystem <mailer-daemon@googlemail.com>" ends here.
 */
import { reporterOf } from '../authenticated'
import { domainPart } from '../headers'
import { sameOrg } from '../org-domain'
import type { TrustRule } from '../types'

export const GOOGLE_DOMAINS = ['googlemail.com', 'google.com', 'gmail.com']

export const authFailed: TrustRule = (input) => {
  const auth = input.evidence.gmailAuth
  const verdict = { level: 'unverified', reason: 'auth-failed', reporter: reporterOf(input) } as const
  if (auth?.dmarc.some((m) => m.result === 'fail')) return verdict
  const fromDomain = domainPart(input.evidence.from)
  if (GOOGLE_DOMAINS.includes(fromDomain)) {
    const vouched = auth !== null && [...auth.dkim, ...auth.dmarc].some((m) => m.result === 'pass' && GOOGLE_DOMAINS.some((g) => sameOrg(g, m.domain)))
    if (!vouched) return verdict
  }
  return null
}
