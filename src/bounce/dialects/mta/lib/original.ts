/**
 * Reads the header block of an original message that a plain-text notice quotes after its
 * "copy of the message" marker, so Rebound can tie the bounce to the email that caused it.
 */
import { decodeWords } from 'postal-mime'
import type { OriginalMessage } from '../../../types'
import { lines } from './text'

/** At most this many lines are read: a header block is short, a quoted body may be huge. */
const MAX_LINES = 200

export function originalFrom(block: string): Partial<OriginalMessage> | undefined {
  const out: Partial<OriginalMessage> = {}
  let name = ''
  let value = ''
  let seen = 0
  const flush = () => {
    if (!name) return
    const v = value.trim()
    if (name === 'message-id' && !out.messageId) out.messageId = v.replace(/^<|>$/g, '')
    else if (name === 'subject' && out.subject === undefined) out.subject = safeDecode(v)
    else if (name === 'to' && !out.to) out.to = v.split(',').map((s) => s.trim()).filter(Boolean)
    else if (name === 'date' && !out.date) {
      const t = Date.parse(v)
      if (!Number.isNaN(t)) out.date = new Date(t).toISOString()
    }
  }
  for (const line of lines(block).slice(0, MAX_LINES)) {
    if (line.trim() === '') {
      if (seen > 0) break
      continue
    }
    if (/^[ \t]/.test(line) && name) { value += ' ' + line.trim(); continue }
    const m = /^([A-Za-z][A-Za-z0-9\-]*):[ \t]?(.*)$/.exec(line)
    if (!m) { if (seen > 0) break; continue }
    flush()
    seen++
    name = m[1].toLowerCase()
    value = m[2]
  }
  flush()
  return Object.keys(out).length ? out : undefined
}

function safeDecode(s: string): string {
  try {
    return decodeWords(s)
  } catch {
    return s
  }
}
