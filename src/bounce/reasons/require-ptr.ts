/** requireptr: the sending host has no (or a mismatching) reverse DNS record (X.7.25). */
import type { ReasonRule } from './rule'

export const requirePtr: ReasonRule = {
  reason: 'requireptr',
  phrases: [
    'reverse dns', 'reverse lookup', 'no ptr record', 'ptr record', 'cannot find your hostname',
    'cannot resolve your address', 'client host rejected: cannot find your hostname', 'no rdns',
    'rdns', 'reverse hostname', 'your host name does not match', 'cannot find your reverse hostname',
    'unresolvable address', 'does not resolve', 'connection from unknown host', 'unknown client host',
    'ip address has no ptr', 'ip name lookup failed', 'not have a reverse', 'reverse dns entry',
    'please set up a valid reverse dns', 'forward dns and reverse dns',
  ],
}
