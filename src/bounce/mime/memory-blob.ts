/**
 * An in-memory Blob for the places the engine runs: the scan CLI and benches in Node, and in the
 * extension the service worker and the import's parse workers (never a page, whose downloads need
 * the browser's Blob). postal-mime gathers every MIME part's bytes into a Blob and reads them back
 * with arrayBuffer(); Node's Blob does that through its asynchronous blob store, and Chromium's
 * through its blob registry in the browser process, each costing more than the MIME parsing itself
 * (bench/engine-chromium.bench.ts: postal-mime ~5× slower in Chromium with the native Blob). Only
 * the part of the Blob interface postal-mime uses is provided.
 */
type Part = Uint8Array | ArrayBuffer | ArrayBufferView | string | MemoryBlob

const encoder = new TextEncoder()
const ASCII = /^[\x00-\x7f]*$/

/**
 * postal-mime builds each part's Blob from its lines with a "\n" string between them: strings are
 * kept as given (an ASCII one's UTF-8 size is its length) and written straight into the output on
 * read, instead of being encoded one by one (a small allocation per line).
 */
type Chunk = Uint8Array | string

export class MemoryBlob {
  readonly type: string
  /** The parts as given (views, not copies, as before: postal-mime never changes them). */
  readonly #chunks: Chunk[]
  readonly size: number

  constructor(parts: readonly Part[] = [], options: { type?: string } = {}) {
    this.type = (options.type ?? '').toLowerCase()
    let size = 0
    this.#chunks = parts.map((p): Chunk => {
      const c = typeof p === 'string' ? (ASCII.test(p) ? p : encoder.encode(p))
        : p instanceof MemoryBlob ? p.#join()
          : p instanceof ArrayBuffer ? new Uint8Array(p)
            : new Uint8Array(p.buffer, p.byteOffset, p.byteLength)
      size += c.length
      return c
    })
    this.size = size
  }

  /** A fresh copy of the bytes: the one copy a read costs. */
  #join(): Uint8Array {
    const out = new Uint8Array(this.size)
    let at = 0
    for (const c of this.#chunks) {
      if (typeof c === 'string') at += encoder.encodeInto(c, out.subarray(at)).written
      else {
        out.set(c, at)
        at += c.length
      }
    }
    return out
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#join().buffer as ArrayBuffer
  }

  async bytes(): Promise<Uint8Array> {
    return this.#join()
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.#join())
  }

  slice(start?: number, end?: number, type?: string): MemoryBlob {
    return new MemoryBlob([this.#join().subarray(start, end)], { type })
  }

  get [Symbol.toStringTag](): string {
    return 'Blob'
  }
}

/** Makes `Blob` the in-memory one for this process or worker; returns a function that puts the native one back. */
export function useMemoryBlob(): () => void {
  const original = globalThis.Blob
  globalThis.Blob = MemoryBlob as unknown as typeof Blob
  return () => {
    globalThis.Blob = original
  }
}
