/** Reads a Blob (a File from the page) piece by piece with Blob.slice: the file is never held whole. */
export async function* readChunks(blob: Blob, chunkBytes: number, start = 0): AsyncGenerator<Uint8Array> {
  for (let at = start; at < blob.size; at += chunkBytes) {
    yield new Uint8Array(await blob.slice(at, Math.min(at + chunkBytes, blob.size)).arrayBuffer())
  }
}
