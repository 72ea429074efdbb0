/** expired: the sender's MTA gave up retrying (X.4.7). */
import type { ReasonRule } from './rule'

export const expired: ReasonRule = {
  reason: 'expired',
  phrases: [
    'delivery time expired', 'message expired', 'retry timeout exceeded', 'retry time not reached',
    'could not be delivered within', 'has not been delivered within', 'message timed out',
    'too long in queue', 'retry limit exceeded', 'delivery expired', 'undeliverable within',
    'in the queue too long', 'was not delivered after', 'gave up', 'giving up',
    'has been delayed', 'delivery attempts will continue', 'unable to deliver message after',
    'message could not be delivered for', 'delivery period expired', 'retry period expired',
    'exceeded the maximum time', 'time limit exceeded', 'message has been in the queue too long',
    'no answer from host', 'host not responding',
  ],
}
