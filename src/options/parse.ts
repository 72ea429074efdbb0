/**
 * Turning what the user typed into settings values. Pure and strict: a field either parses to a
 * value or names the message key that explains what to type (the store validates again on save).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

const WHOLE = /^\d{1,4}$/

/** "1, 3, 7" → [1, 3, 7]; spaces, commas or semicolons between whole days from 1 to 365. */
export function parseBackoff(text: string): Parsed<number[]> {
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  const days = parts.map((p) => (WHOLE.test(p) ? Number(p) : NaN))
  if (!parts.length || parts.length > 10 || days.some((d) => !(d >= 1 && d <= 365))) {
    return { ok: false, error: 'options_backoff_error' }
  }
  return { ok: true, value: days }
}

export function parseWhole(text: string, min: number, max: number, error: string): Parsed<number> {
  const s = text.trim()
  const n = WHOLE.test(s) ? Number(s) : NaN
  return n >= min && n <= max ? { ok: true, value: n } : { ok: false, error }
}

/** Gmail's account slots the options page offers: u/0 … u/5 (more than anyone keeps signed in). */
export const ACCOUNT_SLOTS = ['u/0', 'u/1', 'u/2', 'u/3', 'u/4', 'u/5']
