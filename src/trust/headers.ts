/**
 * A bounded reader for one RFC 5322 header block: every field in document order (Received and
 * Authentication-Results repeat, and their order is the evidence), unfolded, lower-case names.
 * Mail is hostile: the block is cut at MAX_BLOCK characters and MAX_FIELDS fields.
 */

const MAX_BLOCK = 128 * 1024
const MAX_FIELDS = 500

export interface HeaderField {
  name: string
  value: string
}

/** Fields of the header block at the start of `text` (up to its first empty line). */
export function readFields(text: string): HeaderField[] {
  const block = text.length > MAX_BLOCK ? text.slice(0, MAX_BLOCK) : text
  const fields: HeaderField[] = []
  let start = 0
  while (start < block.length && fields.length < MAX_FIELDS) {
    let end = block.indexOf('\n', start)
    if (end < 0) end = block.length
    const line = block.slice(start, block[end - 1] === '\r' ? end - 1 : end)
    start = end + 1
    if (line === '') break
    if (line[0] === ' ' || line[0] === '\t') {
      const last = fields[fields.length - 1]
      if (last) last.value += ' ' + line.trim()
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0 || colon > 76 || hasSpace(line, colon)) {
      // "From " mbox line or junk: not a field; a block never starts with a body line.
      if (fields.length === 0 && line.startsWith('From ')) continue
      break
    }
    fields.push({ name: line.slice(0, colon).toLowerCase(), value: line.slice(colon + 1).trim() })
  }
  return fields
}

function hasSpace(line: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i)
    if (c === 32 || c === 9) return true
  }
  return false
}

/** Values of one field, in order. */
export function valuesOf(fields: HeaderField[], name: string): string[] {
  return fields.filter((f) => f.name === name).map((f) => f.value)
}

/** The first address in a header value (angle brackets preferred), lower-case; "" if none. */
export function addressIn(value: string): string {
  const v = value.slice(0, 2048)
  const angle = /<([^<>\s]*@[^<>\s]*)>/.exec(v)
  const bare = angle ? angle[1] : /[^\s<>"(),;:]+@[^\s<>"(),;:]+/.exec(v)?.[0] ?? ''
  return bare.replace(/\.$/, '').toLowerCase()
}

/** Part after the last "@", lower-case; "" when none. */
export function domainPart(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : address.slice(at + 1).toLowerCase()
}
