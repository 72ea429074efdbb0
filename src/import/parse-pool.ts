/**
 * A few engine workers so notices are parsed on several cores while the import worker goes on
 * reading: the engine, not reading, is what takes the time on a notice-heavy mailbox
 * (bench/import.bench.ts prints both). Bytes are transferred, not copied.
 */
import type { ParseError, Report } from '../bounce/types'

type Result = Report | ParseError

export class ParsePool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<number, (r: Result) => void>()
  private nextId = 0

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
      w.onmessage = (e: MessageEvent<{ id: number; report: Result }>) => {
        this.waiting.get(e.data.id)?.(e.data.report)
        this.waiting.delete(e.data.id)
      }
      // A worker that dies takes its notices with it: answer them as errors, never hang.
      w.onerror = () => {
        for (const [id, done] of this.waiting) if (id % this.size === this.workers.indexOf(w)) done({ kind: 'error', error: 'the engine worker stopped' })
      }
      return w
    })
  }

  parse(bytes: Uint8Array): Promise<Result> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.waiting.set(id, resolve)
      // An own copy when the bytes are a view of a bigger buffer; then the buffer moves.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
      this.workers[id % this.size].postMessage({ id, bytes: own }, [own.buffer])
    })
  }

  close(): void {
    for (const w of this.workers) w.terminate()
  }
}

/** Engine workers beside the reading one: the other cores, at most 3, none on a single core. */
export function poolSize(cores = navigator.hardwareConcurrency || 1): number {
  return Math.max(0, Math.min(3, cores - 1))
}
