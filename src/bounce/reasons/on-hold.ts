/** onhold: the notice says a failure happened but not why; nothing to match on purpose. */
import type { ReasonRule } from './rule'

export const onHold: ReasonRule = { reason: 'onhold', phrases: [] }
