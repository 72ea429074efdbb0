/**
 * The scan command's inputs: PATHs expanded (directories recursively, in name order, symlinked
 * directories not followed) and each file streamed through the mbox splitter, so a multi-GB
 * Takeout export is read in bounded memory. A plain .eml comes out as one message.
 */
import { createReadStream } from 'node:fs'
import { lstat, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MboxSplitter } from '../bounce/mbox'

export type Input = { path: string } | { path: string; error: string }

export async function* expandPaths(paths: readonly string[]): AsyncGenerator<Input> {
  for (const path of paths) yield* expand(path, true)
}

async function* expand(path: string, top: boolean): AsyncGenerator<Input> {
  let info
  try {
    info = top ? await stat(path) : await lstat(path)
  } catch (e) {
    yield { path, error: errorText(e) }
    return
  }
  if (info.isDirectory()) {
    let names: string[]
    try {
      names = (await readdir(path)).sort()
    } catch (e) {
      yield { path, error: errorText(e) }
      return
    }
    for (const name of names) yield* expand(join(path, name), false)
  } else if (info.isFile()) {
    yield { path }
  }
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  if (err?.code === 'ENOENT') return 'no such file or directory'
  if (err?.code === 'EACCES') return 'permission denied'
  return err instanceof Error ? err.message : String(e)
}

/** Messages of one file, in order; a read error ends the iteration by throwing. */
export async function* messagesOf(path: string): AsyncGenerator<Uint8Array> {
  const splitter = new MboxSplitter({ maxMessageBytes: 64 * 1024 * 1024, keepHeadBytes: 4 * 1024 * 1024 })
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 })
  for await (const chunk of stream) yield* splitter.push(chunk as Uint8Array)
  yield* splitter.end()
}
