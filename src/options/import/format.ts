/** Sizes and durations for the import panels, in the UI language. */
import { uiLanguage } from '../../ui/i18n'

// French writes octets: "Mo", "Go" (https://fr.wikipedia.org/wiki/Octet).
const UNITS: Record<string, string[]> = { fr: ['o', 'Ko', 'Mo', 'Go'] }

export function formatBytes(n: number, lang = uiLanguage()): string {
  const units = UNITS[lang.slice(0, 2)] ?? ['B', 'KB', 'MB', 'GB']
  let i = 0
  let v = n
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: i >= 2 ? 1 : 0 }).format(v)}\u00a0${units[i]}`
}

export function formatDuration(ms: number): string {
  // No-break spaces: "3 s" must not wrap between the number and its unit.
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s}\u00a0s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}\u00a0min ${String(s % 60).padStart(2, '0')}\u00a0s`
  return `${Math.floor(m / 60)}\u00a0h ${String(m % 60).padStart(2, '0')}\u00a0min`
}
