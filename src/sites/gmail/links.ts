/**
 * Links that open Gmail on a given message, for the user to click (issue 11). Nothing here is
 * fetched. An account is named by its address where known (`/mail/u/jane@example.com/` picks that
 * signed-in account whatever its index, which moves when the user signs in or out), else by `u/N`.
 */
import { GMAIL_ORIGIN, isAccountKey } from './urls'

/** Plain enough to be a mailbox address in a path segment (from the feed's title: still checked). */
function isMailbox(s: string): boolean {
  return s.length <= 254 && /^[^\s@/?#%\\]+@[^\s@/?#%\\]+\.[^\s@/?#%\\]+$/.test(s)
}

/** "u/jane@example.com" when the mailbox is known, else the index key "u/N"; "u/0" when neither is. */
export function accountPath(account: string, mailbox = ''): string {
  if (isMailbox(mailbox)) return `u/${mailbox.toLowerCase()}`
  return isAccountKey(account) ? account : 'u/0'
}

/** Message-IDs are searched without their angle brackets; "" for an empty or absurd one. */
function bareMessageId(messageId: string): string {
  const id = messageId.trim().replace(/^<|>$/g, '').trim()
  return id && id.length <= 500 && !/\s/.test(id) ? id : ''
}

/**
 * Gmail's search for one message by its Message-ID header (the `rfc822msgid:` operator), so the user
 * lands on the email they sent and can resend it. Encoded whole: Gmail reads "+" in a search hash
 * as a space, and real ids hold "+", "=" and "$".
 */
export function messageIdSearchUrl(path: string, messageId: string): string {
  const id = bareMessageId(messageId)
  return id ? `${GMAIL_ORIGIN}/mail/${path}/#search/${encodeURIComponent(`rfc822msgid:${id}`)}` : ''
}

/** A message by Gmail's own id: the hex form (Gmail API ids, `message_id=` in the feed's links). */
export function messageUrl(path: string, id: { decimal?: string; hex?: string }): string {
  let hex = (id.hex ?? '').toLowerCase()
  if (!/^[0-9a-f]{1,16}$/.test(hex)) hex = /^\d{1,20}$/.test(id.decimal ?? '') ? BigInt(id.decimal!).toString(16) : ''
  return hex ? `${GMAIL_ORIGIN}/mail/${path}/#all/${hex}` : ''
}
