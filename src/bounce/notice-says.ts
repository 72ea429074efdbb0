/**
 * What a notice says about itself (issue 9): a delay warning or a success report, by its subject's
 * start or its opening's words (the returned copy and lines quoting a subject are not read). The
 * engine (engine.ts) and the dialects that set an Action themselves (Exchange) ask it.
 */
import type { ParsedMessage } from './mime/parsed-message'
import { COPY_START, DELAY_BODY, DELAY_SUBJECT, NOTIFIED_IF_FINAL, PERMANENT_CUE, SUCCESS_BODY, SUCCESS_SUBJECT } from './notice-words'
import { forTest } from './fast-alternation'

/** How much of a notice's opening says whether it is a delay warning. */
const DELAY_TEXT = 4096
/** Lines that quote the returned message's subject ("Subject: Delivery delayed? Not with us"). */
const SUBJECT_LINE = /^.*\b(?:subject|objet|betreff|oggetto|asunto|assunto|onderwerp)\b.*$/gim
/**
 * The word SUBJECT_LINE's lines hold: an opening without it has no such line to drop. One scan for
 * the word costs less than the line pattern's (each line read to its end and back); 345 of the
 * corpus's 591 openings lack it (callgrind: 1.85 M fewer instructions per round of all 591).
 */
const SUBJECT_WORD = /\b(?:subject|objet|betreff|oggetto|asunto|assunto|onderwerp)\b/i
/** DELAY_BODY as asked here (whether it occurs): grouped for V8, 3× faster over the corpus's openings (fast-alternation.ts). */
const SAYS_DELAY = forTest(DELAY_BODY)

/**
 * The notice calls itself a delay warning (issue 9: a delay never reaches Remove), by its subject's
 * start or its opening's words; the returned copy and quoted subjects are not read.
 */
export function noticeSaysDelay(m: ParsedMessage): boolean {
  let said = delays.get(m)
  if (said === undefined) {
    const opening = DELAY_SUBJECT.test(m.subject) ? null : noticeOpening(m)
    // "This is a permanent error", "giving up": final, even beside words about retries.
    said = opening === null || (SAYS_DELAY.test(opening) && !PERMANENT_CUE.test(opening.replace(NOTIFIED_IF_FINAL, '')))
    delays.set(m, said)
  }
  return said
}

/** Asked by the text fallback, a dialect and the engine for the same message: read once. */
const delays = new WeakMap<ParsedMessage, boolean>()

/** The notice calls itself a success or relay report (issue 9: a success is never a bounce). */
export function noticeSaysSuccess(m: ParsedMessage): boolean {
  return SUCCESS_SUBJECT.test(m.subject) || SUCCESS_BODY.test(noticeOpening(m))
}

/** The notice's own opening: above the returned copy, without lines quoting a subject. */
function noticeOpening(m: ParsedMessage): string {
  let opening = openings.get(m)
  if (opening === undefined) {
    let text = m.text.length > DELAY_TEXT ? m.text.slice(0, DELAY_TEXT) : m.text
    const copy = COPY_START.exec(text)
    if (copy && copy.index > 0) text = text.slice(0, copy.index)
    opening = SUBJECT_WORD.test(text) ? text.replace(SUBJECT_LINE, '') : text
    openings.set(m, opening)
  }
  return opening
}

/** Both questions above read the same opening (the engine asks both of most notices): cut once. */
const openings = new WeakMap<ParsedMessage, string>()
