/** spamdetected: a content filter judged the message to be spam. */
import type { ReasonRule } from './rule'

export const spamDetected: ReasonRule = {
  reason: 'spamdetected',
  phrases: [
    'spam', 'junk mail', 'unsolicited', 'message looks like spam', 'bulk mail', 'content filter',
    'message content rejected', 'appears to be unsolicited', 'likely unsolicited', 'rejected as bulk',
    'classified as bulk', 'message refused by content filter', 'score too high', 'scored too high',
    'blocked by content filter', 'suspected spam', 'rejected due to content', 'message rejected as spam',
    'uce', 'our system has detected that this message is', 'contains suspicious content', 'phishing',
    'message identified as', 'rejected by the content', 'x-spam',
  ],
}
