/**
 * The engine's one reader of header-style field blocks ("Name: value" lines, continuation lines
 * folded in, blocks separated by blank lines): a returned message's header block, the
 * message/delivery-status part (RFC 3464: per-message fields, then one block per recipient), a
 * DSN inlined in a notice's text, an ARF report. Names are lower-cased; in a block the first of a
 * repeated field wins (a returned message's own header block puts the newest first).
 */
import { splitLines } from './split-lines'

/** A field block longer than this is no header block; bounds the work on hostile input. */
const DEFAULT_MAX_CHARS = 256 * 1024
/** No field name is this long; a colon further on is prose ("Note: ...", a URL, a time). */
const MAX_NAME = 60
const AT = 64
const LT = 60

/**
 * Where the field name before `colon` ends, or -1 when it is no name. RFC 5322: printable ASCII but
 * the colon, no space; spaces between the name and the colon are allowed. No field name holds an
 * address: "x@y<mailto:x@y>: Recipient address rejected" is a wrapped line's text, so "@" and "<"
 * end it too. Read in place, no slice.
 */
function nameEnd(line: string, colon: number): number {
  let end = colon
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--
  if (end === 0) return -1
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i)
    if (c <= 32 || c > 126 || c === AT || c === LT) return -1
  }
  return end
}

export interface FieldReading {
  /** Only the first block, read from its first field to the next blank line (a header block). */
  single?: boolean
  /** Names to keep; the others are read (for where the block ends) but not stored. */
  only?: ReadonlySet<string>
  /**
   * Names that open a new block when a block already has them: an MTA that leaves out the blank
   * line between two recipients of a DSN (Final-Recipient twice in one block).
   */
  restartOn?: ReadonlySet<string>
  maxChars?: number
}

/**
 * The lengths of the names a reading keeps (`only`): a field whose name has another length, in a
 * block already open, is read past without its name being cut out and lower-cased (most of a
 * returned header block: Received, DKIM-Signature, X-… when only Message-ID, Subject, To, Date count).
 */
const keptLengths = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>()

function lengthsOf(only: ReadonlySet<string>): ReadonlySet<number> {
  let lengths = keptLengths.get(only)
  if (!lengths) keptLengths.set(only, (lengths = new Set([...only].map((name) => name.length))))
  return lengths
}

const FIRST_CONTENT = /\S/

/**
 * Whether a line holds more than white space (trim()'s white space). A printable ASCII first
 * character, most lines, answers without running the pattern.
 */
function hasContent(line: string): boolean {
  const c = line.charCodeAt(0)
  return (c > 32 && c < 127) || FIRST_CONTENT.test(line)
}
/** A DSN's free-text field (RFC 3464 2.3.6) whose wrapped rest may come back at the margin. */
const WRAPPED_FIELDS: ReadonlySet<string> = new Set(['diagnostic-code'])

/**
 * The text up to the first blank line after some content: a header block's body is never split into
 * lines. A returned message can be 64 KB: the CR forms are looked for only when a CR comes before
 * the first LF blank line (no copy of the text, no scan to its end for a separator it lacks).
 */
function upToBlankLine(text: string): string {
  const first = text.search(FIRST_CONTENT)
  const start = first < 0 ? text.length : first
  let end = text.indexOf('\n\n', start)
  if (end < 0) end = text.length
  const cr = text.indexOf('\r', start)
  if (cr >= 0 && cr < end) {
    for (const sep of ['\r\n\r\n', '\r\r']) {
      const at = text.indexOf(sep, start)
      if (at >= 0 && at < end) end = at
    }
  }
  return text.slice(0, end)
}

/**
 * The field blocks of `text`. A line that is neither a field, a continuation nor blank is skipped,
 * not an end: Exchange's NDR text re-wraps long header lines without indenting them.
 */
export function readFieldBlocks(text: string, reading: FieldReading = {}): Map<string, string>[] {
  const { single, only, restartOn } = reading
  const maxChars = reading.maxChars ?? DEFAULT_MAX_CHARS
  let source = text.length > maxChars ? text.slice(0, maxChars) : text
  if (single) source = upToBlankLine(source)
  const kept = only && !restartOn ? lengthsOf(only) : null
  const blocks: Map<string, string>[] = []
  let current: Map<string, string> | null = null
  let last = ''
  for (const line of splitLines(source)) {
    // A blank line (white space only, as trim() has it): tested in place, no trimmed copy.
    if (!hasContent(line)) {
      if (single && current) break
      current = null
      last = ''
      continue
    }
    // A folded line continues the field before it, if that one is kept. It is never a field of its
    // own (no name starts with white space), so one after a field not kept is passed over without
    // looking for a colon in it: most of a returned header block's Received and DKIM-Signature lines.
    // With hasContent: 4.1 M of 1,611 M instructions per corpus round (valgrind, node --predictable).
    if (line[0] === ' ' || line[0] === '\t') {
      if (current && last) current.set(last, current.get(last) + ' ' + line.trim())
      continue
    }
    const colon = line.indexOf(':')
    const end = colon > 0 && colon <= MAX_NAME ? nameEnd(line, colon) : -1
    if (end < 0) {
      // A line re-wrapped to the margin (Outlook's and Exchange's 76-column re-wrap drops the fold's
      // indentation) continues a DSN's free-text field: "Diagnostic-Code: smtp; 554 5.7.1 Service" /
      // "unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org". Other fields skip it.
      if (last && WRAPPED_FIELDS.has(last) && current) current.set(last, current.get(last) + ' ' + line.trim())
      else last = ''
      continue
    }
    // A name of no kept length (ASCII only: its length is the name's) is not kept; the block goes on.
    if (current && kept && !kept.has(end)) {
      last = ''
      continue
    }
    const name = line.slice(0, end).toLowerCase()
    if (!current || (restartOn?.has(name) && current.has(name))) {
      if (single && current) break
      current = new Map()
      blocks.push(current)
    }
    // Continuations of a field already set (a repeat, or one not kept) are not appended to the first.
    last = ''
    if ((only && !only.has(name)) || current.has(name)) continue
    current.set(name, line.slice(colon + 1).trim())
    last = name
  }
  return blocks
}

/** The fields of the first header block of `text` (empty map when there is none). */
export function readFields(text: string, reading: Omit<FieldReading, 'single'> = {}): Map<string, string> {
  // One object shape for every call (a spread of the caller's object gave one per caller's shape, and
  // readFieldBlocks's reads of it went megamorphic): 11.4 M of 1,545 M instructions per corpus round.
  const headerBlock: FieldReading = { single: true, only: reading.only, restartOn: reading.restartOn, maxChars: reading.maxChars ?? 64 * 1024 }
  return readFieldBlocks(text, headerBlock)[0] ?? new Map()
}
