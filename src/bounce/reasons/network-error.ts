/** networkerror: DNS or network trouble on the way to the receiving host. */
import type { ReasonRule } from './rule'

export const networkError: ReasonRule = {
  reason: 'networkerror',
  phrases: [
    'could not connect', 'connection timed out', 'connection timeout', 'network is unreachable',
    'no route to host', 'dns lookup failed', 'dns problem', 'unable to connect', 'connection refused',
    'lookup failure', 'temporary dns failure', 'host lookup did not complete', 'dns error',
    'name server failure', 'servfail', 'malformed or unexpected name server reply',
    'connection reset', 'connection closed', 'could not resolve', 'a remote mta did not respond',
    'address family not supported',
  ],
}
