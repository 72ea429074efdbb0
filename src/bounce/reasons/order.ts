/**
 * Reason precedence as data: when several classifiers match a server's text, the first wins.
 * Specific outcomes (a full mailbox, a rate limit) come before the broad ones ("rejected",
 * "blocked") whose phrases also appear inside the specific texts.
 */
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
import { virusDetected } from './virus-detected'

export const REASON_ORDER: readonly ReasonRule[] = [
  mailboxFull, mesgTooBig, exceedLimit, suspend, hasMoved, noRelaying, authFailure, badReputation,
  speeding, userUnknown, filtered, requirePtr, notCompliantRfc, contentError, rejected, hostUnknown,
  virusDetected, spamDetected, tooManyConn, blocked, policyViolation, systemFull, notAccept,
  networkError, expired, securityError, mailerError, systemError, syntaxError,
]
