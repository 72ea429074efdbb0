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
    // Greylisting: the receiving server defers an unknown sender once and accepts the retry. Its usual
    // status is 4.7.1 (milter-greylist "451 4.7.1 Greylisting in action, please come back later",
    // listed by PHP-Bounce-Handler with postgrey's "Greylisted for 5 minutes" as 4.3.2), which must
    // not read as a block of the sending IP. Translations as the same servers are localised.
    'greylist', 'graylist', 'grey-list', 'gray-list', 'liste grise', 'lista grigia', 'graue liste', 'lista gris',
  ],
}
