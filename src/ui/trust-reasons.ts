/** The trust evaluator's reason codes (src/trust/types.ts) → their plain words (issue 10). */
import type { TrustReason } from '../trust/types'

export const TRUST_REASON_KEYS: Record<TrustReason, string> = {
  'gmail-daemon': 'trust_reason_gmail_daemon',
  'recipient-domain': 'trust_reason_recipient_domain',
  'own-original': 'trust_reason_own_original',
  'provider-daemon': 'trust_reason_provider_daemon',
  accepted: 'trust_reason_accepted',
  spam: 'trust_reason_spam',
  'auth-failed': 'trust_reason_auth_failed',
  bulk: 'trust_reason_bulk',
  'not-your-mail': 'trust_reason_not_your_mail',
  'unknown-reporter': 'trust_reason_unknown_reporter',
  'rendered-text': 'trust_reason_rendered_text',
}

export function trustReasonKey(reason: string): string {
  return Object.hasOwn(TRUST_REASON_KEYS, reason) ? TRUST_REASON_KEYS[reason as TrustReason] : 'trust_reason_unknown_reporter'
}
