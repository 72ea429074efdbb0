/**
 * Lines a plain-text re-wrap broke at the margin, joined again. Outlook's plain-text editor wraps
 * at 76 columns when a message is replied to, forwarded or copied ("Automatically wrap text at 76
 * characters", Outlook's Internet format options), and Exchange's own text part of an NDR comes from
 * the same converter: the rest of a long line comes back at column 0, without the indentation the
 * notice gave it. A server's reply then loses its end to the next line ("… 550 5.2.1 mailbox" /
 * "disabled, not accepting messages"; "smtp;550 We are sorry but the" / "address is invalid>";
 * "the domain does not" / "exist"), and the readers, which take a reason from its own line or the
 * lines indented under it, read half a reason: a dead address came out `retry`.
 *
 * A line is a re-wrapped piece when it was full (the next line's first word would not have fitted
 * within the width), does not end a sentence, and the next line starts at the margin with a
 * lower-case word: a new entry, a field ("Status:"), a heading or a sentence starts upper-case, an
 * address or an indented fold (Postfix, RFC 5322) is read as it is. Measured over the table tests'
 * notices re-wrapped at 76 (rendered-rewrap.test.ts).
 */

/** Outlook's wrap width; a piece is at most this long. */
const WIDTH = 76
/** A piece is full when it and the next word would pass this column (brackets and links the page dropped shorten it). */
const FULL = 70
/** The next line continues a sentence: at the margin, a lower-case word that is not an address. */
const CONTINUES = /^\p{Ll}[^\s@]*(?:\s|$)/u

/**
 * A piece that ends a sentence is a line of its own even when a lower-case word follows: Microsoft
 * 365's headline "Votre message à x n’a pas pu être remis." over "x est introuvable sur y.".
 */
const SENTENCE_END = /[.!?。]\s*$/

function firstWordLength(line: string): number {
  const space = line.indexOf(' ')
  return space < 0 ? line.length : space
}

export function rejoinWrapped(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text
  const lines = text.split(/\r\n?|\n/)
  const out: string[] = []
  // The length of the last physical line joined into out's last entry.
  let piece = -1
  for (const line of lines) {
    const prev = out.length > 0 ? out[out.length - 1] : ''
    if (
      piece > 0 && piece <= WIDTH && CONTINUES.test(line) &&
      piece + 1 + firstWordLength(line) > FULL && !SENTENCE_END.test(prev)
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`
      piece = line.trimEnd().length
      continue
    }
    out.push(line)
    piece = line.trim() ? line.trimEnd().length : -1
  }
  return out.join('\n')
}
