/** mailboxfull: the recipient's mailbox is over quota. Phrases: Postfix, Exim, Dovecot, Gmail, Yahoo, Exchange. */
import type { ReasonRule } from './rule'

export const mailboxFull: ReasonRule = {
  reason: 'mailboxfull',
  phrases: [
    'mailbox full', 'mailbox is full', 'mailbox quota exceeded', 'quota exceeded', 'over quota',
    'overquota', 'exceeded storage allocation', 'exceeds storage allocation', 'is over its storage',
    'user is over quota', 'mailbox exceeds allowed size', 'account is full', 'disk quota exceeded',
    'mailbox size limit exceeded', 'maildir over quota', 'mail quota exceeded', 'insufficient disk space',
    'the email account that you tried to reach is over quota', 'inbox is full', 'too much mail data',
    'exceeded its quota', 'quota limit exceeded', 'user has exceeded', 'mailbox has exceeded',
    'mailfolder is full', 'mailbox would exceed maximum allowed storage', 'recipient overquota',
    'user\'s mailbox is full', 'mailbox exceeded the local limit', 'not enough storage space',
    'boîte aux lettres pleine', 'casella piena', 'postfach voll', 'buzón lleno', 'mailbox voll',
    'delivery failed: over quota', 'quota violation', 'storage quota', 'exceeds quota',
  ],
}
