/**
 * A zip of .eml files (or of an mbox: Google Takeout delivers its export zipped), unzipped as it
 * streams with fflate: one entry at a time, never the whole archive, fed in small slices, with the
 * inflated bytes bounded (src/import/limits.ts ZIP_LIMITS says why each limit is what it is).
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate'
import { concatBytes } from './bytes'
import { ZIP_LIMITS, type ZipLimits } from './limits'
import type { AssemblerOptions } from './message-assembler'
import { emlReader, mboxReader, type FoundMessage, type MessageReader } from './readers'
import { sniff, type FileKind } from './sniff'
import type { FileNote } from './summary'

/** Which limit a zip broke: its detail in the 'zip-bomb' note. */
export type ZipBombLimit = 'ratio' | 'entry-size' | 'total-size'

export function zipReader(options: AssemblerOptions, limits: ZipLimits = ZIP_LIMITS): MessageReader {
  const out: FoundMessage[] = []
  const notes: FileNote[] = []
  const open = new Set<string>()
  /** Compressed bytes handed to fflate so far, and inflated bytes it gave back. */
  let fed = 0
  let inflated = 0
  let failed = false

  const stop = (where: string, limit: ZipBombLimit) => {
    failed = true
    notes.push({ code: 'zip-bomb', where, detail: limit })
    open.clear() // the entry being read is dropped, not reported as cut short
  }

  const unzip = new Unzip((file: UnzipFile) => {
    if (failed || file.name.endsWith('/')) return
    const reader = sniffingReader(options, file.name)
    const startedAt = fed
    let size = 0
    let skipped = false
    open.add(file.name)
    file.ondata = (err, data, final) => {
      if (failed || skipped) return
      if (err) {
        notes.push({ code: 'zip-error', where: file.name, detail: err.message })
        open.delete(file.name)
        skipped = true
        return
      }
      if (size === 0 && data.length >= 4 && sniff(data) === 'zip') {
        // A zip inside the zip is not opened: that is how nested bombs (42.zip) multiply.
        notes.push({ code: 'zip-nested', where: file.name })
        open.delete(file.name)
        skipped = true
        return
      }
      size += data.length
      inflated += data.length
      const entryCap = reader.kind() === 'mbox' ? limits.maxTotalBytes : limits.maxMessageEntryBytes
      // fed - startedAt over-counts this entry's compressed bytes by at most one slice: lenient.
      if (size > limits.ratioFloorBytes && size > limits.maxRatio * (fed - startedAt)) return stop(file.name, 'ratio')
      if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * fed) return stop(file.name, 'ratio')
      if (inflated > limits.maxTotalBytes) return stop(file.name, 'total-size')
      if (size > entryCap) return stop(file.name, 'entry-size')
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

  const push = (slice: Uint8Array, final: boolean) => {
    if (failed) return
    fed += slice.length
    try {
      unzip.push(slice, final)
    } catch (e) {
      failed = true
      // A zip cut short fails at its end; "truncated" below says it better than fflate's message.
      if (!(final && open.size)) notes.push({ code: 'zip-error', where: '', detail: e instanceof Error ? e.message : String(e) })
    }
  }
  return {
    push(chunk) {
      for (let at = 0; at < chunk.length && !failed; at += limits.sliceBytes) push(chunk.subarray(at, at + limits.sliceBytes), false)
      return out.splice(0)
    },
    end() {
      push(new Uint8Array(0), true)
      for (const name of open) notes.push({ code: 'truncated', where: name })
      return { messages: out.splice(0), notes: notes.splice(0) }
    },
  }
}

/** A reader that picks mbox or eml from the first bytes it sees (for zip entries). */
function sniffingReader(options: AssemblerOptions, name: string): MessageReader & { kind(): FileKind | null } {
  let inner: MessageReader | null = null
  let kind: FileKind | null = null
  const pending: Uint8Array[] = []
  let pendingBytes = 0
  const choose = () => {
    kind = sniff(concatBytes(pending)) === 'mbox' ? 'mbox' : 'eml'
    inner = kind === 'mbox' ? mboxReader(options, name) : emlReader(options, name)
    const found = pending.flatMap((p) => inner!.push(p))
    pending.length = 0
    return found
  }
  return {
    kind: () => kind,
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
