/**
 * Streaming mbox splitter: feed chunks of any size, get whole messages back. Never holds more than
 * one message (capped) plus one partial line, so a multi-GB Google Takeout file stays in bounded memory.
 *
 * A separator is a line starting with "From " at the start of the file or after a blank line
 * (mboxo/mboxrd, RFC 4155), or an envelope line with a date. A stream that does not start with a
 * "From " line is one message (.eml) and is never split. Lines written as ">From " (one or more ">") lose one ">" (mboxrd).
 * Line endings may be LF, CRLF or CR; they are kept as found inside each message.
 */

/** A message over the size cap: the first bytes only (enough for its headers), marked. */
export interface TooLargeMessage extends Uint8Array {
  tooLarge: true
  /** The message's full size in bytes (counted, not kept). */
  size: number
}

export function isTooLarge(message: Uint8Array): message is TooLargeMessage {
  return (message as Partial<TooLargeMessage>).tooLarge === true
}

export interface MboxOptions {
  /** Messages over this many bytes come back as a TooLargeMessage. Default 25 MiB. */
  maxMessageBytes?: number
  /** How much of a too-large message is kept (its head). Default 64 KiB. */
  keepHeadBytes?: number
}

const LF = 10
const CR = 13
const GT = 62
const FROM_ = [70, 114, 111, 109, 32] // "From "
/** A line with no end this long is not a separator; flush it as content instead of buffering it. */
const MAX_CARRY = 64 * 1024

function startsWithFrom(buf: Uint8Array, at: number, end: number): boolean {
  if (end - at < 5) return false
  for (let i = 0; i < 5; i++) if (buf[at + i] !== FROM_[i]) return false
  return true
}

/**
 * "From sender Thu Apr 29 23:34:45 2015": an mbox envelope line even without the blank line before
 * it (some tools omit it, e.g. the corpus's rhost-cox-01). A "From " line in a body rarely has a date.
 */
const ENVELOPE = /^From \S{1,256} {1,4}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} \d\d:\d\d/
const ascii = new TextDecoder('latin1')

function isEnvelopeLine(data: Uint8Array, start: number, end: number): boolean {
  return ENVELOPE.test(ascii.decode(data.subarray(start, Math.min(end, start + 320))))
}

export class MboxSplitter {
  private readonly cap: number
  private readonly keepHead: number
  private buf = new Uint8Array(64 * 1024)
  private len = 0
  /** Bytes of the current message, including those dropped past the cap. */
  private size = 0
  private started = false
  private prevBlank = true
  /** Part of a line not yet ended (kept between chunks so a separator can be split anywhere). */
  private carry: Uint8Array = new Uint8Array(0)
  /** The carried bytes are the middle of a line already flushed: not a line start. */
  private midLine = false
  private out: Uint8Array[] = []
  private mode: 'unknown' | 'mbox' | 'single' = 'unknown'

  constructor(options: MboxOptions = {}) {
    this.cap = options.maxMessageBytes ?? 25 * 1024 * 1024
    this.keepHead = Math.min(options.keepHeadBytes ?? 64 * 1024, this.cap)
  }

  push(chunk: Uint8Array): Uint8Array[] {
    let data = chunk
    if (this.carry.length) {
      data = new Uint8Array(this.carry.length + chunk.length)
      data.set(this.carry)
      data.set(chunk, this.carry.length)
      this.carry = new Uint8Array(0)
    }
    this.scan(data, false)
    return this.take()
  }

  end(): Uint8Array[] {
    const rest = this.carry
    this.carry = new Uint8Array(0)
    if (rest.length) this.scan(rest, true)
    this.flush()
    return this.take()
  }

  private take(): Uint8Array[] {
    const out = this.out
    this.out = []
    return out
  }

  private scan(data: Uint8Array, final: boolean): void {
    let pos = 0
    let nextLf = -2
    let nextCr = -2
    const n = data.length
    while (pos < n) {
      // Positions of the next LF / CR are cached so an LF-only file never rescans for CR.
      if (nextLf !== -1 && nextLf < pos) nextLf = data.indexOf(LF, pos)
      if (nextCr !== -1 && nextCr < pos) nextCr = data.indexOf(CR, pos)
      let end: number // index just past the line terminator
      if (nextCr !== -1 && (nextLf === -1 || nextCr < nextLf)) {
        if (nextCr + 1 < n) end = data[nextCr + 1] === LF ? nextCr + 2 : nextCr + 1
        else if (final) end = n
        else break // a CR at the chunk's end may be the first half of CRLF
      } else if (nextLf !== -1) {
        end = nextLf + 1
      } else if (final) {
        end = n
      } else {
        break
      }
      this.line(data, pos, end)
      pos = end
    }
    if (pos < n) {
      const rest = data.subarray(pos)
      if (rest.length > MAX_CARRY) {
        this.line(data, pos, n, true)
      } else {
        this.carry = rest.slice()
      }
    }
  }

  /** One line [start, end) including its terminator; `partial` when the line continues later. */
  private line(data: Uint8Array, start: number, end: number, partial = false): void {
    const lineStart = !this.midLine
    this.midLine = partial
    // A stream whose first line is not a "From " line is a single message (.eml), never split.
    if (this.mode === 'unknown') this.mode = lineStart && startsWithFrom(data, start, end) ? 'mbox' : 'single'
    if (this.mode === 'mbox' && lineStart && startsWithFrom(data, start, end) && (this.prevBlank || isEnvelopeLine(data, start, end))) {
      this.flush()
      this.started = true
      this.prevBlank = false
      return
    }
    let from = start
    if (lineStart && data[start] === GT) {
      let i = start
      while (i < end && data[i] === GT) i++
      if (startsWithFrom(data, i, end)) from = start + 1
    }
    if (this.mode === 'single') {
      this.started = true
      this.append(data, start, end)
      return
    }
    if (!partial) {
      const first = data[start]
      this.prevBlank = lineStart && (first === LF || first === CR)
    }
    this.started = true
    this.append(data, from, end)
  }

  private append(data: Uint8Array, from: number, end: number): void {
    const count = end - from
    this.size += count
    const room = (this.size > this.cap ? this.keepHead : this.cap) - this.len
    const take = Math.max(0, Math.min(count, room))
    if (take === 0) return
    if (this.len + take > this.buf.length) {
      let size = this.buf.length * 2
      while (size < this.len + take) size *= 2
      const grown = new Uint8Array(Math.min(size, Math.max(this.cap, this.len + take)))
      grown.set(this.buf.subarray(0, this.len))
      this.buf = grown
    }
    this.buf.set(data.subarray(from, from + take), this.len)
    this.len += take
  }

  private flush(): void {
    if (this.started && this.size > 0) {
      if (this.size > this.cap) {
        const head = this.buf.slice(0, Math.min(this.len, this.keepHead))
        this.out.push(Object.assign(head, { tooLarge: true as const, size: this.size }))
      } else {
        this.out.push(this.buf.slice(0, this.len))
      }
    }
    this.len = 0
    this.size = 0
    this.started = false
    if (this.buf.length > 1024 * 1024) this.buf = new Uint8Array(64 * 1024)
  }
}

/** Splits a whole buffer (a file already in memory) into its messages; a plain .eml gives one. */
export function splitMbox(data: Uint8Array, options?: MboxOptions): Uint8Array[] {
  const splitter = new MboxSplitter(options)
  return [...splitter.push(data), ...splitter.end()]
}

export { looksLikeNotice } from './looks-like-notice'
