/** contenterror: the message's content or encoding was refused (X.6.x). */
import type { ReasonRule } from './rule'

export const contentError: ReasonRule = {
  reason: 'contenterror',
  phrases: [
    'message header size exceeds', 'header too large', 'headers too large', 'illegal attachment',
    'invalid mime', 'malformed mime', 'mime error', 'message has been rejected due to content',
    'improper use of 8-bit data', 'message contains nul', 'line too long', 'message content rejected',
    'invalid character', 'disallowed attachment', 'the message contains a forbidden attachment',
    'because it contains an attachment', 'blocked attachment',
  ],
}
