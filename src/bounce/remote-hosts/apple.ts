/**
 * Apple iCloud Mail (icloud.com, me.com, mac.com; servers *.mail.icloud.com). Wording from Apple's
 * "Mail server error codes" notes (https://support.apple.com/en-us/102322) and
 * test/fixtures/sisimai/rhost-apple-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const HOSTS = ['mail.icloud.com', 'apple.com', 'me.com']
const DOMAINS = ['icloud.com', 'me.com', 'mac.com']

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['hasmoved', ['recipient no longer on server']], // 5.1.6
  ['userunknown', ['inactive email address', 'user does not exist']],
  ['mailboxfull', ['user is over quota', 'mailbox is full']],
  ['authfailure', ["dmarc policy"]], // "Your message was rejected due to <domain>'s DMARC policy"
]

export const apple: RemoteHostRule = {
  name: 'apple',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || DOMAINS.includes(domain),
  reason: ({ diagnostic }) => byPhrase(diagnostic, WORDS),
}
