/** userunknown: the local part does not exist. Phrases: Postfix local(8)/virtual, Sendmail, Exim, qmail, Exchange, Gmail, Yahoo, and non-English NDRs. */
import type { ReasonRule } from './rule'

export const userUnknown: ReasonRule = {
  reason: 'userunknown',
  phrases: [
    'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient',
    'user not found', 'user does not exist', 'user doesn\'t exist', 'mailbox not found',
    'mailbox unavailable', 'mailbox does not exist', 'mailbox doesn\'t exist', 'no mailbox here',
    'recipient unknown', 'unknown recipient', 'recipient not found', 'recipient does not exist',
    'recipient address rejected: user unknown', 'recipient address rejected: undeliverable address',
    'recipient address rejected: unknown user', 'address rejected: user unknown',
    'unknown local part', 'unknown address', 'invalid recipient', 'invalid mailbox', 'bad destination mailbox',
    'the email account that you tried to reach does not exist', // Gmail
    'this user doesn\'t have a', // Yahoo: "This user doesn't have a yahoo.com account"
    'address does not exist', 'account does not exist', 'account that you tried to reach does not exist',
    'no such person at this address', 'no such address', 'not a valid mailbox', 'is not a valid recipient',
    'does not have an account here', 'no mailbox by that name', 'unknown or illegal alias',
    'sorry, no mailbox here by that name', // qmail
    'user unknown in local recipient table', 'user unknown in virtual mailbox table', // Postfix
    'user unknown in virtual alias table', 'user unknown in relay recipient table',
    'address unknown', 'addressee unknown', 'mailbox is inactive', 'invalid address',
    'recipient address rejected: access denied', // Exchange Online directory-based edge blocking
    'recipientnotfound', 'resolver.adr.recipientnotfound', 'resolver.adr.exrecipnotfound',
    'email address could not be found', 'recipient\'s email address wasn\'t found',
    'e-mail address you entered couldn\'t be found', 'couldn\'t be found, or is invalid',
    'destinatario desconocido', // Spanish Exchange
    'destinataire inconnu', 'adresse introuvable', 'adresse de destination introuvable', // French
    'utente sconosciuto', 'indirizzo non valido', 'destinatario inesistente', // Italian
    'empfänger unbekannt', 'unbekannter empfänger', 'benutzer unbekannt', 'unbekannt', // German
    'ontvanger onbekend', 'gebruiker onbekend', // Dutch
    'destinatário desconhecido', 'usuário desconhecido', // Portuguese
    'no valid recipients', 'this account has been disabled or discontinued', 'user account is unavailable',
    'mailbox is unavailable', 'unrouteable address', 'not our customer', 'mailbox currently unavailable',
    'invalid recipient address', 'recipient is not exist', 'unknown mailbox', 'non-existent user',
    'delivery error: dd this user doesn', 'user doesn\'t have a',
  ],
}
