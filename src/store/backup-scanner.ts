/**
 * Reads a backup file's JSON as it streams, one row at a time, so a 1,000,000-event backup never
 * sits whole in memory (one JSON.parse of it would: the text, then every object at once). The
 * file's shape is fixed (src/store/types.ts BackupFile): one object whose list fields ("events",
 * "contacts", "notices", "cursors", "reviews") are arrays of small objects. This splits that shape and hands
 * each row's text to JSON.parse, which checks the row's syntax; the splitter checks the rest.
 */
export const LIST_FIELDS = ['events', 'contacts', 'notices', 'cursors', 'reviews'] as const
export type ListField = (typeof LIST_FIELDS)[number]
/** Lists every backup has; `reviews` came later (files written before it have none). */
export const REQUIRED_LISTS: readonly ListField[] = ['events', 'contacts', 'notices', 'cursors']

export type BackupItem =
  | { kind: 'field'; key: string; value: unknown }
  | { kind: 'list'; key: ListField }
  | { kind: 'row'; key: ListField; index: number; value: unknown }

export class BackupSyntaxError extends Error {}

/** One row (or field) longer than this is not one Rebound wrote (an event is under 10 KB). */
export const MAX_VALUE_CHARS = 1 << 20

type State = 'start' | 'key' | 'key-or-end' | 'colon' | 'value' | 'row-or-end' | 'row' | 'after-row' | 'after-field' | 'done'

export class BackupScanner {
  private buf = ''
  private at = 0
  private state: State = 'start'
  private key = ''
  private list: ListField | null = null
  private index = 0

  /** Feeds decoded text; returns the items completed by it. Throws BackupSyntaxError. */
  push(text: string): BackupItem[] {
    this.buf = this.buf.slice(this.at) + text
    this.at = 0
    return this.run(false)
  }

  /** The end of the file: throws unless the object was closed. */
  end(): BackupItem[] {
    const out = this.run(true)
    if (this.state !== 'done') throw new BackupSyntaxError('the file ends before the backup does')
    return out
  }

  private run(final: boolean): BackupItem[] {
    const out: BackupItem[] = []
    const s = this.buf
    for (;;) {
      let i = this.at
      while (i < s.length && isSpace(s.charCodeAt(i))) i++
      this.at = i
      if (i >= s.length) return out
      const c = s[i]
      switch (this.state) {
        case 'start':
          // Some other JSON value ([1, 2], "text", 12) is JSON but no backup; anything else is not JSON.
          if (c !== '{') throw new BackupSyntaxError(/[["\-0-9tfn]/.test(c) ? 'not a JSON object' : 'not JSON')
          this.at++
          this.state = 'key-or-end'
          break
        case 'key-or-end':
        case 'key': {
          if (c === '}' && this.state === 'key-or-end') {
            this.at++
            this.state = 'done'
            break
          }
          if (c !== '"') throw new BackupSyntaxError('expected a field name')
          const end = valueEnd(s, i, final)
          if (end < 0) return this.incomplete(out)
          this.key = JSON.parse(s.slice(i, end)) as string
          this.at = end
          this.state = 'colon'
          break
        }
        case 'colon':
          if (c !== ':') throw new BackupSyntaxError(`expected ':' after "${this.key}"`)
          this.at++
          this.state = 'value'
          break
        case 'value': {
          const list = (LIST_FIELDS as readonly string[]).includes(this.key) ? (this.key as ListField) : null
          if (list && c === '[') {
            this.list = list
            this.index = 0
            this.at++
            this.state = 'row-or-end'
            out.push({ kind: 'list', key: list })
            break
          }
          const end = this.bounded(i, valueEnd(s, i, final))
          if (end < 0) return this.incomplete(out)
          out.push({ kind: 'field', key: this.key, value: parse(s.slice(i, end), this.key) })
          this.at = end
          this.state = 'after-field'
          break
        }
        case 'row-or-end':
        case 'row': {
          if (c === ']' && this.state === 'row-or-end') {
            this.at++
            this.state = 'after-field'
            break
          }
          const end = this.bounded(i, valueEnd(s, i, final))
          if (end < 0) return this.incomplete(out)
          const where = `${this.list}[${this.index}]`
          out.push({ kind: 'row', key: this.list!, index: this.index++, value: parse(s.slice(i, end), where) })
          this.at = end
          this.state = 'after-row'
          break
        }
        case 'after-row':
          if (c === ',') this.state = 'row'
          else if (c === ']') this.state = 'after-field'
          else throw new BackupSyntaxError(`expected ',' or ']' after ${this.list}[${this.index - 1}]`)
          this.at++
          break
        case 'after-field':
          if (c === ',') this.state = 'key'
          else if (c === '}') this.state = 'done'
          else throw new BackupSyntaxError(`expected ',' or '}' after "${this.key}"`)
          this.at++
          break
        case 'done':
          throw new BackupSyntaxError('text after the end of the backup')
      }
    }
  }

  /** A whole value, found between `start` and `end`, is bounded too. */
  private bounded(start: number, end: number): number {
    if (end - start > MAX_VALUE_CHARS) throw new BackupSyntaxError(`a value of "${this.list ?? this.key}" is too long`)
    return end
  }

  /** The value at `this.at` continues in the next piece; bounded, so a hostile file can't grow it. */
  private incomplete(out: BackupItem[]): BackupItem[] {
    if (this.buf.length - this.at > MAX_VALUE_CHARS) throw new BackupSyntaxError(`a value of "${this.list ?? this.key}" is too long`)
    return out
  }
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new BackupSyntaxError(`${where} is not valid JSON`)
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/**
 * End (exclusive) of the JSON value starting at `i`, or -1 when `s` stops before it does. Only
 * finds the end; JSON.parse then checks the value. Strings are skipped with indexOf.
 */
function valueEnd(s: string, i: number, final: boolean): number {
  const c = s[i]
  if (c === '"') return stringEnd(s, i)
  if (c === '{' || c === '[') {
    let depth = 0
    for (let j = i; j < s.length; j++) {
      const d = s[j]
      if (d === '"') {
        const e = stringEnd(s, j)
        if (e < 0) return -1
        j = e - 1
      } else if (d === '{' || d === '[') depth++
      else if (d === '}' || d === ']') {
        if (--depth === 0) return j + 1
      }
    }
    return -1
  }
  // A number, true, false or null: up to the next delimiter.
  for (let j = i; j < s.length; j++) {
    const d = s[j]
    if (d === ',' || d === '}' || d === ']' || isSpace(d.charCodeAt(0))) return j
  }
  return final ? s.length : -1
}

function stringEnd(s: string, i: number): number {
  let j = i + 1
  for (;;) {
    const q = s.indexOf('"', j)
    if (q < 0) return -1
    let backslashes = 0
    for (let k = q - 1; k > i && s[k] === '\\'; k--) backslashes++
    if (backslashes % 2 === 0) return q + 1
    j = q + 1
  }
}
