/**
 * What the importer reports: progress while it runs, a summary at the end. Plain data, so it
 * crosses postMessage as is; the options page turns codes into localized text.
 */
import type { ReportKind } from '../bounce/types'

/** Something wrong with a file as a whole. */
export interface FileNote {
  /**
   * truncated: ends in the middle of a message; not-mailbox: neither mbox, eml nor zip; zip-error;
   * read-error; zip-bomb: the zip unpacks to too much, reading stopped (detail: ZipBombLimit);
   * zip-nested: a zip inside the zip, not opened.
   */
  code: 'truncated' | 'not-mailbox' | 'zip-error' | 'read-error' | 'zip-bomb' | 'zip-nested'
  /** Which message or zip entry, "" for the whole file. */
  where: string
  detail?: string
}

/** A message that could not be read, and why. */
export interface Problem {
  file: string
  where: string
  offset: number
  /** too-big: over the notice size cap, detail = its size; unreadable: the engine gave up, detail = why. */
  code: 'too-big' | 'unreadable'
  detail: string
  /** Subject of the message when its headers could be read. */
  subject: string
  /** True when a notice was still found in what was read (too-big: read from its head). */
  read: boolean
}

export interface ImportProgress {
  file: string
  fileIndex: number
  fileCount: number
  bytesRead: number
  totalBytes: number
  messages: number
  notices: number
  flagged: number
  /** Estimated milliseconds left from the rate so far; -1 while unknown. */
  etaMs: number
  elapsedMs: number
}

export interface ImportSummary {
  status: 'done' | 'cancelled'
  files: { name: string; size: number; messages: number; notes: FileNote[] }[]
  bytesRead: number
  totalBytes: number
  messages: number
  /** Messages the engine read as notices (any kind but "none"). */
  notices: number
  noticesByKind: Partial<Record<ReportKind, number>>
  /** Contacts newly flagged by this import. */
  flagged: number
  /** Notices already in the store (imported before, or seen live). */
  duplicates: number
  /** Contacts per list after the import (the whole store). */
  lists: Record<string, number>
  problemCount: number
  /** The first problems, with their reason (LIMITS.maxProblemsListed). */
  problems: Problem[]
  elapsedMs: number
  /**
   * Time waiting for the engine (summed over notices, which overlap when engine workers run in
   * parallel, so it can exceed elapsedMs) and in store writes.
   */
  parseMs: number
  storeMs: number
}
