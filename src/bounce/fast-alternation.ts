/**
 * A word list's regular expression rewritten so that V8 scans it faster, for `test()` only.
 *
 * V8 tries a long alternation ("user unknown|no such user|…", the reason rules' and notice words'
 * hundreds of phrases) alternative after alternative at every position of the text. Grouped by
 * their first character ("u(?:ser unknown|nknown user)|n(?:o such user)|…"), most positions are
 * ruled out by one character test: DELAY_BODY 3×, NOTICE_BODY 2.5×, FAILURE_CUE 3× faster over the
 * corpus's openings (2026-12-07). The reason rules' short texts gain nothing (rule.ts keeps its own).
 *
 * Same language, so the same answer to `test()` and `search()`: a text holds a match of "cx|cy"
 * exactly where it holds one of "c(?:x|y)", and a test asks only whether there is one, a search
 * only where the first one starts. Which alternative matches (and so `exec`'s match, its length,
 * its groups) may differ: never use the rewrite for those.
 * Only a plain literal character is factored out (a letter, digit, space, apostrophe or other
 * non-ASCII character not followed by a quantifier); an alternative starting with anything else
 * (a group, a class, an escape, an anchor) stays as written.
 */

/** What the splitting below must see whole: an escape, a class (its "|" and parentheses are literal), a parenthesis, a bar. */
const SYNTAX = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|[()|]/g

/**
 * The top-level alternatives of `source` (split at "|" outside groups and classes), or null when
 * unbalanced. Only the syntax characters are visited, by one pattern: this runs at start-up, before
 * V8 has compiled any of it, over patterns of thousands of characters.
 */
function alternatives(source: string): string[] | null {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (const m of source.matchAll(SYNTAX)) {
    const c = m[0]
    if (c === '(') depth++
    else if (c === ')') {
      if (--depth < 0) return null
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(start, m.index))
      start = m.index + 1
    }
  }
  if (depth !== 0) return null
  out.push(source.slice(start))
  return out
}

/**
 * The alternatives of `source`, with a pattern that is one whole group "(?:a|b)" opened into its own
 * ("a", "b"): the same language. A quantified group ("(?:a|b)?") is no whole group and stays.
 */
function flatAlternatives(source: string): string[] | null {
  if (source.startsWith('(?:') && source.endsWith(')')) {
    // "(?:a)|(?:b)" also starts and ends so, but its inside is unbalanced: read as it stands.
    const inner = alternatives(source.slice(3, -1))
    if (inner) return inner
  }
  return alternatives(source)
}

/** A character that stands for itself in a pattern, whatever follows it (surrogates excluded: a /u pattern reads pairs). */
function isPlainLiteral(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code >= 0xd800 && code <= 0xdfff) return false
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 0x80 || PLAIN_ASCII.includes(c)
}

const PLAIN_ASCII = " '-,_@:;\"<>=/#%&!~`"
const QUANTIFIERS = '?*+{'

/**
 * Alternatives grouped under their shared first literal character ("u(?:ser unknown|nknown user)");
 * order kept otherwise. One level is enough: grouping the rests again made no measurable difference
 * to the matching and doubled the start-up cost.
 */
function factor(alts: readonly string[]): string {
  const groups = new Map<string, string[]>()
  const order: string[] = []
  for (const alt of alts) {
    const first = alt[0]
    if (alt.length > 1 && isPlainLiteral(first) && !QUANTIFIERS.includes(alt[1])) {
      const rests = groups.get(first)
      if (rests) {
        rests.push(alt.slice(1))
        continue
      }
      groups.set(first, [alt.slice(1)])
    }
    order.push(alt)
  }
  return order.map((alt) => {
    const rests = groups.get(alt[0])
    if (!rests || rests.length === 1 || alt.length < 2 || !isPlainLiteral(alt[0]) || QUANTIFIERS.includes(alt[1])) return alt
    return `${alt[0]}(?:${rests.join('|')})`
  }).join('|')
}

const rewritten = new WeakMap<RegExp, RegExp>()

/**
 * `re`, or an equivalent pattern for `test()` and `search()` with its alternatives grouped by first character.
 * Stateful (g, y) patterns, /v patterns (nested classes) and those with backreferences or named
 * groups are returned as they are.
 */
export function forTest(re: RegExp): RegExp {
  let fast = rewritten.get(re)
  if (fast) return fast
  fast = re
  if (!re.global && !re.sticky && !re.flags.includes('v') && !/\\(?:[1-9]|k<)|\(\?<[^=!]/.test(re.source)) {
    const alts = flatAlternatives(re.source)
    if (alts && alts.length > 1) fast = new RegExp(factor(alts), re.flags)
  }
  rewritten.set(re, fast)
  return fast
}

/** One pattern for `test()` that matches where any of `sources` (same flags) does, factored as above. */
export function alternationForTest(sources: readonly string[], flags = ''): RegExp {
  if (flags.includes('v')) return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags)
  const alts = sources.flatMap((s) => flatAlternatives(s) ?? [`(?:${s})`])
  return new RegExp(factor(alts), flags)
}
