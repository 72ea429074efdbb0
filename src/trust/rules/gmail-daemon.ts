/**
 * Gmail's (and Google Workspace's) own daemon, "Mail Delivery Subsystem
 * <mailer-daemon@googlemail.com>", DKIM-signed by googlemail.com, as mx.google.com verified it
 * (shared/GMAIL-FORMATS.md; corpus lhost-gmail-*). Gmail only sends it to the account that sent
 * the refused mail, so it is about the user's own mail whatever the returned copy says (a send-as
 * alias is still the user's).
 */
import { GOOGLE_DOMAINS } from './auth-failed'
import { domainPart } from '../headers'
import type { TrustRule } from '../types'

const DAEMONS = new Set(['mailer-daemon@googlemail.com', 'mailer-daemon@google.com'])

export const gmailDaemon: TrustRule = (input) => {
  const { from, gmailAuth } = input.evidence
  if (!DAEMONS.has(from) || !gmailAuth) return null
  const fromDomain = domainPart(from)
  const dmarc = gmailAuth.dmarc.some((m) => m.result === 'pass' && m.domain === fromDomain)
  const dkim = gmailAuth.dkim.some((m) => m.result === 'pass' && GOOGLE_DOMAINS.includes(m.domain))
  return dmarc || dkim ? { level: 'trusted', reason: 'gmail-daemon', reporter: fromDomain } : null
}
