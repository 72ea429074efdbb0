/**
 * Cheap header-only pre-filter: should the engine read this message at all? Used by bulk readers
 * (mbox import, API scans) to skip ordinary mail without parsing MIME.
 */
import { decodeWords } from 'postal-mime'
import { NOTICE_SENDER, NOTICE_SUBJECT } from './notice-words'

/** Header fields that mark a message as a delivery notice, or at least worth the engine's time. */
const REPORT_TYPE = /^content-type:[^\n]{0,200}multipart\/report/im
const NULL_SENDER = /^return-path:\s*<>/im
const OTHER_MARKS = /^(?:x-failed-recipients|auto-submitted|x-autoreply|x-autorespond|x-ms-exchange-message-is-ndr|x-amazon-ses-bounce|feedback-type):/im
const HEADER_LIMIT = 64 * 1024
/**
 * Worth the engine's look, though not failure notices themselves (so not in notice-words.ts, which
 * also gates the text fallback): Amazon SES notifications, complaints, mailing-list refusals.
 */
const ALSO_SENDER = /@sns\.amazonaws\.com/i
const ALSO_SUBJECT = /aws notification message|complaint about message from|are not member|loop alert/i
// UTF-8, not latin1: 8-bit subjects (Japanese carriers' notices) must read as text; bad bytes become U+FFFD.
const utf8 = new TextDecoder('utf-8')

/**
 * Cheap pre-filter for the importer: looks only at a message's header block (the bytes before the
 * first blank line, at most 64 KB) and says whether the engine should read the whole message.
 * Errs on the side of yes; the engine decides what the message really is.
 */
export function looksLikeNotice(headerBytes: Uint8Array): boolean {
  let head = utf8.decode(headerBytes.subarray(0, HEADER_LIMIT))
  const blank = head.search(/\r?\n\r?\n|\r\r/)
  if (blank >= 0) head = head.slice(0, blank)
  head = head.replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ')
  if (REPORT_TYPE.test(head) || NULL_SENDER.test(head) || OTHER_MARKS.test(head)) return true
  const from = /^from:([^\n]*)/im.exec(head)?.[1] ?? ''
  if (NOTICE_SENDER.test(from) || ALSO_SENDER.test(from)) return true
  const subject = /^subject:([^\n]*)/im.exec(head)?.[1] ?? ''
  const text = subject.includes('=?') ? decodeSubject(subject) : subject
  return NOTICE_SUBJECT.test(text) || ALSO_SUBJECT.test(text)
}

function decodeSubject(value: string): string {
  try {
    return decodeWords(value.slice(0, 2000))
  } catch {
    return value
  }
}
