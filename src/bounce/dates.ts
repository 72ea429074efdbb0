/** Dates as the engine reports them: ISO 8601 in UTC, "" when unreadable. */

const DAY_MS = 86_400_000
/** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: toISOString writes four-digit years between them. */
const FIRST_4_DIGIT_YEAR = -62_167_219_200_000
const PAST_4_DIGIT_YEARS = 253_402_300_800_000

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n

/**
 * `new Date(time).toISOString()` for a finite time value, written out by hand: V8's toISOString
 * costs ~0.5 µs (more than Date.parse) and runs several times per notice. Civil date from the
 * day count after Howard Hinnant's days_from_civil inverse (http://howardhinnant.github.io/date_algorithms.html).
 */
export function isoOfTime(time: number): string {
  if (!(time >= FIRST_4_DIGIT_YEAR && time < PAST_4_DIGIT_YEARS)) return new Date(time).toISOString()
  time = Math.trunc(time) // as the Date constructor's TimeClip does (Date.parse's values are whole already)
  const days = Math.floor(time / DAY_MS)
  let ms = time - days * DAY_MS
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const hours = Math.floor(ms / 3_600_000)
  ms -= hours * 3_600_000
  const minutes = Math.floor(ms / 60_000)
  ms -= minutes * 60_000
  const seconds = Math.floor(ms / 1000)
  ms -= seconds * 1000
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${String(ms).padStart(3, '0')}Z`
}

const SPACE = /\s/

/**
 * `value.replace(/\s*\([^)]*\)\s*$/, '')` in one linear pass: that pattern retried from every "("
 * (and every space before one) to the end, quadratic on a hostile 64 KB "( ( ( (" Date value.
 * The comment is the last ")" (before trailing white space) back to the first "(" after the ")"
 * before it, with the white space in front of that "(".
 */
export function withoutTrailingComment(value: string): string {
  const end = value.trimEnd().length
  if (end === 0 || value[end - 1] !== ')') return value
  const open = value.indexOf('(', value.lastIndexOf(')', end - 2) + 1)
  if (open < 0 || open >= end - 1) return value
  let start = open
  while (start > 0 && SPACE.test(value[start - 1])) start--
  return value.slice(0, start)
}

/** A header's date ("Thu, 29 Apr 2010 23:34:45 +0900 (JST)": a trailing comment is dropped) as ISO; "" when unreadable. */
export function isoDate(value: string): string {
  if (!value) return ''
  const t = Date.parse(withoutTrailingComment(value))
  return Number.isNaN(t) ? '' : isoOfTime(t)
}
