/**
 * What every site's compose reader gives the compose guard (src/content/shared/compose-guard.ts):
 * one entry per recipient in an open compose, and the address shape both sites accept.
 */

export type RecipientField = 'to' | 'cc' | 'bcc'
export const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc']

/** One recipient in a compose's To, Cc or Bcc field. */
export interface RecipientChip {
  /** Lower-cased address. */
  address: string
  field: RecipientField
  /** The element that shows it: a chip (pill), or the field itself for text not yet made into one. */
  chip: Element
  /** Where a warning about this compose's recipients goes: after this element (one per compose). */
  anchor: Element
}

/** Conservative address shape; anything else (a half-typed name, a group) is left alone. */
const ADDRESS = /^[^\s@<>()[\],;:"\\]{1,64}@[^\s@<>()[\],;:"\\]{1,253}\.[^\s@<>()[\],;:"\\.]{2,63}$/

/** The address in "jane@acme.com" or "Jane Doe <jane@acme.com>", lower-cased; '' for anything else. */
export function cleanAddress(raw: string | null | undefined): string {
  if (!raw) return ''
  let s = raw.trim()
  const lt = s.lastIndexOf('<')
  if (lt >= 0 && s.endsWith('>')) s = s.slice(lt + 1, -1).trim()
  s = s.toLowerCase()
  return s.length <= 254 && ADDRESS.test(s) ? s : ''
}
