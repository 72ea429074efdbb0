/**
 * The scan spread over worker threads (--jobs N): the main thread lists the inputs and hands
 * them out in batches of BATCH_FILES; each worker reads and parses its batch (src/cli/lines.ts)
 * and sends back the batch's output text; the main thread writes the batches in input order.
 * Messages are independent, so the output is the same as a run in one thread.
 */
import type { MessagePort, Worker } from 'node:worker_threads'
import { HEAD_BUFFER_BYTES, type Input } from './inputs'
import { scanInputs } from './lines'
import { render } from './output'

/** Small enough to spread a few hundred files evenly, large enough that messages between threads cost nothing. */
export const BATCH_FILES = 32
/** Batches queued per worker, so it never waits for the main thread between two. */
const QUEUED_PER_WORKER = 2

export interface Batch { seq: number; inputs: Input[]; csv: boolean }
export interface BatchResult { seq: number; text: string; warnings: string; unreadable: number }

/** Everything a sink needs: text for stdout, text for stderr, and whether stdout's reader is gone. */
export interface Sink {
  write(s: string): void
  warn(s: string): void
  closed(): boolean
}

/** The worker's side: batches are done one after the other, in the order they came. */
export function serveBatches(port: MessagePort): void {
  const buffer = new Uint8Array(HEAD_BUFFER_BYTES)
  let queue = Promise.resolve()
  port.on('message', (batch: Batch) => {
    queue = queue.then(async () => {
      const result: BatchResult = { seq: batch.seq, text: '', warnings: '', unreadable: 0 }
      for await (const line of scanInputs(batch.inputs, buffer)) {
        const { text, warning } = render(line, batch.csv)
        result.text += text
        if (warning) {
          result.warnings += warning
          result.unreadable++
        }
      }
      port.postMessage(result)
    })
  })
}

/**
 * The main thread's side. `first` holds inputs already taken from `rest`. Resolves with the count
 * of unreadable inputs, or 'closed' when stdout's reader went away (the workers are stopped).
 */
export function runInWorkers(first: Input[], rest: AsyncIterator<Input>, csv: boolean, out: Sink, workers: Worker[]): Promise<number | 'closed'> {
  return new Promise((resolve, reject) => {
    const pending = [...first]
    let exhausted = false
    let seq = 0
    let written = 0
    let inFlight = 0
    let unreadable = 0
    let finished = false
    const results = new Map<number, BatchResult>()
    // Batches are gathered one at a time (the input listing is one async iterator).
    let gathering = Promise.resolve()

    const end = (outcome: number | 'closed' | Error) => {
      if (finished) return
      finished = true
      for (const w of workers) void w.terminate()
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome)
    }
    const nextBatch = async (): Promise<Batch | null> => {
      while (!exhausted && pending.length < BATCH_FILES) {
        const next = await rest.next()
        if (next.done) exhausted = true
        else pending.push(next.value)
      }
      return pending.length ? { seq: seq++, inputs: pending.splice(0, BATCH_FILES), csv } : null
    }
    const feed = (worker: Worker) => {
      gathering = gathering.then(async () => {
        if (finished) return
        const batch = await nextBatch()
        if (batch) {
          inFlight++
          worker.postMessage(batch)
        } else if (inFlight === 0) {
          end(unreadable)
        }
      }).catch(end)
    }
    for (const worker of workers) {
      worker.on('message', (result: BatchResult) => {
        inFlight--
        results.set(result.seq, result)
        for (let r = results.get(written); r; r = results.get(written)) {
          results.delete(written++)
          if (out.closed()) return end('closed')
          out.write(r.text)
          if (r.warnings) out.warn(r.warnings)
          unreadable += r.unreadable
        }
        feed(worker)
      })
      worker.on('error', end)
      for (let i = 0; i < QUEUED_PER_WORKER; i++) feed(worker)
    }
  })
}
