/** Small byte helpers shared by the mailbox readers. Bytes stay bytes until a decoder needs text. */

/** Windows-1252 in browsers and Node: one char per byte, so string indexes are byte offsets. */
const latin1 = new TextDecoder('latin1')

export function latin1Text(bytes: Uint8Array): string {
  return latin1.decode(bytes)
}

export function concatBytes(parts: readonly Uint8Array[], total?: number): Uint8Array {
  if (parts.length === 1) return parts[0]
  const out = new Uint8Array(total ?? parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Offset just past the blank line ending a header block ("\n\n" or "\n\r\n"), or -1. */
export function headerEnd(bytes: Uint8Array, from = 0): number {
  let i = Math.max(0, from)
  for (;;) {
    i = bytes.indexOf(0x0a, i)
    if (i < 0 || i + 1 >= bytes.length) return -1
    const next = bytes[i + 1]
    if (next === 0x0a) return i + 2
    if (next === 0x0d && bytes[i + 2] === 0x0a) return i + 3
    i += 1
  }
}
