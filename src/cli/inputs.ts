/**
 * The scan command's inputs: PATHs expanded (directories recursively, in name order, symlinked
 * directories not followed) and each file read. A file of at most MAX_INPUT_BYTES is read whole in
 * one go into a buffer the caller reuses (most notices are a few KB); a larger one that is not an
 * mbox is read only that far, since the engine cuts every message there (src/bounce/index.ts); a
 * larger mbox is streamed through the mbox splitter, so a multi-GB Takeout export is read in bounded memory.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_INPUT_BYTES } from '../bounce/index'
import { MboxSplitter, splitMbox } from '../bounce/mbox'

export type Input = { path: string } | { path: string; error: string }

export async function* expandPaths(paths: readonly string[]): AsyncGenerator<Input> {
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch (e) {
      yield { path, error: errorText(e) }
      continue
    }
    if (info.isDirectory()) yield* expandDirectory(path)
    else if (info.isFile()) yield { path }
    else yield { path, error: 'not a file or directory' }
  }
}

/** Entries come with their type (no stat per file); symbolic links are skipped, as lstat would. */
async function* expandDirectory(path: string): AsyncGenerator<Input> {
  let entries
  try {
    entries = await readdir(path, { withFileTypes: true })
  } catch (e) {
    yield { path, error: errorText(e) }
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = join(path, entry.name)
    if (entry.isDirectory()) yield* expandDirectory(child)
    else if (entry.isFile()) yield { path: child }
  }
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  if (err?.code === 'ENOENT') return 'no such file or directory'
  if (err?.code === 'EACCES') return 'permission denied'
  if (err?.code === 'EISDIR') return 'is a directory'
  return err instanceof Error ? err.message : String(e)
}

/** Size of the buffers given to readHead: one byte more than the engine reads tells a larger file. */
export const HEAD_BUFFER_BYTES = MAX_INPUT_BYTES + 1

/**
 * The file's first `buffer.length` bytes, read into `buffer` (a view of it is returned); throws
 * the read's error. Synchronous on purpose: the files are small and usually in the page cache, and
 * Node's thread-pool reads cost four times the CPU of plain reads on the corpus ×10 (356 ms against
 * 92 ms for 5,930 files, measured 2026-12-06) while the parsing waits for them anyway.
 */
export function readHead(path: string, buffer: Uint8Array): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    let filled = 0
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled)
      if (n === 0) break
      filled += n
    }
    return buffer.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

const FROM_ = [70, 114, 111, 109, 32] // "From "

/** An mbox starts with a "From " envelope line (RFC 4155); anything else is one message. */
export function startsLikeMbox(head: Uint8Array): boolean {
  return FROM_.every((b, i) => head[i] === b)
}

/**
 * The messages of a file whose head was read with readHead: the head itself when the file is one
 * message (the engine reads no further than MAX_INPUT_BYTES), split when it is a whole mbox, or
 * null when it is an mbox larger than the head (then stream it with messagesOf).
 */
export function messagesOfHead(head: Uint8Array, bufferLength: number): Uint8Array[] | null {
  if (head.length === 0) return []
  if (!startsLikeMbox(head)) return [head]
  return head.length < bufferLength ? splitMbox(head) : null
}

/** Messages of one file, in order; a read error ends the iteration by throwing. */
export async function* messagesOf(path: string): AsyncGenerator<Uint8Array> {
  const splitter = new MboxSplitter({ maxMessageBytes: 64 * 1024 * 1024, keepHeadBytes: 4 * 1024 * 1024 })
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 })
  for await (const chunk of stream) yield* splitter.push(chunk as Uint8Array)
  yield* splitter.end()
}
