/**
 * A notice Gmail filed in Spam is not evidence: Gmail's labels (the page's folder, the API's
 * SPAM label) or Takeout's `X-Gmail-Labels: ...,Spam` (shared/GMAIL-FORMATS.md).
 */
import { reporterOf } from '../authenticated'
import type { TrustRule } from '../types'

export const spam: TrustRule = (input) => {
  const labelled = input.evidence.labels?.includes('spam') ?? false
  return input.inSpam || labelled ? { level: 'unverified', reason: 'spam', reporter: reporterOf(input) } : null
}
