/// <reference lib="webworker" />
/** One engine in a worker of its own: the import worker spreads notices over a few of these. */
import { parseBounce } from '../bounce/index'
import { useMemoryBlob } from '../bounce/mime/memory-blob'

// postal-mime's Blob round-trips through Chromium's blob registry cost more than the parsing (src/bounce/mime/memory-blob.ts).
useMemoryBlob()

self.onmessage = async (e: MessageEvent<{ id: number; bytes: Uint8Array }>) => {
  const report = await parseBounce(e.data.bytes)
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage({ id: e.data.id, report })
}
