/** systemfull: the receiving system is out of disk space (X.3.1). */
import type { ReasonRule } from './rule'

export const systemFull: ReasonRule = {
  reason: 'systemfull',
  phrases: ['mail system full', 'insufficient system storage', 'disk full', 'no space left on device', 'not enough disk space', 'system storage exceeded', 'file system full'],
}
