/** requireptr: the sending host has no (or a mismatching) reverse DNS record (X.7.25). */
import type { ReasonRule } from './rule'

export const requirePtr: ReasonRule = {
  reason: 'requireptr',
  phrases: [
    'access denied. ip name lookup failed', 'all mail servers must have a ptr record with a valid reverse dns entry',
    'bad dns ptr resource record', 'cannot find your hostname', 'client host rejected: cannot find your hostname',
    'fix reverse dns for ', 'ips with missing ptr records', 'no ptr record found.', 'please get a custom reverse dns name',
    'please set up a matching reverse dns', 'reverse dns failed', 'reverse dns required', 'sender ip reverse lookup rejected',
    'the ip address sending this message does not have a ptr record setup', 'the corresponding forward dns entry does not point to the sending ip',
    'this system will not accept messages from servers/devices with no reverse dns', 'unresolvable relay host name',
    'we do not accept mail from hosts with dynamic ip or generic dns ptr-records',     'service permits no reverse dns',
    'valid reverse lookup', 'add a ptr record', 'valid ptr record', // the BMH-style rule lists (iiNet's PTR answer)
    // CiviCRM's "reverse dns entry" (Dns type) and "ip name lookup", "sender ip must resolve" (Relay type):
    // the sending host's name, not the recipient's domain.
    'reverse dns entry', 'ip name lookup failed', 'sender ip must resolve',
    // go-sisimai why-requireptr.go "Cannot resolve your address.", rhost/for-cox.go "rejected - no rDNS".
    'cannot resolve your address', 'no rdns',
  ],
  patterns: [/domain [^ ]{1,255} mismatches client ip/, /dns lookup failure: [^ ]{1,255} try again later/, /reverse dns lookup for host [^ ]{1,255} failed permanently/, /server access [^ ]{1,255} forbidden by invalid rdns record of your mail server/, /service permits [^ ]{1,8} unverifyable sending ips/],
}
