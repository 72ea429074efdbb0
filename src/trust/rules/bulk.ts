/**
 * A prospecting email bounces for one recipient, or a few: a notice listing more than
 * MAX_RECIPIENTS addresses, or addresses in more than MAX_DOMAINS organisations, is a mass
 * weapon (the security review's 1,200-address notice), whoever signed it.
 */
import { reporterOf } from '../authenticated'
import { domainPart } from '../headers'
import { orgDomain } from '../org-domain'
import type { TrustRule } from '../types'

export const MAX_RECIPIENTS = 50
export const MAX_DOMAINS = 5

export const bulk: TrustRule = (input) => {
  const orgs = new Set(input.recipients.map((a) => orgDomain(domainPart(a))))
  return input.recipients.length > MAX_RECIPIENTS || orgs.size > MAX_DOMAINS ? { level: 'unverified', reason: 'bulk', reporter: reporterOf(input) } : null
}
