/** networkerror: DNS or routing trouble on the way to the receiving host. */
import type { ReasonRule } from './rule'

export const networkError: ReasonRule = {
  reason: 'networkerror',
  unless: ['x-outbound-mail-relay; name service error for name='], // notaccept.ts
  phrases: [
    'could not connect and send the mail to', 'dns records for the destination computer could not be found',
    'hop count exceeded - possible mail loop', 'host is unreachable', 'host name lookup failure',
    'host not found, try again', 'mail forwarding loop for ', 'malformed name server reply',
    'malformed or unexpected name server reply', 'maximum forwarding loop count exceeded', 'message looping',
    'message probably in a routing loop', 'no route to host', 'unable to resolve route ',
    'dns query failed', 'lost connection with', 'too many hops',
    // The receiving host dropped or reset the TCP connection (RFC 5321 4.5.4.1: the client retries);
    // a host that refuses the sender says why (blocked.ts), a dropped connection alone does not.
    'connection dropped', 'connection reset by peer', 'connection was dropped by remote host',
    'the dns query has failed', // hMailServer: "Unable to find the recipient's email server. The DNS query has failed."
  ],
}
