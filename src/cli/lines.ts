/**
 * The scan command's work on a list of inputs: each file read ahead by a bounded pool (READ_AHEAD
 * files in flight, each into a reused buffer) while the engine parses the current one, so the
 * process never sits idle waiting for a read; then one Line per message, in input order.
 */
import { parseBounce } from '../bounce/index'
import type { Report } from '../bounce/types'
import { errorText, HEAD_BUFFER_BYTES, type Input, messagesOf, messagesOfHead, readHead } from './inputs'

/** Files read ahead of the one being parsed: enough to keep the thread pool's 4 threads busy. */
const READ_AHEAD = 8

/** `unreadable`: the input itself could not be had (missing path, permission, read error). */
export type Line = { source: string; report: Report } | { source: string; error: string; unreadable?: true }

/** One file's lines: a file holding one message is named by its path, messages of an mbox get #n. */
async function* linesOf(path: string, messages: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
  // The first message waits until we know whether the file holds more than one.
  let first: Line | null = null
  let n = 0
  try {
    for await (const bytes of messages) {
      n++
      const report = await parseBounce(bytes)
      const line: Line = report.kind === 'error'
        ? { source: `${path}#${n}`, error: report.error }
        : { source: `${path}#${n}`, report }
      if (n === 1) {
        first = line
        continue
      }
      if (first) {
        yield first
        first = null
      }
      yield line
    }
    if (first) yield { ...first, source: path }
    else if (n === 0) yield { source: path, error: 'empty file: not a message' }
  } catch (e) {
    if (first) yield first
    yield { source: n > 0 ? `${path}#${n + 1}` : path, error: `could not read: ${errorText(e)}`, unreadable: true }
  }
}

async function* failing(failure: unknown): AsyncGenerator<Uint8Array> {
  throw failure
}

type Loaded = { path: string; error: string } | { path: string; buffer: Uint8Array; head: Uint8Array } | { path: string; buffer: Uint8Array; failure: unknown }

/** Buffers of HEAD_BUFFER_BYTES handed from one file to the next (one per file in flight). */
export type BufferPool = Uint8Array[]

export async function* scanInputs(inputs: AsyncIterable<Input> | Iterable<Input>, free: BufferPool = []): AsyncGenerator<Line> {
  const ahead: Promise<Loaded>[] = []
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()
  let more = true
  const fill = async () => {
    while (more && ahead.length < READ_AHEAD) {
      const next = await iterator.next()
      if (next.done) {
        more = false
        break
      }
      const input = next.value
      if ('error' in input) {
        ahead.push(Promise.resolve(input))
        continue
      }
      const buffer = free.pop() ?? new Uint8Array(HEAD_BUFFER_BYTES)
      ahead.push(readHead(input.path, buffer).then((head) => ({ path: input.path, buffer, head }), (failure) => ({ path: input.path, buffer, failure })))
    }
  }
  await fill()
  while (ahead.length > 0) {
    const loaded = await ahead.shift()!
    await fill()
    if ('error' in loaded) {
      yield { source: loaded.path, error: loaded.error, unreadable: true }
      continue
    }
    if ('failure' in loaded) yield* linesOf(loaded.path, failing(loaded.failure))
    else yield* linesOf(loaded.path, messagesOfHead(loaded.head, loaded.buffer.length) ?? messagesOf(loaded.path))
    free.push(loaded.buffer) // parsed: nothing refers to the buffer any more
  }
}
