/** virusdetected: a virus scanner on the receiving side found malware. */
import type { ReasonRule } from './rule'

export const virusDetected: ReasonRule = {
  reason: 'virusdetected',
  phrases: [
    'virus', 'malware', 'infected', 'trojan', 'worm detected', 'message contains an infected',
    'potentially executable content',
  ],
}
