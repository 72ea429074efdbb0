/**
 * One classifier per reason (Sisimai's Reason/*.pm shape): the fragments of server text that mean it.
 * Phrases are lower-case substrings of the whitespace-collapsed, lower-cased diagnostic; patterns are
 * for the few cases a substring cannot say, and stay linear (no nested quantifiers, bounded input).
 */
import type { Reason } from '../types'

export interface ReasonRule {
  reason: Reason
  phrases: readonly string[]
  patterns?: readonly RegExp[]
}

export function matchesRule(rule: ReasonRule, text: string): boolean {
  for (const p of rule.phrases) if (text.includes(p)) return true
  if (rule.patterns) for (const re of rule.patterns) if (re.test(text)) return true
  return false
}
