/**
 * The i18n key of each reason's plain-language label. A Record over the Reason union, so a reason added
 * to the engine without a label is a compile error; the locale test checks every key exists.
 */
import type { Reason } from '../bounce/types'
import type { Contact } from '../store/types'
import { t } from './i18n'

export const REASON_KEYS: Record<Reason, string> = {
  authfailure: 'reason_authfailure',
  badreputation: 'reason_badreputation',
  blocked: 'reason_blocked',
  contenterror: 'reason_contenterror',
  delivered: 'reason_delivered',
  exceedlimit: 'reason_exceedlimit',
  expired: 'reason_expired',
  feedback: 'reason_feedback',
  filtered: 'reason_filtered',
  hasmoved: 'reason_hasmoved',
  hostunknown: 'reason_hostunknown',
  mailboxfull: 'reason_mailboxfull',
  mailererror: 'reason_mailererror',
  mesgtoobig: 'reason_mesgtoobig',
  networkerror: 'reason_networkerror',
  norelaying: 'reason_norelaying',
  notaccept: 'reason_notaccept',
  notcompliantrfc: 'reason_notcompliantrfc',
  onhold: 'reason_onhold',
  policyviolation: 'reason_policyviolation',
  rejected: 'reason_rejected',
  requireptr: 'reason_requireptr',
  securityerror: 'reason_securityerror',
  spamdetected: 'reason_spamdetected',
  speeding: 'reason_speeding',
  suspend: 'reason_suspend',
  syntaxerror: 'reason_syntaxerror',
  systemerror: 'reason_systemerror',
  systemfull: 'reason_systemfull',
  toomanyconn: 'reason_toomanyconn',
  undefined: 'reason_undefined',
  userunknown: 'reason_userunknown',
  vacation: 'reason_vacation',
  virusdetected: 'reason_virusdetected',
}

/** Own keys only: a stored reason "constructor" (a restored backup) must not find Object's. */
export function reasonKey(reason: string): string {
  return Object.hasOwn(REASON_KEYS, reason) ? REASON_KEYS[reason as Reason] : 'reason_undefined'
}

export function isReason(value: string): value is Reason {
  return Object.hasOwn(REASON_KEYS, value)
}

/**
 * What a contact's row and detail lead with. A delay notice (RFC 3464 Action: delayed) is not a
 * failure: the sending server is still trying, so it says so instead of the engine's "gave up"
 * (expired) label, which is right only for a final failure. A specific cause (a full mailbox) stays.
 */
const VAGUE_FOR_DELAY = new Set(['expired', 'undefined', 'onhold', ''])
export function contactReason(c: Pick<Contact, 'list' | 'reason' | 'escalated'>): string {
  if (c.escalated) return t('reason_keepsFailing')
  if (c.list === 'pending') return VAGUE_FOR_DELAY.has(c.reason) ? t('reason_delayed') : `${t('reason_delayed')} — ${t(reasonKey(c.reason))}`
  return t(reasonKey(c.reason))
}
