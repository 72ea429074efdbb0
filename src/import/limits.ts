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
