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
    'message probably in a routing loop', 'no route to host', 'unable to resolve route ', 'unrouteable mail domain',
    'dns query failed', 'lost connection with', 'too many hops',
    'the dns query has failed', // hMailServer: "Unable to find the recipient's email server. The DNS query has failed."
  ],
}
