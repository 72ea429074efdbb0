/** toomanyconn: too many simultaneous connections (or recipients in one session) from the sending host. */
import type { ReasonRule } from './rule'

export const tooManyConn: ReasonRule = {
  reason: 'toomanyconn',
  phrases: [
    'all available ips are at maximum connection limit', 'connection rate limit exceeded',
    'exceeds per-domain connection limit for', 'throttling failure: daily message quota exceeded',
    'throttling failure: maximum sending rate exceeded', 'too many connections', 'too many connections from your host',
    'too many concurrent smtp connections', 'too many errors from your ip', 'too many recipients',
    'too many smtp sessions for this host', 'trop de connexions, ', 'we have already made numerous attempts to deliver this message',
    'frequency limited',
  ],
}
