/**
 * Reads the header block of an original message that a plain-text notice quotes after its
 * "copy of the message" marker, so Rebound can tie the bounce to the email that caused it.
 * Field rules (decoding, address cleaning) are the engine's own: ../../../original.ts.
 */
import type { OriginalMessage } from '../../../types'
import { originalFromHeaders } from '../../../original'
import { lines } from './text'

/** At most this many lines are read: a header block is short, a quoted body may be huge. */
const MAX_LINES = 200

export function originalFrom(block: string): Partial<OriginalMessage> | undefined {
  const headers = new Map<string, string>()
  let name = ''
  let seen = 0
  for (const line of lines(block).slice(0, MAX_LINES)) {
    if (line.trim() === '') {
      if (seen > 0) break
      continue
    }
    if (/^[ \t]/.test(line) && name) {
      headers.set(name, headers.get(name) + ' ' + line.trim())
      continue
    }
    const m = /^([A-Za-z][A-Za-z0-9\-]*):[ \t]?(.*)$/.exec(line)
    if (!m) {
      if (seen > 0) break
      continue
    }
    seen++
    name = m[1].toLowerCase()
    // The first of a repeated field wins, as in the returned message's own header block.
    if (headers.has(name)) name = `${name}\u0000${seen}`
    headers.set(name, m[2])
  }
  return originalFromHeaders(headers) ?? undefined
}
