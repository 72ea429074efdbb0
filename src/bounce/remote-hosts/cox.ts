/**
 * Cox: replies carry "AUP#<code>". Meanings from Cox's "Email error codes" page
 * (https://www.cox.com/residential/support/email-error-codes.html, linked from the replies);
 * sample test/fixtures/sisimai/rhost-cox-01.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const CODES: Record<string, Reason> = {
  CXBL: 'blocked', // sending IP blocked for spam-like behaviour
  CDRBL: 'blocked', // sending IP temporarily blocked (at most 24 hours)
  CXDNS: 'requireptr', // reverse DNS of the sending IP fails
  CXSNDR: 'authfailure', // SPF / DomainKeys / DKIM of the sending domain failed
  CXSMTP: 'rejected', // SMTP protocol violation: sender not verified
  CXCNCT: 'toomanyconn', // too many concurrent connections
  CXMXRT: 'toomanyconn', // too many recipients, wait before sending more
  CXTHRT: 'securityerror', // sending limited: suspicious account activity
  CXMJ: 'securityerror',
}

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['blocked', ['too many bad commands from', 'too many invalid recipients']],
  ['requireptr', ['dns check failure - try again later', 'rejected - no rdns']],
  ['toomanyconn', ['too many sessions from', 'message threshold exceeded']],
]

export const cox: RemoteHostRule = {
  name: 'cox',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['cox.net']) || domain === 'cox.net',
  reason({ diagnostic }) {
    const head = diagnostic.slice(0, 4096)
    const code = /AUP#([A-Z]{2,8}\d{0,5})/.exec(head)?.[1] ?? ''
    if (CODES[code]) return CODES[code]
    // IPBLnnnn: the sending IP is on DNS block lists; URLBLnnn: a link in the message is. Cox also writes
    // these two without "AUP#" ("… 198.51.100.7 rejected - IPBL1000 see https://www.cox.com/…", the same page).
    const list = code || (/\b(?:IPBL|URLBL)\d{3,5}\b/.exec(head)?.[0] ?? '')
    if (list.startsWith('IPBL')) return 'blocked'
    if (list.startsWith('URLBL')) return 'spamdetected'
    return byPhrase(diagnostic, WORDS)
  },
}
