/**
 * Builds one message from the pieces a reader hands it, looking at the headers first: a message
 * that is clearly not a notice is skipped without keeping its body (that is what makes a multi-GB
 * mailbox take minutes), and of a notice larger than the cap only the head is kept.
 */
import { concatBytes, headerEnd } from './bytes'

/** What became of one message. `header` is kept for "could not be read" details. */
export type Assembled =
  | { kind: 'candidate'; bytes: Uint8Array }
  | { kind: 'ordinary'; size: number }
  /** A notice over the cap: only its head (the first maxMessageBytes) is kept. */
  | { kind: 'oversize'; size: number; head: Uint8Array }
  | { kind: 'empty' }

export interface AssemblerOptions {
  maxHeaderBytes: number
  maxMessageBytes: number
  /** Cheap pre-filter on the raw header block: true when the message may be a notice. */
  wants(header: Uint8Array): boolean
}

export class MessageAssembler {
  private mode: 'header' | 'collect' | 'skip' | 'oversize' = 'header'
  private parts: Uint8Array[] = []
  private size = 0
  private header: Uint8Array = new Uint8Array(0)

  constructor(private readonly options: AssemblerOptions) {}

  /** Appends bytes (copied when kept; the caller may reuse its buffer). */
  push(piece: Uint8Array): void {
    if (piece.length === 0) return
    this.size += piece.length
    if (this.mode === 'skip' || this.mode === 'oversize') return
    if (this.mode === 'collect') {
      if (this.size > this.options.maxMessageBytes) return this.keepHead(piece)
      this.parts.push(piece.slice())
      return
    }
    // Header mode. Usually the whole header block is in the first piece: judge it in place,
    // without copying an ordinary message at all.
    if (this.header.length === 0) {
      const end = headerEnd(piece)
      if (end >= 0 && end <= this.options.maxHeaderBytes) {
        if (!this.options.wants(piece.subarray(0, end))) {
          this.mode = 'skip'
          return
        }
        this.header = piece.slice(0, end)
        this.mode = 'collect'
        if (this.size > this.options.maxMessageBytes) {
          this.mode = 'oversize'
          this.parts = [piece.slice(0, this.options.maxMessageBytes)]
        } else this.parts = [piece.slice()]
        return
      }
    }
    // Otherwise keep until the blank line (or the header cap), then decide.
    const searchFrom = Math.max(0, this.header.length - 3)
    this.header = concatBytes([this.header, piece])
    const end = headerEnd(this.header, searchFrom)
    if (end < 0 && this.header.length < this.options.maxHeaderBytes) return
    this.decide(end < 0 ? this.options.maxHeaderBytes : end)
  }

  /** Ends the message and says what it was. */
  end(): Assembled {
    if (this.mode === 'header' && this.size > 0) this.decide(this.header.length)
    switch (this.mode) {
      case 'header':
        return { kind: 'empty' }
      case 'skip':
        return { kind: 'ordinary', size: this.size }
      case 'oversize':
        return { kind: 'oversize', size: this.size, head: concatBytes(this.parts) }
      case 'collect':
        return { kind: 'candidate', bytes: concatBytes(this.parts) }
    }
  }

  private decide(headerLength: number): void {
    const all = this.header
    this.header = all.slice(0, Math.min(headerLength, this.options.maxHeaderBytes))
    if (!this.options.wants(this.header)) {
      this.mode = 'skip'
      this.header = new Uint8Array(0)
      return
    }
    this.mode = 'collect'
    if (this.size > this.options.maxMessageBytes) {
      this.mode = 'oversize'
      this.parts = [all.slice(0, this.options.maxMessageBytes)]
      return
    }
    this.parts = [all]
  }

  /** Keeps what of `piece` fits under the cap, then stops keeping: the notice's structure is at its start. */
  private keepHead(piece: Uint8Array): void {
    const kept = this.size - piece.length
    const room = this.options.maxMessageBytes - kept
    if (room > 0) this.parts.push(piece.slice(0, room))
    this.mode = 'oversize'
  }
}
