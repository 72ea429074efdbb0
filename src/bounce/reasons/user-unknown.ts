/**
 * userunknown: the local part does not exist. Phrases seen from Postfix (local/virtual tables),
 * Sendmail, Exim, qmail ("no mailbox here by that name"), Exchange (RESOLVER.ADR.RecipNotFound),
 * Gmail, Yahoo, and non-English NDRs (Spanish Exchange "Destinatario desconocido", French, Italian).
 * First pass (Sisimai's rule): a 5.1.1-type status wins unless the text says another reason;
 * otherwise the phrases count only when the server answered RCPT.
 */
import type { ReasonRule } from './rule'
import { USERUNKNOWN_VETOES } from './vetoes'

export const userUnknown: ReasonRule = {
  reason: 'userunknown',
  phrases: [
    'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'user not found',
    'user does not exist', 'user not exist', 'user not known', 'user not active', 'mailbox not found',
    'mailbox does not exist', 'mailbox not present', 'mailbox invalid', 'mailbox is inactive',
    'mailbox is unavailable', 'mailbox unavailable', 'no mailbox found', 'no mailbox here by that name',
    'no mailbox by that name', 'recipient unknown', 'unknown recipient', 'recipient not found',
    'recipient does not exist', 'recipient not exist', 'recipient is not local', 'recipient not ok',
    'unknown local part', 'unknown local-part', 'unknown mailbox', 'address unknown', 'address does not exist',
    'email address does not exist', 'email address could not be found', 'invalid recipient', 'invalid mailbox',
    'not a valid recipient', 'is not a valid mailbox', 'not a valid user here', 'is not a known user',
    'no such person at this address', 'no such address here', 'no account by that name here',
    'the email account that you tried to reach does not exist', // Gmail
    'recipient address rejected: user unknown', 'recipient address rejected: unknown user',
    'recipient address rejected: invalid user', 'recipient address rejected: userunknown',
    'recipient address rejected: access denied', 'recipient address rejected.', 'adresse destinataire invalide', // Exchange Online directory-based edge blocking
    'resolver.adr.recipientnotfound', 'resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound',
    'sorry, no mailbox here by that name', 'sorry, user unknown', 'sorry, badrcptto', // qmail
    'this recipient is not in my validrcptto list', 'your envelope recipient is in my badrcptto list',
    'destination addresses were unknown', 'destination server rejected recipients',
    'there is no one at this address', 'this address no longer accepts mail', 'address invalid',
    'non-existent user', 'nonexistent user', 'vdeliver: invalid or unknown virtual user',
    'user missing home directory', 'invalid address', 'requested action not taken: mailbox unavailable',
    'the user\'s email name is not found', 'is not an active address at this host',
    'destinatario desconocido', 'no existe dicha persona', 'no existe ese usuario', 'usuario desconocido', // Spanish
    'utilisateur inconnu', 'destinataire inconnu', 'adresse introuvable', 'adresse inconnue', 'boîte aux lettres inexistante', // French
    'adresse email inconnue', 'adresse e-mail inconnue', 'adresse mail inconnue', 'adresse électronique inconnue', 'utilisateur inexistant', 'destinataire inexistant', // French hosting providers' RCPT answers
    'nessun utente simile in questo indirizzo', 'utente sconosciuto', 'destinatario inesistente', 'indirizzo inesistente', 'casella inesistente', // Italian
    'empfänger unbekannt', 'unbekannter empfänger', 'benutzer unbekannt', // German
    'weil die adresse nicht gefunden wurde', 'ontvanger onbekend', 'destinatário desconhecido', 'usuário desconhecido', // German, Dutch, Portuguese
    'ユーザーは domino ディレクトリには見つかりません', // Lotus Domino, Japanese
  ],
  patterns: [
    /this user doesn't have an? [^ ]{1,40} account/, // Yahoo
    /user [^ ]{1,200} (?:was not found|does not exist)/,
    /mailbox [^ ]{1,200} does not exist/,
    /rcpt <[^ ]{1,200} does not exist/,
    /recipient [^ ]{1,200} was not found in/,
    /<[^ ]{1,200}> not found/,
    /account [^ ]{1,200} does not exist at the organization/,
  ],
  probe(fact) {
    // A 5.1.x answer to MAIL FROM is about the sender's address (rejected.ts), not the recipient.
    if (fact.statusReason === 'suspend' || fact.command === 'MAIL') return false
    if (fact.statusReason === 'userunknown') return !USERUNKNOWN_VETOES.some((other) => fact.says(other))
    // Without a 5.1.1-type code the words mean the address only when the server answered RCPT;
    // elsewhere they come from a filter (filtered.ts).
    return fact.command === 'RCPT' && fact.says(userUnknown)
  },
}
