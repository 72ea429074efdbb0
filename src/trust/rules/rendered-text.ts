/**
 * A page's rendered text (Outlook on the web) has no headers to check: only a notice from the
 * user's own provider's daemon counts (Outlook.com's NDRs come from postmaster@outlook.com and
 * its country domains). Anything else read as text, "Undeliverable:" subject or not, waits for review.
 */
import { domainPart } from '../headers'
import type { TrustRule } from '../types'

const MICROSOFT_CONSUMER = /^(?:outlook|hotmail|live|msn)\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/
const DAEMON_LOCAL = /^(?:postmaster|mailer-daemon)@/

export const renderedText: TrustRule = (input) => {
  if (!input.evidence.rendered) return null
  const from = input.evidence.from
  const domain = domainPart(from)
  if (DAEMON_LOCAL.test(from) && MICROSOFT_CONSUMER.test(domain)) return { level: 'trusted', reason: 'provider-daemon', reporter: domain }
  return { level: 'unverified', reason: 'rendered-text', reporter: domain }
}
