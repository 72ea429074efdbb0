/** contenterror: the message's content, encoding or headers were refused (X.6.x). */
import type { ReasonRule } from './rule'

export const contentError: ReasonRule = {
  reason: 'contenterror',
  phrases: [
    'improper use of 8-bit data in message header', 'message header size, or recipient list, exceeds policy limit',
    'message mime complexity exceeds the policy maximum', 'routing loop detected -- too many received: headers',
    'this message contain invalid mime headers', 'this message contains improperly-formatted binary content',
    'this message contains text that uses unnecessary base64 encoding', 'header size exceeds maximum permitted', 'duplicate header', 'message header is too large',
    // Attachment and markup filters (the BMH-style rule lists).
    'restricted attachment', 'attachment filtering policy', 'content restrictions', 'html tag unacceptable',
    // amavisd-new's notice to the sender (its notify_sender template): "BANNED CONTENTS ALERT / Our
    // content checker found / banned name: …", "INVALID HEADER" (Sisimai Lhost/Amavis.pm reads its DSN).
    'banned contents alert', 'content checker found banned', 'banned name:', 'invalid header alert',
  ],
}
