/**
 * Mimecast (*.mimecast.com): wording from Mimecast's "SMTP error codes" knowledge-base article
 * (https://community.mimecast.com/docs/DOC-1369, linked from the replies); samples
 * test/fixtures/sisimai/rhost-mimecast-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  // "554 Host network not allowed": the sending network is on the recipient's own block policy
  ['policyviolation', ['host network not allowed']],
  // "554 email rejected due to security policies": Mimecast's anti-virus / malware scan
  ['virusdetected', ['rejected due to security policies']],
  // "550 Local CT IP Reputation": the sending IP's reputation
  ['badreputation', ['local ct ip reputation']],
  ['userunknown', ['invalid recipient']],
]

export const mimecast: RemoteHostRule = {
  name: 'mimecast',
  matches: (remoteMta) => hostIs(remoteMta, ['mimecast.com']),
  reason: ({ diagnostic }) => byPhrase(diagnostic, WORDS),
}
