/**
 * One reader per file kind, all with the same shape: push chunks, get messages; end, get the rest
 * plus what went wrong with the file as a whole. The importer does not know which kind it reads.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate'
import { concatBytes } from './bytes'
import { MboxScanner } from './mbox-scanner'
import { MessageAssembler, type Assembled, type AssemblerOptions } from './message-assembler'
import { sniff } from './sniff'
import type { FileNote } from './summary'

export interface FoundMessage {
  /** Where it is: "#12" in an mbox, the entry name (and "#n" for an mbox inside a zip). */
  where: string
  /** Byte offset in the file (or in the zip entry), for "could not be read" details. */
  offset: number
  result: Assembled
}

export interface MessageReader {
  push(chunk: Uint8Array): FoundMessage[]
  end(): { messages: FoundMessage[]; notes: FileNote[] }
}

export function mboxReader(options: AssemblerOptions, prefix = ''): MessageReader {
  const scanner = new MboxScanner(options)
  let last = -1
  const found = (m: { index: number; offset: number; result: Assembled }): FoundMessage => ({
    where: `${prefix}#${m.index}`,
    offset: m.offset,
    result: m.result,
  })
  return {
    push(chunk) {
      if (chunk.length) last = chunk[chunk.length - 1]
      return scanner.push(chunk).map(found)
    },
    end() {
      const messages = scanner.end().map(found)
      const notes: FileNote[] = []
      // An mbox message ends with a line break; a file that stops mid-line was cut short
      // (an interrupted download or copy). What came before is kept.
      if (scanner.count > 0 && last !== 0x0a && last !== 0x0d) notes.push({ code: 'truncated', where: messages[0]?.where ?? '' })
      return { messages, notes }
    },
  }
}

export function emlReader(options: AssemblerOptions, where = '#0'): MessageReader {
  const assembler = new MessageAssembler(options)
  return {
    push(chunk) {
      assembler.push(chunk)
      return []
    },
    end() {
      return { messages: [{ where, offset: 0, result: assembler.end() }], notes: [] }
    },
  }
}

/** A reader that picks mbox or eml from the first bytes it sees (for zip entries). */
function sniffingReader(options: AssemblerOptions, name: string): MessageReader {
  let inner: MessageReader | null = null
  const pending: Uint8Array[] = []
  let pendingBytes = 0
  const choose = () => {
    inner = sniff(concatBytes(pending)) === 'mbox' ? mboxReader(options, name) : emlReader(options, name)
    const out = pending.flatMap((p) => inner!.push(p))
    pending.length = 0
    return out
  }
  return {
    push(chunk) {
      if (inner) return inner.push(chunk)
      pending.push(chunk.slice()) // fflate may reuse the buffer it handed us
      pendingBytes += chunk.length
      return pendingBytes >= 512 ? choose() : []
    },
    end() {
      const early = inner ? [] : choose()
      const rest = inner!.end()
      return { messages: [...early, ...rest.messages], notes: rest.notes }
    },
  }
}

/**
 * A zip of .eml files (or of an mbox: Google Takeout delivers its export zipped), unzipped as it
 * streams with fflate: one entry at a time, never the whole archive.
 */
export function zipReader(options: AssemblerOptions): MessageReader {
  const out: FoundMessage[] = []
  const notes: FileNote[] = []
  const open = new Set<string>()
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name.endsWith('/')) return
    const reader = sniffingReader(options, file.name)
    open.add(file.name)
    file.ondata = (err, data, final) => {
      if (err) {
        notes.push({ code: 'zip-error', where: file.name, detail: err.message })
        open.delete(file.name)
        return
      }
      out.push(...reader.push(data))
      if (final) {
        const end = reader.end()
        out.push(...end.messages)
        notes.push(...end.notes)
        open.delete(file.name)
      }
    }
    try {
      file.start()
    } catch (e) {
      notes.push({ code: 'zip-error', where: file.name, detail: e instanceof Error ? e.message : String(e) })
      open.delete(file.name)
    }
  })
  unzip.register(UnzipInflate)
  let failed = false
  const push = (chunk: Uint8Array, final: boolean) => {
    if (failed) return
    try {
      unzip.push(chunk, final)
    } catch (e) {
      failed = true
      // A zip cut short fails at its end; "truncated" below says it better than fflate's message.
      if (!(final && open.size)) notes.push({ code: 'zip-error', where: '', detail: e instanceof Error ? e.message : String(e) })
    }
  }
  return {
    push(chunk) {
      push(chunk, false)
      return out.splice(0)
    },
    end() {
      push(new Uint8Array(0), true)
      for (const name of open) notes.push({ code: 'truncated', where: name })
      return { messages: out.splice(0), notes: notes.splice(0) }
    },
  }
}
