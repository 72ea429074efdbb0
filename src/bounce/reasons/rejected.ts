/** rejected: the sender address (envelope from) was refused. */
import type { ReasonRule } from './rule'

export const rejected: ReasonRule = {
  reason: 'rejected',
  phrases: [
    'sender rejected', 'sender address rejected', 'sender denied', 'sender is not allowed',
    'bad sender', 'invalid sender', 'sender unknown', 'unknown sender', 'sender verify failed',
    'sender verification failed', 'sender domain must exist', 'domain of sender address',
    'sender address not allowed', 'address rejected', 'from address rejected', 'mail from rejected',
    'envelope sender', 'sender not authorized', 'sender is not authorized', 'rejected sender',
    'your domain has no mx', 'no such sender', 'blocked sender', 'sender blocked', 'empty envelope senders',
    'sender address is blacklisted', 'email address is blacklisted', 'domain is blacklisted',
    'your address has been blacklisted', 'return path', 'mailfrom', 'mail from', 'denied by sender',
    'sender address does not exist', 'rejected by sender', 'null sender is not allowed',
  ],
}
