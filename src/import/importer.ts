/**
 * The import loop: files → chunks → messages → (notices only) engine → store, in batches.
 * Runs in a Web Worker in the extension and in Node in tests and the bench; everything outside
 * (engine, store, clock) comes in through `ImportDeps`, so both run the same code path.
 */
import type { TrustVerdict } from '../trust/types'
import { evaluateTrust, trustInput } from '../trust/evaluate'
import { readEvidence } from '../trust/evidence'
import type { ParseError, Report } from '../bounce/types'
import type { NoticeSource } from '../messages'
import { latin1Text } from './bytes'
import { subjectOf } from './header-text'
import { LIMITS } from './limits'
import type { AssemblerOptions } from './message-assembler'
import { looksLikeNotice } from './prefilter'
import { readChunks } from './read-chunks'
import { emlReader, mboxReader, type FoundMessage, type MessageReader } from './readers'
import { sniff } from './sniff'
import { zipReader } from './zip-reader'
import type { ImportProgress, ImportSummary, Problem } from './summary'

export interface ImportFile {
  name: string
  blob: Blob
}

export interface ImportDeps {
  parse(raw: Uint8Array): Promise<Report | ParseError>
  ingest(items: { report: Report; source: NoticeSource; trust?: TrustVerdict }[]): Promise<{ flagged: number; duplicates: number }>
  lists(): Promise<Record<string, number>>
  now(): number
  /** How many notices may be in the engine at once (a pool of parse workers); default 1. */
  parallel?: number
}

export interface ImportControl {
  /** Set to true to stop after the current chunk; what was read is kept. */
  cancelled: boolean
  onProgress(p: ImportProgress): void
}

const ASSEMBLY: AssemblerOptions = {
  maxHeaderBytes: LIMITS.maxHeaderBytes,
  maxMessageBytes: LIMITS.maxNoticeBytes,
  wants: looksLikeNotice,
}

