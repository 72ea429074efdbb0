/** ISO 8601 week key ("2026-W48") of an ISO date, in UTC; "" for an unreadable date. */
export function isoWeek(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const d = new Date(t)
  const day = d.getUTCDay() || 7 // Monday = 1 ... Sunday = 7
  // The Thursday of this week decides the ISO year (ISO 8601 §2.2.10).
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day)
  const year = new Date(thursday).getUTCFullYear()
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}
