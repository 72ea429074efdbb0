/**
 * One classifier per reason (Sisimai's Reason/*.pm shape): the fragments of server text that mean it.
 * Phrases are lower-case substrings of the whitespace-collapsed, lower-cased diagnostic; `unless`
 * phrases veto a match; patterns are for the few cases a substring cannot say, and stay linear
 * (no nested quantifiers, bounded input). `probe` is the first-pass check that may also use the
 * status code and the SMTP command (see classify.ts); without one, a reason matches when the status
 * code says it or its phrases match.
 */
import type { Reason } from '../types'

/** What the first pass knows about one recipient. */
export interface Fact {
  /** Lower-cased, whitespace-collapsed, bounded diagnostic text. */
  text: string
  status: string
  /** Reason the status code alone suggests (reasons/status.ts), or null. */
  statusReason: Reason | null
  replyCode: string
  /** RCPT, MAIL, DATA, HELO, EHLO, CONN or "". */
  command: string
  /** A 4.x.x status, a 4xx reply without one, or a delay: the failure may pass later (temporary.ts). */
  temporary: boolean
  /** Whether `text` says what `rule` means; memoised, so each rule is matched at most once per recipient. */
  says(rule: ReasonRule): boolean
}

export interface ReasonRule {
  reason: Reason
  phrases: readonly string[]
  unless?: readonly string[]
  patterns?: readonly RegExp[]
  probe?: (fact: Fact) => boolean
}

/**
 * A rule's phrases as one alternation of escaped literals: the text is scanned once per rule
 * instead of once per phrase. Literal alternations cannot backtrack super-linearly.
 */
const compiled = new WeakMap<readonly string[], RegExp | null>()

function literalsRegExp(phrases: readonly string[]): RegExp | null {
  let re = compiled.get(phrases)
  if (re === undefined) {
    re = phrases.length ? new RegExp(phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null
    compiled.set(phrases, re)
  }
  return re
}

/**
 * A rule's patterns joined into one alternation per flag set: the text is scanned once instead of
 * once per pattern (user-unknown has sixty). A pattern that could mean something else inside an
 * alternation (stateful g/y flag, a backreference or named group) is tested alone, as written.
 */
interface JoinedPatterns { joined: readonly RegExp[]; alone: readonly RegExp[] }

const joinedPatterns = new WeakMap<readonly RegExp[], JoinedPatterns>()

function patternsOf(patterns: readonly RegExp[]): JoinedPatterns {
  let p = joinedPatterns.get(patterns)
  if (!p) {
    const byFlags = new Map<string, string[]>()
    const alone: RegExp[] = []
    for (const re of patterns) {
      if (re.global || re.sticky || /\\(?:[1-9]|k<)|\(\?<[^=!]/.test(re.source)) alone.push(re)
      else byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`])
    }
    p = { joined: [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), alone }
    joinedPatterns.set(patterns, p)
  }
  return p
}

/**
 * A rule's phrases, patterns and vetoes as compiled above, looked up once per rule: classify asks
 * a few dozen rules per recipient, and one lookup into one object shape with plain loops costs less
 * than three lookups, two `some` callbacks and reads of `phrases`, `patterns` and `unless` off rules
 * of many shapes (likely the larger part, as in classify.ts's first pass): 58 M of 1,607 M
 * instructions per corpus round (valgrind, node --predictable).
 */
interface CompiledRule { phrases: RegExp | null; patterns: readonly RegExp[]; unless: RegExp | null }

const compiledRules = new WeakMap<ReasonRule, CompiledRule>()

function compiledRule(rule: ReasonRule): CompiledRule {
  let c = compiledRules.get(rule)
  if (!c) {
    const p = rule.patterns?.length ? patternsOf(rule.patterns) : null
    c = {
      phrases: literalsRegExp(rule.phrases),
      patterns: p ? [...p.joined, ...p.alone] : [],
      unless: rule.unless ? literalsRegExp(rule.unless) : null,
    }
    compiledRules.set(rule, c)
  }
  return c
}

/** Phrases and patterns first, the vetoes only for a text that says the reason: most texts say none. */
export function matchesRule(rule: ReasonRule, text: string): boolean {
  if (!text) return false
  const c = compiledRule(rule)
  let said = c.phrases?.test(text) ?? false
  for (let i = 0; !said && i < c.patterns.length; i++) said = c.patterns[i].test(text)
  return said && !c.unless?.test(text)
}
