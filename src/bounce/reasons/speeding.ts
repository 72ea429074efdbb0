/** speeding: the sender is over a rate limit. GoDaddy sends its limit with 5.1.1 (the example). */
import type { ReasonRule } from './rule'

export const speeding: ReasonRule = {
  reason: 'speeding',
  phrases: [
    'please try again slower', 'receiving mail at a rate that prevents additional messages from being delivered',
    'has sent to too many recipients this hour', 'sending too fast', 'too many messages this hour',
    'you\'ve reached a limit for sending',
    'exceeded the rate limit', 'messages per hour', 'sending limit exceeded', 'rate limited',
  ],
}
