/** The scan command's work on a list of inputs: one Line per message, in input order. */
import { parseBounce } from '../bounce/index'
import type { Report } from '../bounce/types'
import { errorText, HEAD_BUFFER_BYTES, type Input, messagesOf, messagesOfHead, readHead } from './inputs'

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

/**
 * One Line per message of each input, in order. Each file is read into `buffer` (reused from one
 * file to the next: its messages are parsed before the next file is read).
 */
export async function* scanInputs(inputs: AsyncIterable<Input> | Iterable<Input>, buffer = new Uint8Array(HEAD_BUFFER_BYTES)): AsyncGenerator<Line> {
  for await (const input of inputs) {
    if ('error' in input) {
      yield { source: input.path, error: input.error, unreadable: true }
      continue
    }
    let head: Uint8Array
    try {
      head = readHead(input.path, buffer)
    } catch (failure) {
      yield* linesOf(input.path, failing(failure))
      continue
    }
    yield* linesOf(input.path, messagesOfHead(head, buffer.length) ?? messagesOf(input.path))
  }
}
