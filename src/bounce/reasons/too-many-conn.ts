/** toomanyconn: too many simultaneous connections from the sending host. */
import type { ReasonRule } from './rule'

export const tooManyConn: ReasonRule = {
  reason: 'toomanyconn',
  phrases: [
    'too many connections', 'too many concurrent', 'too many simultaneous', 'connection limit',
    'too many smtp sessions', 'too many sessions', 'too many open connections', 'max connections',
    'connection rate limit exceeded', 'too many recipients', 'no more connections', 'too many hosts',
  ],
}
