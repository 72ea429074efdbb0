/**
 * Reason precedence as data (after Sisimai's $ClassOrder): the first pass may use the status code
 * and the SMTP command (rule.probe); the second pass is phrases only, once the status has said
 * what it can. Specific outcomes come before the broad ones whose words appear inside them.
 */
import type { Reason } from '../types'
import type { ReasonRule } from './rule'
import { authFailure } from './auth-failure'
import { badReputation } from './bad-reputation'
import { blocked } from './blocked'
import { contentError } from './content-error'
import { exceedLimit } from './exceed-limit'
import { expired } from './expired'
import { filtered } from './filtered'
import { hasMoved } from './has-moved'
import { hostUnknown } from './host-unknown'
import { mailboxFull } from './mailbox-full'
import { mailerError } from './mailer-error'
import { mesgTooBig } from './mesg-too-big'
import { networkError } from './network-error'
import { noRelaying } from './no-relaying'
import { notAccept } from './not-accept'
import { notCompliantRfc } from './not-compliant-rfc'
import { policyViolation } from './policy-violation'
import { rejected } from './rejected'
import { requirePtr } from './require-ptr'
import { securityError } from './security-error'
import { spamDetected } from './spam-detected'
import { speeding } from './speeding'
import { suspend } from './suspend'
import { syntaxError } from './syntax-error'
import { systemError } from './system-error'
import { systemFull } from './system-full'
import { tooManyConn } from './too-many-conn'
import { userUnknown } from './user-unknown'
import { vacation } from './vacation'
import { virusDetected } from './virus-detected'

const none = (reason: Reason): ReasonRule => ({ reason, phrases: [] })

/** Every reason's classifier, by name (a missing one is a compile error). */
export const RULES: Record<Reason, ReasonRule> = {
  authfailure: authFailure, badreputation: badReputation, blocked, contenterror: contentError,
  delivered: none('delivered'), exceedlimit: exceedLimit, expired, feedback: none('feedback'), filtered,
  hasmoved: hasMoved, hostunknown: hostUnknown, mailboxfull: mailboxFull, mailererror: mailerError,
  mesgtoobig: mesgTooBig, networkerror: networkError, norelaying: noRelaying, notaccept: notAccept,
  notcompliantrfc: notCompliantRfc, onhold: none('onhold'), policyviolation: policyViolation, rejected,
  requireptr: requirePtr, securityerror: securityError, spamdetected: spamDetected, speeding, suspend,
  syntaxerror: syntaxError, systemerror: systemError, systemfull: systemFull, toomanyconn: tooManyConn,
  undefined: none('undefined'), userunknown: userUnknown, vacation, virusdetected: virusDetected,
}

export const FIRST_PASS: readonly Reason[] = [
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'userunknown',
  'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'contenterror', 'rejected', 'hostunknown',
  'spamdetected', 'speeding', 'toomanyconn', 'blocked',
]

export const SECOND_PASS: readonly Reason[] = [
  'mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected', 'policyviolation',
  'norelaying', 'systemerror', 'networkerror', 'suspend', 'contenterror', 'systemfull', 'notaccept', 'expired',
  'securityerror', 'mailererror',
]
