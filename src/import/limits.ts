/**
 * Resource limits of the importer, in one place. Email is hostile input: these bound the memory
 * a single message or file can take, whatever its size (issue 5: "well under 300 MB").
 */
export const LIMITS = {
  /** Bytes read from the file at a time; the only buffer whose size does not depend on the mail. */
  chunkBytes: 4 * 1024 * 1024,
  /** Header block looked at to decide "notice or not"; longer header blocks are cut there. */
  maxHeaderBytes: 64 * 1024,
  /**
   * Of a notice bigger than this only the first bytes are kept and read: the engine reads no more
   * than its first 4 MB anyway (src/bounce/index.ts MAX_INPUT_BYTES: a notice's structure is at its
   * start, the bulk is the returned copy), and the summary says the message was cut.
   */
  maxNoticeBytes: 4 * 1024 * 1024,
  /** Reports written to the store in one transaction. */
  batchSize: 200,
  /** Unreadable messages listed in the summary with their reason (the count is always exact). */
  maxProblemsListed: 200,
  /** Progress events at most this often. */
  progressEveryMs: 150,
} as const

/**
 * Zip limits (issue 10: a 2 MB zip took 7 GB). fflate inflates whatever one push() hands it into
 * one buffer, and walks the entries of one push() by recursion, so the zip reader feeds it small
 * slices: one slice inflates to at most ~1,032× its size (DEFLATE's ceiling) and holds at most
 * sliceBytes / 30 entries (a local header is 30 bytes). Then, as a zip is hostile input too, the
 * inflated bytes are bounded per entry, in total, and against the compressed bytes read.
 */
export const ZIP_LIMITS = {
  /** Bytes handed to the unzipper at a time: ≤ 4.2 MB inflated, ≤ 136 entries deep. */
  sliceBytes: 4 * 1024,
  /**
   * Inflated bytes / compressed bytes, per entry and for the whole zip. Mail deflates 2–10×
   * (base64 attachments barely shrink); zip bombs run at 1,000× (DEFLATE's ceiling is 1,032×).
   */
  maxRatio: 100,
  /** The ratio is judged past this many inflated bytes (a small run of blank lines may squeeze well). */
  ratioFloorBytes: 4 * 1024 * 1024,
  /** One .eml entry: well over any provider's message size limit (Gmail 25 MB, Exchange 150 MB). */
  maxMessageEntryBytes: 256 * 1024 * 1024,
  /** All entries together, an mbox entry included (a Takeout mailbox of many years). */
  maxTotalBytes: 64 * 1024 * 1024 * 1024,
} as const

export type ZipLimits = { [K in keyof typeof ZIP_LIMITS]: number }
