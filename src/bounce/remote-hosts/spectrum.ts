/**
 * Spectrum / Charter: replies carry "AUP#I-nnnn" (incoming) or "AUP#O-nnnn"; the number range names
 * the failure. From Spectrum's "Understanding email error codes"
 * (https://www.spectrum.net/support/internet/understanding-email-error-codes, linked from the replies);
 * sample test/fixtures/sisimai/rhost-spectrum-01.eml ("AUP#In-1310").
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { hostIs } from './host'

/** [first, last, reason]: inclusive ranges of Spectrum's four-digit codes. */
const RANGES: ReadonlyArray<readonly [number, number, Reason]> = [
  [1000, 1000, 'blocked'], // IP blocked for suspicious activity
  [1010, 1080, 'rejected'], // the sending account is blocked or limited
  [1090, 1090, 'systemerror'], // "can't be processed. Try again later"
  [1100, 1150, 'requireptr'], // full-circle DNS required
  [1160, 1190, 'policyviolation'], // against the domain's security policies
  [1200, 1250, 'blocked'], // listed by Cloudmark CSI or Spamhaus
  [1260, 1260, 'networkerror'], // IPv6 not accepted
  [1300, 1340, 'toomanyconn'], // concurrent / total connection limits
  [1350, 1490, 'speeding'], // message / recipient volume limits
  [1500, 1520, 'rejected'], // sending as another address
  [1530, 1530, 'mesgtoobig'], // over 20 MB
  [1540, 1550, 'speeding'], // too many messages per session / recipients per message
  [1560, 1560, 'policyviolation'], // too many invalid recipients
  [1580, 1580, 'speeding'], // too many recipients in a short time
]

export const spectrum: RemoteHostRule = {
  name: 'spectrum',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['charter.net', 'spectrum.net']) || domain === 'charter.net' || domain === 'spectrum.net',
  reason({ diagnostic }) {
    const m = /AUP#[A-Za-z]{1,3}-?(\d{4})/.exec(diagnostic.slice(0, 4096))
    if (!m) return null
    const n = Number(m[1])
    return RANGES.find(([a, b]) => n >= a && n <= b)?.[2] ?? null
  },
}
