/** vacation: an out-of-office text where a server reply was expected (Sisimai's last resort). */
import type { ReasonRule } from './rule'

export const vacation: ReasonRule = {
  reason: 'vacation',
  phrases: ['i am away on vacation', 'i am away until', 'i am out of the office', 'i will be traveling for work on'],
}
