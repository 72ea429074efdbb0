/**
 * What a file holds, judged by its first bytes rather than its name (Takeout names its export
 * "All mail Including Spam and Trash.mbox", but users rename files).
 */
export type FileKind = 'mbox' | 'eml' | 'zip' | 'unknown'

// A header line: RFC 5322 field name (printable ASCII but ':'), a colon.
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]{1,76}:/

export function sniff(head: Uint8Array): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip' // "PK\3\4"
  let text = ''
  for (let i = 0; i < Math.min(head.length, 512); i++) text += String.fromCharCode(head[i])
  text = text.replace(/^\ufeff|^(\xef\xbb\xbf)/, '').replace(/^[\r\n]+/, '')
  if (text.startsWith('From ')) return 'mbox'
  if (HEADER_LINE.test(text) && /\r?\n|\r/.test(text)) return 'eml'
  return 'unknown'
}
