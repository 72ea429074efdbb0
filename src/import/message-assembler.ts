/**
 * Builds one message from the pieces a reader hands it, looking at the headers first: a message
 * that is clearly not a notice is skipped without keeping its body (that is what makes a multi-GB
 * mailbox take minutes), and a notice larger than the cap is dropped with a reason, not held.
 */
import { concatBytes, headerEnd } from './bytes'

/** What became of one message. `header` is kept for "could not be read" details. */
export type Assembled =
  | { kind: 'candidate'; bytes: Uint8Array }
  | { kind: 'ordinary'; size: number }
  | { kind: 'oversize'; size: number; header: Uint8Array }
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
      if (this.size > this.options.maxMessageBytes) return this.dropOversize()
      this.parts.push(piece.slice())
      return
    }
    // Header mode: keep until the blank line (or the header cap), then decide.
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
        return { kind: 'oversize', size: this.size, header: this.header }
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
    if (this.size > this.options.maxMessageBytes) return this.dropOversize()
    this.parts = [all]
  }

  private dropOversize(): void {
    this.mode = 'oversize'
    this.parts = []
  }
}
