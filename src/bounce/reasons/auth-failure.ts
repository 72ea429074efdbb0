/** authfailure: SPF, DKIM or DMARC failed for the sender's domain (X.7.20-X.7.26). */
import type { ReasonRule } from './rule'

export const authFailure: ReasonRule = {
  reason: 'authfailure',
  phrases: [
    'spf check failed', 'spf fail', 'spf validation failed', 'spf: fail', 'failed spf', 'sender policy framework',
    'dmarc policy', 'dmarc reject', 'failed dmarc', 'dmarc validation', 'dmarc check', 'unauthenticated email',
    'dkim signature', 'dkim verification', 'dkim check failed', 'dkim fail', 'not authorized to send on behalf',
    'authentication failed for sender domain', 'is not designated to send', 'spf record', 'spf=fail',
    'dmarc=fail', 'does not pass dmarc', 'spf failure', 'sender is unauthenticated',
    'is not allowed to send mail from', 'unauthenticated mail', 'email authentication', 'spf validation error',
    'domain of sender', 'not designated as a permitted sender', 'the sending mta\'s poor reputation',
  ],
}
