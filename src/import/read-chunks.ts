/**
 * Reads a Blob (a File from the page) piece by piece with Blob.slice: the file is never held whole.
 * The next piece is already being read while the caller works on this one (the read is I/O off
 * the thread), so parsing and reading overlap; at most two pieces exist at a time.
 */
export async function* readChunks(blob: Blob, chunkBytes: number, start = 0): AsyncGenerator<Uint8Array> {
  const read = (at: number) => blob.slice(at, Math.min(at + chunkBytes, blob.size)).arrayBuffer()
  let next = start < blob.size ? read(start) : null
  for (let at = start; next; at += chunkBytes) {
    const current = next
    next = at + chunkBytes < blob.size ? read(at + chunkBytes) : null
    yield new Uint8Array(await current)
  }
}
