/**
 * What one bounce event means for its contact, before any counting: the policy's only input
 * vocabulary. Kept apart so the table test can pin each engine verdict to one outcome.
 */
import type { BounceEvent } from '../store/types'

/** hard = the address is dead; soft = recipient-side, may pass later; sending = our side. */
export type EventClass = 'hard' | 'soft' | 'sending' | 'delay' | 'ignore'

export function classifyEvent(event: Pick<BounceEvent, 'action' | 'verdict' | 'hard'>): EventClass {
  // Successful or forwarded deliveries say nothing bad about the address.
  if (event.action === 'delivered' || event.action === 'relayed' || event.action === 'expanded') return 'ignore'
  // The remote server is still retrying: shown as pending, never as a failure (issue 3).
  if (event.action === 'delayed' || event.verdict === 'pending') return 'delay'
  if (event.verdict === 'fix-sending') return 'sending'
  if (event.verdict === 'remove' || event.hard) return 'hard'
  if (event.verdict === 'retry') return 'soft'
  // The engine's "not a failure" (auto-reply, feedback loop) flags nobody.
  if (event.verdict === 'none') return 'ignore'
  // A failure without a known verdict: retrying is the safe default (nothing is lost).
  return event.action === 'failed' ? 'soft' : 'ignore'
}

/** Flagged lists: entering one of these counts for the badge and the `flagged` figure. */
export const FLAGGED_LISTS = ['remove', 'retry', 'sending'] as const
