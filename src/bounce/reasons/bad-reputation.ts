/** badreputation: the sending IP or domain has a poor reputation at the receiver (Gmail, Microsoft). */
import type { ReasonRule } from './rule'

export const badReputation: ReasonRule = {
  reason: 'badreputation',
  phrases: [
    'poor reputation', 'low reputation', 'bad reputation', 'ip reputation', 'sender reputation',
    'domain reputation', 'reputation of the sending', 'due to its reputation', 'reputation is too low',
    'very low reputation',
  ],
}
