/** Bytes ⇄ base64 for the `ingestRaw` message (runtime messages carry JSON, not ArrayBuffers). */

const CHUNK = 0x8000

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = ''
  // String.fromCharCode on a whole large array overflows the call stack; chunks keep it bounded.
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(bin)
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** A Latin-1 "binary" string (one char per byte) back to bytes. */
export function binaryStringToBytes(bin: string): Uint8Array {
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i) & 0xff
  return out
}
