/** blocked: the sending host or IP is refused (blocklists, client host rejected). */
import type { ReasonRule } from './rule'

export const blocked: ReasonRule = {
  reason: 'blocked',
  phrases: [
    'blocked using', 'listed in', 'blacklisted', 'blocklisted', 'blocklist', 'blacklist', 'dnsbl',
    'rbl', 'spamhaus', 'spamcop', 'barracudacentral', 'sorbs', 'client host rejected',
    'client host blocked', 'access denied', 'connection refused', 'your ip', 'ip address is blocked',
    'ip blocked', 'host blocked', 'host rejected', 'connection rejected', 'not allowed to connect',
    'service unavailable, client host', 'you are not allowed to connect', 'banned', 'denied by policy',
    'your network is', 'dynamic ip', 'dial-up', 'dialup', 'residential', 'access to this server is denied',
    'your server is blocked', 'is on our block list', 'rejected because of', 'refused to talk to me',
    'too many invalid recipients', 'has been blocked', 'ip has been', 'mail from your ip',
    'refused connect', 'not accepting connections from', 'host is blocked', 'sender ip',
    'is blocked by', 'connection from your host is denied', 'blocked for abuse', 'your access to this mail system has been rejected',
  ],
}
