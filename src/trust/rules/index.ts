/**
 * The rules in the order they speak (the first answer wins), as data. Vetoes that hold whoever
 * signed the notice come first; then Gmail's own daemon; then backscatter (before the recipient's
 * own domain: a recipient domain bouncing forged spam is authentic but not about the user's mail).
 */
import type { TrustRule } from '../types'
import { authFailed } from './auth-failed'
import { backscatter } from './backscatter'
import { bulk } from './bulk'
import { gmailDaemon } from './gmail-daemon'
import { ownOriginal } from './own-original'
import { recipientDomain } from './recipient-domain'
import { renderedText } from './rendered-text'
import { spam } from './spam'

export const RULES: ReadonlyArray<{ name: string; rule: TrustRule }> = [
  { name: 'spam', rule: spam },
  { name: 'auth-failed', rule: authFailed },
  { name: 'bulk', rule: bulk },
  { name: 'rendered-text', rule: renderedText },
  { name: 'gmail-daemon', rule: gmailDaemon },
  { name: 'backscatter', rule: backscatter },
  { name: 'recipient-domain', rule: recipientDomain },
  { name: 'own-original', rule: ownOriginal },
]
