/**
 * Google Groups refusing a post: "the group you tried to contact (name) may not exist, or you may not
 * have permission to post", in the sender's language (Japanese, Persian, Hebrew... in
 * test/fixtures/sisimai/lhost-googlegroups-*.eml), always signed "Google Groups" and linking
 * groups.google.com/support. The group's address is only in X-Failed-Recipients.
 */
import type { Dialect, DialectResult } from '../../dialect'
import type { ParsedMessage } from '../../mime/parsed-message'
import { MAX_RECIPIENTS, cutAt, findAddress, squeeze } from './text'

const SENDERS = ['mailer-daemon@googlemail.com', 'mailer-daemon@google.com']
// The signature and help link every language version carries (lhost-googlegroups-01..14).
const MARKERS = ['Google Groups', 'groups.google.com/support']

export const googleGroups: Dialect = {
  name: 'google-groups',
  decode(message: ParsedMessage): DialectResult | null {
    if (!SENDERS.includes(message.from)) return null
    const failed = message.header('x-failed-recipients')
    if (!failed) return null
    const text = cutAt(message.text, ['----- Original message -----'])
    if (!MARKERS.every((m) => text.includes(m))) return null

    const diagnostic = squeeze(text).slice(0, 1000)
    const recipients = failed
      .split(',', MAX_RECIPIENTS)
      .map(findAddress)
      .filter(Boolean)
      // The group refused the post (it may not exist, or not accept posts from this sender).
      .map((address) => ({ address, action: 'failed' as const, status: '5.0.0', diagnostic, reason: 'rejected' as const }))
    return recipients.length ? { recipients } : null
  },
}
