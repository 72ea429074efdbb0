/** mailboxfull: the recipient's mailbox is over quota. Postfix, Exim, Dovecot, Courier, Gmail, Yahoo, Exchange texts. */
import type { ReasonRule } from './rule'
import { SENDER_QUOTA, senderQuota } from './speeding'

export const mailboxFull: ReasonRule = {
  reason: 'mailboxfull',
  unless: SENDER_QUOTA,
  phrases: [
    'account disabled temporarily for exceeding receiving limits', 'account is exceeding their quota',
    'account is over quota', 'account is temporarily over quota', 'boite du destinataire pleine',
    'delivery failed: over quota', 'disc quota exceeded', 'diskspace quota', 'does not have enough space',
    'exceeded storage allocation', 'exceeding its mailbox quota', 'full mailbox', 'is over disk quota',
    'is over quota temporarily', 'mail file size exceeds the maximum size allowed for mail delivery',
    'mail quota exceeded', 'mailbox exceeded the local limit', 'mailbox full', 'mailbox has exceeded its disk space limit',
    'mailbox is full', 'mailbox over quota', 'mailbox quota usage exceeded', 'mailbox size limit exceeded',
    'maildir over quota', 'maildir delivery failed: userdisk quota ', 'maildir delivery failed: domaindisk quota ',
    'mailfolder is full', 'no space left on device', 'not enough disk space', 'not enough storage space in',
    'not sufficient disk space', 'over the allowed quota', 'quota exceeded', 'quota violation for',
    'recipient reached disk quota', 'recipient rejected: mailbox would exceed maximum allowed storage',
    'the recipient mailbox has exceeded its disk space limit', 'the user\'s space has been used up',
    'the user you are trying to reach is over quota', 'too much mail data', 'user has exceeded quota, bouncing mail',
    'user has too many messages on the server', 'user is over quota', 'user is over the quota',
    'user over quota', 'user over quota. (#5.1.1)', 'was automatically rejected: quota exceeded',
    'would be over the allowed quota', 'inbox is full', 'is over its storage', 'overquota', 'over quota',
    // Localised server replies: French, Italian, German, Spanish, Portuguese, Dutch.
    'boîte aux lettres pleine', 'boite aux lettres pleine', 'casella piena', 'casella di posta piena', 'postfach voll',
    'postfach ist voll', 'buzón lleno', 'buzón está lleno', 'caixa postal cheia', 'caixa de correio cheia', 'postvak vol', 'mailbox vol',
  ],
  patterns: [/account [^ ]{1,255} is full/, /user [^ ]{1,255} has exceeded its quota/, /mailbox [^ ]{1,255} is full/],
  // A 5.2.2 status that names the sender's quota is the sender's limit (speeding.ts), not a full mailbox.
  probe(fact) {
    return (fact.statusReason === 'mailboxfull' && !fact.says(senderQuota)) || fact.says(mailboxFull)
  },
}
