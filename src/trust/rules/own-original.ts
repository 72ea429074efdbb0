/**
 * The returned original was sent from the account, as the account's provider writes it: its From
 * is the account's address, its Message-ID and Received chain are the provider's (provider.ts).
 * The notice itself must come from a mail system
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
  // Not checked: that the recipients are among the copy's To (a forwarding alias bounces under
  // another address: corpus lhost-exim-05), and a forger writes To as easily as anything else.
  return { level: 'trusted', reason: 'own-original', reporter: reporterOf(input) }
}
