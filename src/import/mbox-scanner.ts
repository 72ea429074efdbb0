/**
 * Streams an mbox file (Google Takeout's "Mail" export, mboxo / mboxrd) into messages without
 * ever holding more than one chunk plus one notice. A message starts at a "From " line that looks
 * like a real separator ("From sender date-with-time"), so an unescaped "From " in a body is not
 * taken for one.
 */
import { MessageAssembler, type Assembled, type AssemblerOptions } from './message-assembler'

export interface ScannedMessage {
  /** 0-based index of the message in the file (stable: the same file gives the same indexes). */
  index: number
  /** Byte offset of its "From " line in the file. */
  offset: number
  result: Assembled
}

const F = 0x46, R = 0x72, O = 0x6f, M = 0x6d, SP = 0x20, LF = 0x0a

// Takeout: "From 1589323873493459398@xxx Wed May 13 12:34:56 +0000 2020"; classic: "From MAILER-DAEMON Fri Feb  2 18:30:22 2018".
const SEPARATOR = /^From \S+ .*\d{1,2}:\d{2}/

/** Longest "From " line we wait for before judging it (a real one is under 200 bytes). */
const MAX_SEPARATOR_LINE = 1000

export class MboxScanner {
  private carry: Uint8Array = new Uint8Array(0)
  private carryOffset = 0
  private current: MessageAssembler | null = null
  private currentIndex = -1
  private currentOffset = 0
  /** Whether the next chunk's first byte starts a line. */
  private atLineStart = true
  /** Bytes before the first separator (a file that is not an mbox has only those). */
  leadingBytes = 0
  count = 0

  constructor(private readonly options: AssemblerOptions) {}

  push(chunk: Uint8Array): ScannedMessage[] {
    if (chunk.length === 0) return []
    const buf = this.carry.length ? joinTwo(this.carry, chunk) : chunk
    const base = this.carryOffset
    const out: ScannedMessage[] = []
    let segmentStart = 0
    // Start of the line being looked at; -1 when the buffer begins in the middle of a line.
    let line = this.carry.length || this.atLineStart ? 0 : -1
    for (;;) {
      if (line >= 0 && isFromStart(buf, line)) {
        const eol = buf.indexOf(LF, line)
        if (eol < 0 && buf.length - line < MAX_SEPARATOR_LINE) {
          // Can't judge this line yet: keep it (and only it) for the next chunk.
          this.feed(buf.subarray(segmentStart, line))
          this.carry = buf.slice(line)
          this.carryOffset = base + line
          this.atLineStart = true
          return out
        }
        const lineEnd = eol < 0 ? buf.length : eol + 1
        if (SEPARATOR.test(textOf(buf, line, Math.min(lineEnd, line + MAX_SEPARATOR_LINE)))) {
          this.feed(buf.subarray(segmentStart, line))
          const done = this.finish()
          if (done) out.push(done)
          this.begin(base + line)
          segmentStart = lineEnd
        }
      }
      const nl = buf.indexOf(LF, Math.max(line, 0))
      if (nl < 0) break
      line = nl + 1
      if (line >= buf.length) break
    }
    // Keep the last partial line if it could still become "From ...".
    const tail = line >= 0 ? line : buf.length
    const keepFrom = tail >= segmentStart && buf.length - tail < 5 ? tail : buf.length
    this.feed(buf.subarray(segmentStart, keepFrom))
    this.carry = keepFrom < buf.length ? buf.slice(keepFrom) : new Uint8Array(0)
    this.carryOffset = base + keepFrom
    this.atLineStart = buf[buf.length - 1] === LF || keepFrom < buf.length
    return out
  }

  end(): ScannedMessage[] {
    this.feed(this.carry)
    this.carry = new Uint8Array(0)
    const done = this.finish()
    return done ? [done] : []
  }

  private begin(offset: number): void {
    this.current = new MessageAssembler(this.options)
    this.currentIndex = this.count++
    this.currentOffset = offset
  }

  private feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return
    if (this.current) this.current.push(bytes)
    else this.leadingBytes += bytes.length
  }

  private finish(): ScannedMessage | null {
    if (!this.current) return null
    const result = this.current.end()
    this.current = null
    return { index: this.currentIndex, offset: this.currentOffset, result }
  }
}

function isFromStart(buf: Uint8Array, i: number): boolean {
  return buf[i] === F && buf[i + 1] === R && buf[i + 2] === O && buf[i + 3] === M && buf[i + 4] === SP
}

function joinTwo(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

function textOf(buf: Uint8Array, from: number, to: number): string {
  let s = ''
  for (let i = from; i < to; i++) s += String.fromCharCode(buf[i])
  return s
}
