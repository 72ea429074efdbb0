/** Line splitting shared by the engine's readers. */

/**
 * `text.split(/\r\n|\r|\n/)`: LF, CRLF and bare CR alike (the corpus has all three). Text without
 * a CR, the common case, is split on the plain string "\n", which costs V8 ~40% of the regex split.
 */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n')
}
