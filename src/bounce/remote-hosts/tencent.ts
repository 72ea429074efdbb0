/**
 * Tencent QQ Mail (*.qq.com). Wording from QQ Mail's error help pages
 * (http://service.mail.qq.com/cgi-bin/help?subtype=1&id=20022, linked from the replies);
 * samples test/fixtures/sisimai/rhost-tencent-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['toomanyconn', ['ip frequency limited', 'connection frequency limited', 'frequency limited']],
  ['authfailure', ['dmarc check failed', 'spf check failed']],
  ['userunknown', ['mailbox not found']],
  // The rest of the help pages its replies link (service.mail.qq.com/detail/122/<n>, as Sisimai's
  // Rhost/Tencent.pm cites them one by one; issue 9, regional-providers.test.ts).
  ['blocked', ['suspected bounce attacks', 'suspected spam ip', 'connection denied']], // 122/57, /66, /170
  ['mesgtoobig', ['message too large']], // 122/168
  ['spamdetected', ['spam is embedded in the email', 'mail content denied']], // 122/59, /171
  ['suspend', ['is a deactivated mailbox']], // help?id=20022&no=1000742
]

export const tencent: RemoteHostRule = {
  name: 'tencent',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['qq.com']) || domain === 'qq.com',
  reason: ({ diagnostic }) => byPhrase(diagnostic, WORDS),
}