export async function runImport(files: ImportFile[], deps: ImportDeps, control: ImportControl, chunkBytes: number = LIMITS.chunkBytes): Promise<ImportSummary> {
  const started = deps.now()
  const totalBytes = files.reduce((n, f) => n + f.blob.size, 0)
  const s: ImportSummary = {
    status: 'done', files: [], bytesRead: 0, totalBytes, messages: 0, notices: 0, noticesByKind: {},
    flagged: 0, duplicates: 0, lists: {}, problemCount: 0, problems: [], elapsedMs: 0, parseMs: 0, storeMs: 0,
  }
  let batch: { report: Report; source: NoticeSource; trust?: TrustVerdict }[] = []
  let lastProgress = 0
  let lastFlush = deps.now()
  let fileIndex = 0
  const inflight = new Set<Promise<void>>()

  const flush = async () => {
    if (!batch.length) return
    const items = batch
    batch = []
    lastFlush = deps.now()
    const t = deps.now()
    const r = await deps.ingest(items)
    s.storeMs += deps.now() - t
    s.flagged += r.flagged
    s.duplicates += r.duplicates
  }
  const problem = (p: Problem) => {
    s.problemCount++
    if (s.problems.length < LIMITS.maxProblemsListed) s.problems.push(p)
  }
  const progress = (force = false) => {
    const t = deps.now()
    if (!force && t - lastProgress < LIMITS.progressEveryMs) return
    lastProgress = t
    const elapsedMs = t - started
    const rate = s.bytesRead / Math.max(elapsedMs, 1)
    control.onProgress({
      file: files[fileIndex]?.name ?? '', fileIndex, fileCount: files.length, bytesRead: s.bytesRead, totalBytes,
      messages: s.messages, notices: s.notices, flagged: s.flagged, elapsedMs,
      etaMs: s.bytesRead > 0 && elapsedMs > 500 ? Math.round((totalBytes - s.bytesRead) / rate) : -1,
    })
  }

  const handle = async (file: ImportFile, m: FoundMessage) => {
    s.messages++
    const r = m.result
    if (r.kind !== 'candidate' && r.kind !== 'oversize') return
    const bytes = r.kind === 'candidate' ? r.bytes : r.head
    const at = { file: file.name, where: m.where, offset: m.offset, subject: subjectOf(bytes.subarray(0, LIMITS.maxHeaderBytes)) }
    const work = parse(bytes, r.kind === 'oversize' ? r.size : -1, at)
    inflight.add(work)
    work.finally(() => inflight.delete(work)).catch(() => undefined) // failures surface through race/drain
    if (inflight.size >= (deps.parallel ?? 1)) await Promise.race(inflight)
  }
  const drain = async () => {
    while (inflight.size) await Promise.all(inflight)
  }
  /** Engine, then store; `cutFrom` is the full size of a notice read from its head only, else -1. */
  const parse = async (bytes: Uint8Array, cutFrom: number, at: Omit<Problem, 'code' | 'detail' | 'read'>) => {
    const t = deps.now()
    // Read before parsing: a pool of parse workers takes the bytes over (transferred, then empty here).
    const evidence = readEvidence(bytes)
    const report = await deps.parse(bytes)
    s.parseMs += deps.now() - t
    // A cut notice is still read from its head, and listed so the user knows it was cut.
    if (cutFrom >= 0) problem({ ...at, code: 'too-big', detail: String(cutFrom), read: report.kind !== 'error' && report.kind !== 'none' })
    if (report.kind === 'error') {
      if (cutFrom < 0) problem({ ...at, code: 'unreadable', detail: report.error, read: false })
      return
    }
    if (report.kind === 'none') return
    s.notices++
    s.noticesByKind[report.kind] = (s.noticesByKind[report.kind] ?? 0) + 1
    // Judged like any notice (issue 10): Gmail's headers, Takeout's X-Gmail-Labels, the copy.
    batch.push({ report, source: sourceOf(report, at.file, at.where), trust: evaluateTrust(trustInput(evidence, report)) })
    // Full batches, or at least every second, so "contacts flagged" moves while the import runs.
    if (batch.length >= LIMITS.batchSize || deps.now() - lastFlush > 1000) await flush()
  }

  for (const file of files) {
    const entry = { name: file.name, size: file.blob.size, messages: 0, notes: [] as ImportSummary['files'][number]['notes'] }
    s.files.push(entry)
    const before = s.messages
    let reader: MessageReader | null = null
    try {
      for await (const chunk of readChunks(file.blob, chunkBytes)) {
        if (!reader) {
          const kind = sniff(chunk)
          if (kind === 'unknown') {
            entry.notes.push({ code: 'not-mailbox', where: '', detail: describeHead(chunk) })
            s.bytesRead += file.blob.size
            break
          }
          reader = kind === 'mbox' ? mboxReader(ASSEMBLY) : kind === 'zip' ? zipReader(ASSEMBLY) : emlReader(ASSEMBLY)
        }
        s.bytesRead += chunk.length
        for (const m of reader.push(chunk)) {
          if (control.cancelled) break
          await handle(file, m)
        }
        progress()
        if (control.cancelled) break
      }
    } catch (e) {
      entry.notes.push({ code: 'read-error', where: '', detail: e instanceof Error ? e.message : String(e) })
    }
    if (reader) {
      const end = reader.end()
      // After a cancel the last message is partial: it is dropped, not parsed half-read.
      if (!control.cancelled) for (const m of end.messages) await handle(file, m)
      entry.notes.push(...end.notes)
    }
    if (!reader && file.blob.size === 0) entry.notes.push({ code: 'not-mailbox', where: '', detail: 'empty file' })
    await drain()
    entry.messages = s.messages - before
    await flush()
    if (control.cancelled) break
    fileIndex++
  }
  await flush()
  s.status = control.cancelled ? 'cancelled' : 'done'
  s.lists = await deps.lists()
  s.elapsedMs = deps.now() - started
  progress(true)
  return s
}

/**
 * The notice's Message-ID identifies it wherever it was read (the same notice in two files, or
 * imported twice, counts once); without one, its place in the file does.
 */
function sourceOf(report: Report, fileName: string, where: string): NoticeSource {
  const mid = report.notice.messageId.trim().replace(/^<|>$/g, '')
  return { origin: 'import', account: '', id: mid ? `mid:${mid}` : `${fileName}${where}`, mailbox: fileName }
}

/** A short printable view of a file's first bytes, to say what it is instead ("%PDF-1.7", "PNG"). */
function describeHead(head: Uint8Array): string {
  return latin1Text(head.subarray(0, 16)).replace(/[^\x20-\x7e]/g, '.')
}
