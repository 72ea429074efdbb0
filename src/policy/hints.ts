/**
 * The Sending issues list's plain-language hint: what the sender should fix. Returns a
 * chrome.i18n message key (public/_locales/{en,fr,it}/messages.json); hints.test.ts checks that
 * every fix-sending reason of the engine has one and that each key exists in every locale.
 */
import type { Reason } from '../bounce/types'

export const SENDING_HINTS: Partial<Record<Reason, string>> = {
  authfailure: 'hintAuthFailure',
  blocked: 'hintBlocked',
  badreputation: 'hintBadReputation',
  requireptr: 'hintRequirePtr',
  spamdetected: 'hintSpam',
  virusdetected: 'hintVirus',
  policyviolation: 'hintPolicy',
  contenterror: 'hintMalformed',
  notcompliantrfc: 'hintMalformed',
  syntaxerror: 'hintMalformed',
  mesgtoobig: 'hintTooBig',
  exceedlimit: 'hintTooBig', // over one mailbox's size limit (X.2.3): the same advice
  speeding: 'hintRateLimit',
  securityerror: 'hintSecurity',
  norelaying: 'hintNoRelaying',
  rejected: 'hintRejectedSender',
}

export const GENERIC_SENDING_HINT = 'hintSendingGeneric'

export function sendingHint(reason: Reason): string {
  // Own keys only: a stored reason "constructor" must not find Object's.
  return (Object.hasOwn(SENDING_HINTS, reason) && SENDING_HINTS[reason]) || GENERIC_SENDING_HINT
}
