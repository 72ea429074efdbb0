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
]

export const tencent: RemoteHostRule = {
  name: 'tencent',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['qq.com']) || domain === 'qq.com',
  reason: ({ diagnostic }) => byPhrase(diagnostic, WORDS),
}
