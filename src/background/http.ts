/** Small helpers for reading Gmail's answers safely. */

/** Reads a body up to `max` bytes; a larger body is an error (checked as it streams, not after). */
export async function readBounded(res: Response, max: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  const declared = Number(res.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > max) return { ok: false, error: `larger than ${max} bytes` }
  if (!res.body) return { ok: true, bytes: new Uint8Array(await res.arrayBuffer()) }
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, error: `larger than ${max} bytes` }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    bytes.set(c, at)
    at += c.byteLength
  }
  return { ok: true, bytes }
}

/**
 * True when a body starts like an HTML document (Google's sign-in page) rather than a mail message
 * (which starts with header fields) or an XML feed.
 */
export function looksLikeHtmlPage(bytes: Uint8Array): boolean {
  let i = 0
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)) i++
  const head = String.fromCharCode(...bytes.subarray(i, i + 15)).toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html')
}
