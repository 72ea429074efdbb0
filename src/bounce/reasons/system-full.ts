/** systemfull: the receiving system is out of disk space (X.3.1). */
import type { ReasonRule } from './rule'

export const systemFull: ReasonRule = {
  reason: 'systemfull',
  phrases: ['mail system full', 'requested mail action aborted: exceeded storage allocation', 'insufficient system storage', 'insufficient disk space'],
}
