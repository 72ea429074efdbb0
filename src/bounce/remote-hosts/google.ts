/**
 * Gmail's receiving servers: the enhanced code plus Google's wording. Table from Google's "SMTP error
 * reference" (https://support.google.com/a/answer/3726730); samples test/fixtures/sisimai/rhost-google-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const HOSTS = ['aspmx.l.google.com', 'gmail-smtp-in.l.google.com', 'google.com', 'googlemail.com']
const DOMAINS = ['gmail.com', 'googlemail.com']

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  // 5.2.1 "The email account that you tried to reach is disabled" / "is inactive"
  ['suspend', ['account that you tried to reach is disabled', 'account that you tried to reach is inactive']],
  // 5.1.1 "The email account that you tried to reach does not exist"
  ['userunknown', ['account that you tried to reach does not exist']],
  // 5.2.2 "The recipient's inbox is out of storage space", "is over the storage quota"
  ['mailboxfull', ["inbox is out of storage space", 'over quota', 'out of storage space']],
  // 5.7.1 "This message is not RFC 5322 compliant"
  ['notcompliantrfc', ['is not rfc 5322 compliant']],
  // 4.7.28 / 5.7.28 "unusual rate of unsolicited mail"
  ['badreputation', ['unusual rate of unsolicited mail', 'very low reputation of the sending']],
  // 5.7.26 / 5.7.27 "unauthenticated", "does not pass DMARC", "SPF ... hard fail"
  ['authfailure', ['sender is unauthenticated', 'gmail requires all senders to authenticate', 'fails to pass spf', 'dmarc policy']],
  // 5.7.25 "The IP address sending this message does not have a PTR record setup"
  ['requireptr', ['does not have a ptr record', 'missing ptr records']],
  // 4.2.1 "The recipient you are trying to contact is receiving mail at a rate that prevents additional
  // messages from being delivered. Please resend your message at a later point": the recipient's
  // own receiving limit, temporary (retry), not the sender's rate.
  ['exceedlimit', ['is receiving mail at a rate that prevents additional messages']],
]

/** Codes Google uses for one thing only. */
const CODES: Record<string, Reason> = {
  '5.7.25': 'requireptr',
  '5.7.26': 'authfailure',
  '5.7.27': 'authfailure',
  '4.7.28': 'badreputation',
  '5.7.28': 'badreputation',
}

export const google: RemoteHostRule = {
  name: 'google',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || DOMAINS.includes(domain),
  reason({ status, diagnostic }) {
    return byPhrase(diagnostic, WORDS) ?? CODES[status] ?? null
  },
}
