/** Whitespace collapsing shared by the engine: most server texts are already single-spaced. */

/** Any whitespace other than a lone space: only then does collapsing change the text. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/

/**
 * `text.replace(/\s+/g, ' ')`, without building a new string when the text has no whitespace
 * but single spaces (the common case: the replace rewrote every space, which costs ~3× the test).
 */
export function singleSpaced(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** Whitespace collapsed and trimmed. */
export function squeeze(text: string): string {
  return singleSpaced(text).trim()
}
