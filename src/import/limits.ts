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
   * A notice bigger than this is not parsed (reported as unreadable): real bounces, even with the
   * original message attached, are far smaller; a 50 MB "notice" is an attachment, not a bounce.
   */
  maxNoticeBytes: 16 * 1024 * 1024,
  /** Reports written to the store in one transaction. */
  batchSize: 200,
  /** Unreadable messages listed in the summary with their reason (the count is always exact). */
  maxProblemsListed: 200,
  /** Progress events at most this often. */
  progressEveryMs: 150,
} as const
