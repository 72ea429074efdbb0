/**
 * A word list's regular expression rewritten so that V8 scans it faster, for `test()` only.
 *
 * V8 tries a long alternation ("user unknown|no such user|…", the reason rules' and notice words'
 * hundreds of phrases) alternative after alternative at every position of the text. Grouped by
 * their first character ("u(?:ser unknown)|n(?:o such user)|…", again inside each group), most
 * positions are ruled out by one character test: 2–3× faster on a notice's opening (DELAY_BODY,
 * NOTICE_BODY, FAILURE_CUE over a Postfix notice, 2026-12-07).
 *
 * Same language, so the same answer to `test()` and `search()`: a text holds a match of "cx|cy"
 * exactly where it holds one of "c(?:x|y)", and a test asks only whether there is one, a search
 * only where the first one starts. Which alternative matches (and so `exec`'s match, its length,
 * its groups) may differ: never use the rewrite for those.
 * Only a plain literal character is factored out (a letter, digit, space, apostrophe or other
 * non-ASCII character not followed by a quantifier); an alternative starting with anything else
 * (a group, a class, an escape, an anchor) stays as written.
 */

/** The top-level alternatives of `source` (split at "|" outside groups and classes), or null when unbalanced. */
function alternatives(source: string): string[] | null {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') {
      if (--depth < 0) return null
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i))
      start = i + 1
    }
  }
  if (depth !== 0 || inClass) return null
  out.push(source.slice(start))
  return out
}

/** A group "(?:…)" spanning the whole of `source`: its inside; else null. */
function wholeGroup(source: string): string | null {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return null
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i === source.length - 1 ? source.slice(3, -1) : null
  }
  return null
}

/**
 * The alternatives of `source` with every whole "(?:a|b)" alternative opened into its own ("a", "b"):
 * the same language. Quantified groups ("(?:a|b)?") are not whole groups and stay as they are.
 */
function flatAlternatives(source: string): string[] | null {
  const top = alternatives(source)
  if (!top) return null
  const out: string[] = []
  for (const alt of top) {
    const inner = wholeGroup(alt)
    const opened = inner === null ? null : flatAlternatives(inner)
    if (opened) out.push(...opened)
    else out.push(alt)
  }
  return out
}

/** A character that stands for itself in a pattern, whatever follows it (surrogates excluded: a /u pattern reads pairs). */
function isPlainLiteral(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code >= 0xd800 && code <= 0xdfff) return false
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || c === ' ' || c === "'" || c === '-' || c === ',' || c === '_' || c === '@' || c === ':' || c === ';' || c === '"' || c === '<' || c === '>' || c === '=' || c === '/' || c === '#' || c === '%' || c === '&' || c === '!' || c === '~' || c === '`' || code >= 0x80
}

const QUANTIFIERS = '?*+{'

/** Alternatives grouped under their shared first literal character, recursively; order kept otherwise. */
function factor(alts: readonly string[]): string {
  const groups = new Map<string, string[]>()
  const order: (string | { first: string })[] = []
  for (const alt of alts) {
    const first = alt[0]
    if (alt.length > 0 && isPlainLiteral(first) && !QUANTIFIERS.includes(alt[1] ?? '')) {
      let rests = groups.get(first)
      if (!rests) {
        groups.set(first, (rests = []))
        order.push({ first })
      }
      rests.push(alt.slice(1))
    } else order.push(alt)
  }
  return order.map((item) => {
    if (typeof item === 'string') return item
    const rests = groups.get(item.first)!
    if (rests.length === 1) return item.first + rests[0]
    // A rest that is itself alternatives ("x|y" after a shared first character) stays grouped.
    return `${item.first}(?:${factor(rests.flatMap((r) => flatAlternatives(r) ?? [`(?:${r})`]))})`
  }).join('|')
}

const rewritten = new WeakMap<RegExp, RegExp>()

/**
 * `re`, or an equivalent pattern for `test()` and `search()` with its alternatives grouped by first character.
 * Stateful (g, y) patterns and those with backreferences or named groups are returned as they are.
 */
export function forTest(re: RegExp): RegExp {
  let fast = rewritten.get(re)
  if (fast) return fast
  fast = re
  if (!re.global && !re.sticky && !/\\(?:[1-9]|k<)|\(\?<[^=!]/.test(re.source)) {
    const alts = flatAlternatives(re.source)
    if (alts && alts.length > 1) fast = new RegExp(factor(alts), re.flags)
  }
  rewritten.set(re, fast)
  return fast
}

/** One pattern for `test()` that matches where any of `sources` (same flags) does, factored as above. */
export function alternationForTest(sources: readonly string[], flags = ''): RegExp {
  const alts = sources.flatMap((s) => flatAlternatives(s) ?? [`(?:${s})`])
  return new RegExp(factor(alts), flags)
}
