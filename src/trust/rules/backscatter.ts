/**
 * Backscatter: spam that forged the user's address bounced "back" to the user (RFC 3834 §2 calls
 * such notices misdirected). The returned copy tells: its From is not the account, or it is the
 * account's address but the copy's Received chain never passed through the account's provider
 * (provider.ts). Needs the account's address and the copy.
 */
import { reporterOf } from '../authenticated'
import { sentThroughProvider } from '../provider'
import type { TrustRule } from '../types'

export const backscatter: TrustRule = (input) => {
  const original = input.evidence.original
  if (!input.account || !original?.from) return null
  const notOurs = original.from !== input.account || sentThroughProvider(original) === 'no'
  return notOurs ? { level: 'unverified', reason: 'not-your-mail', reporter: reporterOf(input) } : null
}
