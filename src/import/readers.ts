/**
 * One reader per file kind, all with the same shape: push chunks, get messages; end, get the rest
 * plus what went wrong with the file as a whole. The importer does not know which kind it reads.
 * The zip reader is in zip-reader.ts.
 */
import { MboxScanner } from './mbox-scanner'
import { MessageAssembler, type Assembled, type AssemblerOptions } from './message-assembler'
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
