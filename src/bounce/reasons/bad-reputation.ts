/** badreputation: the sending IP or domain has a poor reputation at the receiver (Gmail, Microsoft). */
import type { ReasonRule } from './rule'

export const badReputation: ReasonRule = {
  reason: 'badreputation',
  phrases: [
    'has been temporarily rate limited due to ip reputation', 'ip/domain reputation problems',
    'likely suspicious due to the very low reputation', 'poor reputation',
    'the sending mta\'s poor reputation', 'very low reputation', 'low reputation of the sending domain',
    'sender reputation', 'sending ip reputation', 'ip reputation', 'domain reputation', 'reputation of the sending',
    '[tss04]', // Yahoo's postmaster error codes: volume or complaints from the sending IP, i.e. its reputation
  ],
}
