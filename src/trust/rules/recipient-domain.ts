/**
 * The failed recipients' own mail system reporting on them: Gmail vouches for the notice's From
 * domain (DMARC pass, or DKIM/SPF pass in its organisation: a Postfix DSN from
 * MAILER-DAEMON@mx.acme.example passes SPF for its HELO mx.acme.example), and every recipient is
 * in that organisation, and the notice comes from a mail system (mail-system.ts), not a person. A stranger can only sign for their own domain, so can only report on it.
 */
import { fromIsAuthentic } from '../authenticated'
import { domainPart } from '../headers'
import { sameOrg } from '../org-domain'
import { isMailSystem } from '../mail-system'
import type { TrustRule } from '../types'

export const recipientDomain: TrustRule = (input) => {
  if (input.recipients.length === 0 || !isMailSystem(input.evidence) || !fromIsAuthentic(input)) return null
  const reporter = domainPart(input.evidence.from)
  return input.recipients.every((a) => sameOrg(domainPart(a), reporter)) ? { level: 'trusted', reason: 'recipient-domain', reporter } : null
}
