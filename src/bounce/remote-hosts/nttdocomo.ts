/**
 * NTT docomo (docomo.ne.jp, mfsmax.docomo.ne.jp). docomo answers "550 Unknown user" both for a
 * missing mailbox and for mail its user's own filter refuses, so the words alone cannot say which:
 * the status given with it can (a specific one such as 5.2.0: the recipient's filter), otherwise
 * the mail was refused (rejected). Samples test/fixtures/sisimai/rhost-nttdocomo-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import { hostIs } from './host'

export const nttdocomo: RemoteHostRule = {
  name: 'nttdocomo',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['docomo.ne.jp']) || domain === 'docomo.ne.jp',
  reason({ status, diagnostic }) {
    if (!/unknown user/i.test(diagnostic)) return null
    // A specific code beside it (5.2.0, or a relay's 5.3.0) places the refusal at the mailbox's filter.
    return status && !/^\d\.0\.0$/.test(status) ? 'filtered' : 'rejected'
  },
}
