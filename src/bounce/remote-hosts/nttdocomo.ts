/**
 * NTT docomo (docomo.ne.jp, mfsmax.docomo.ne.jp). docomo answers "550 Unknown user" both for a
 * missing mailbox and for mail its user's own filter refuses, so the words alone cannot say which:
 * the status it gives with it can ("5.2.0": the recipient's filter), otherwise the mail was refused
 * (rejected). Samples test/fixtures/sisimai/rhost-nttdocomo-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import { hostIs } from './host'

export const nttdocomo: RemoteHostRule = {
  name: 'nttdocomo',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['docomo.ne.jp']) || domain === 'docomo.ne.jp',
  reason({ status, diagnostic }) {
    if (status === '5.2.0') return 'filtered'
    if (/unknown user/i.test(diagnostic)) return 'rejected'
    return null
  },
}
