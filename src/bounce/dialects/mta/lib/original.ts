/**
 * Reads the header block of an original message that a plain-text notice quotes after its
 * "copy of the message" marker, so Rebound can tie the bounce to the email that caused it.
 * Field rules (reading, decoding, address cleaning) are the engine's own: ../../../fields.ts and
 * ../../../original.ts.
 */
import type { OriginalMessage } from '../../../types'
import { readFields } from '../../../fields'
import { ORIGINAL_FIELDS, originalFromHeaders } from '../../../original'

/** A header block is short; a quoted body may be huge. */
const MAX_CHARS = 32 * 1024

export function originalFrom(block: string): Partial<OriginalMessage> | undefined {
  return originalFromHeaders(readFields(block, { only: ORIGINAL_FIELDS, maxChars: MAX_CHARS })) ?? undefined
}
