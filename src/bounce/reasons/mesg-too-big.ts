/** mesgtoobig: the message is larger than the receiver accepts. */
import type { ReasonRule } from './rule'

export const mesgTooBig: ReasonRule = {
  reason: 'mesgtoobig',
  phrases: [
    'message too big', 'message too large', 'message is too big', 'message is too large',
    'message size exceeds', 'message file too big', 'exceeds size limit', 'size limit exceeded',
    'message length exceeds', 'message exceeds maximum size', 'mail size limit exceeded',
    'message size is too large', 'exceeded maximum message size', 'exceeds maximum allowed size',
    'message exceeds the maximum size', 'size exceeds the maximum', 'message is larger than',
    'taille du message', 'messaggio troppo grande', 'zu groß',
  ],
}
