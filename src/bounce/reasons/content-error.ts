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
    // MIME structure and content filters in Mautic's DsnParser.php samples (rule: content_reject):
    // "552 MessageWall: MIME/REJECT: Invalid structure", "553 Mail data refused by AISP, rule [n]".
    'mime/reject', 'mail data refused by aisp',
    // ASSP, the open-source anti-spam proxy: "500 These attachments are not allowed -- Please compress
    // (zip,tar..) them before mailing." (its documented replies, maxclicksonline.com KB 10095).
    'attachments are not allowed', 'attachment is not allowed', 'attachment not allowed', 'attachment type not allowed',
    // amavisd-new's notice to the sender (its notify_sender template): "BANNED CONTENTS ALERT / Our
    // content checker found / banned name: …", "INVALID HEADER" (Sisimai Lhost/Amavis.pm reads its DSN).
    'banned contents alert', 'content checker found banned', 'banned name:', 'invalid header alert',
    // CiviCRM's "Syntax" type "nonstandard smtp line terminator", "attachment blocking" (Spam type): a bare
    // LF in the sender's message, an attachment the receiver's filter strips.
    'nonstandard smtp line terminator', 'attachment blocking',
  ],
}
