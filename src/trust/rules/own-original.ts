/**
 * The returned original was sent from the account, as the account's provider writes it: its From
 * is the account's address, its Message-ID and Received chain are the provider's (provider.ts),
 * and every failed recipient is among its To/Cc. The notice itself must come from a mail system
 * (mail-system.ts) authenticated for some domain (Gmail's verdict), so its reporter answers for it.
 * A forger who copies Gmail's lines can still pass it; the Gmail API build could look the
 * Message-ID up in Sent (rfc822msgid:), which is left to do.
 */
import { passDomains, reporterOf } from '../authenticated'
import { isMailSystem } from '../mail-system'
import { sentThroughProvider } from '../provider'
import type { TrustRule } from '../types'

export const ownOriginal: TrustRule = (input) => {
  const original = input.evidence.original
  if (!input.account || !original || original.from !== input.account) return null
  if (passDomains(input.evidence.gmailAuth).length === 0 || !isMailSystem(input.evidence)) return null
  if (sentThroughProvider(original) !== 'yes') return null
  if (input.originalTo.length > 0 && !input.recipients.every((a) => input.originalTo.includes(a))) return null
  return { level: 'trusted', reason: 'own-original', reporter: reporterOf(input) }
}
