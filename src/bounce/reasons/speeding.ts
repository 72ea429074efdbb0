/** speeding: the sender is over a rate limit (too many messages, too fast). GoDaddy sends this with 5.1.1. */
import type { ReasonRule } from './rule'

export const speeding: ReasonRule = {
  reason: 'speeding',
  phrases: [
    'rate limit', 'ratelimit', 'rate-limit', 'sending too fast', 'too many messages', 'too many emails',
    'too many mails', 'receiving mail at a rate', 'exceeded the rate', 'messages per hour', 'throttl',
    'sending limit', 'sending quota', 'please slow down', 'unusual rate', 'message rate',
    'exceeded the maximum number of', 'too much mail from', 'daily sending quota', 'has been temporarily rate limited',
    'slow down', 'you\'ve reached a limit for sending',
  ],
}
