/**
 * KDDI au (ezweb.ne.jp, au.com; msmx.au.com, lsean.ezweb.ne.jp). au answers "550 : User unknown"
 * (no address) when its user's receiving filter refuses the mail, and "550 <jane@...>: User unknown"
 * when the mailbox does not exist. Samples test/fixtures/sisimai/rhost-kddi-*.eml, lhost-office365-04/07.
 */
import type { RemoteHostRule } from '../dialect'
import { hostIs } from './host'

const HOSTS = ['ezweb.ne.jp', 'au.com']

export const kddi: RemoteHostRule = {
  name: 'kddi',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || HOSTS.includes(domain),
  reason({ diagnostic }) {
    if (/\b550 ?: ?:? ?user unknown/i.test(diagnostic)) return 'filtered'
    if (/user unknown/i.test(diagnostic)) return 'userunknown'
    return null
  },
}
