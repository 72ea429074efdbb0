/**
 * GoDaddy's mail servers (secureserver.net): replies end in an "IBnnn" code. Meanings from GoDaddy's
 * help page "Fix rejected email with a bounce error" (https://www.godaddy.com/help/40685).
 * Note "550 5.1.1 <jane@...> - ... has sent to too many recipients this hour. IB607": the 5.1.1 is
 * GoDaddy's, the failure is a rate limit (test/fixtures/sisimai/rhost-godaddy-03.eml).
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const HOSTS = ['secureserver.net']

const CODES: Record<string, Reason> = {
  IB007: 'toomanyconn', // "too many sessions from This IP"
  IB101: 'speeding', // "Server temporarily unavailable" (queue volume)
  IB103: 'badreputation', // poor reputation on Cloudmark CSI
  IB104: 'blocked', // Spamhaus SBL
  IB105: 'blocked', // Spamhaus XBL
  IB106: 'blocked', // Spamhaus PBL
  IB108: 'requireptr', // "Reverse DNS for this IP failed"
  IB110: 'blocked', // too many spam messages: blocked for an hour
  IB111: 'blocked', // ... for the day
  IB112: 'blocked', // too many invalid recipients: blocked for an hour
  IB113: 'blocked', // ... for the day
  IB212: 'spamdetected', // "content judged to be spam"
  IB401: 'securityerror', // "Authentication not allowed on IBSMTP Servers"
  IB501: 'notcompliantrfc', // blank From:
  IB502: 'notcompliantrfc', // IP address as From:
  IB504: 'speeding', // "sent too many messages this hour"
  IB506: 'rejected', // "From: Domain is invalid"
  IB508: 'authfailure', // "Invalid SPF record" / "not allowed to send from <domain> per it's SPF Record"
  IB510: 'speeding', // too many messages per session
  IB605: 'toomanyconn', // too many recipients in one message
  IB607: 'speeding', // "sent to too many recipients this hour"
  IB705: 'virusdetected', // "Virus infected message rejected"
}

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['blocked', ['rbl reject', 'www.spamhaus.org/query/bl?ip=']],
  ['expired', ['has been in the queue too long', 'delivery timeout']],
  ['mailboxfull', ['account storage limit']],
  ['spamdetected', ['message rejected for spam or virus content']],
  ['suspend', ['account disabled']],
  ['systemerror', ['message is looping']],
  ['userunknown', ['recipient not found', 'account does not exist']],
]

export const godaddy: RemoteHostRule = {
  name: 'godaddy',
  matches: (remoteMta) => hostIs(remoteMta, HOSTS),
  reason({ diagnostic }) {
    const code = /\b(IB\d{3})\b/.exec(diagnostic.slice(0, 4096))?.[1]
    return (code && CODES[code]) || byPhrase(diagnostic, WORDS)
  },
}
