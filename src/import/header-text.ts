/** Reading one header of a raw header block as display text (for the "could not be read" list). */
import { latin1Text } from './bytes'

/** The Subject of a raw header block, unfolded, encoded words decoded, at most 200 chars. */
export function subjectOf(header: Uint8Array): string {
  const text = latin1Text(header.subarray(0, 64 * 1024))
  const m = /^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(text)
  if (!m) return ''
  return decodeWords(m[1].replace(/\r?\n[ \t]+/g, ' ')).trim().slice(0, 200)
}

/** RFC 2047 encoded words ("=?charset?B|Q?...?="); unknown charsets are left as they are. */
export function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between adjacent encoded words is not shown (RFC 2047 §6.2)
    .replace(/=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g, (whole, charset: string, enc: string, data: string) => {
      try {
        const bytes = enc.toUpperCase() === 'B' ? fromBase64(data) : fromQ(data)
        return new TextDecoder(charset.split('*')[0]).decode(bytes)
      } catch {
        return whole
      }
    })
}

function fromBase64(data: string): Uint8Array {
  const bin = atob(data.replace(/[^A-Za-z0-9+/]/g, ''))
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

function fromQ(data: string): Uint8Array {
  const bin = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}
