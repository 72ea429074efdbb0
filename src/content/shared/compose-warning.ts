/**
 * The compose guard's note beside a compose's recipients: one line per recipient to check, each with
 * "Remove recipient" and "Keep". Built with DOM calls and textContent only (addresses come from the
 * page), inline styles so the webmail's CSS leaves it alone. It sends and blocks nothing.
 */
import type { ComposeWarning } from '../../store/compose-warnings'
import { t, uiLanguage } from '../../ui/i18n'
import { REASON_KEYS } from '../../ui/reasons'

export const WARNING_CLASS = 'rebound-compose-warning'

const formats = new Map<string, Intl.DateTimeFormat>()
/** "3 Dec" (or "Dec 3", as the language writes it); the year only when it is not this year's. */
export function shortDate(iso: string, now = new Date(), lang = uiLanguage()): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const withYear = d.getFullYear() !== now.getFullYear()
  const key = `${lang}|${withYear}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(lang, withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' })
    formats.set(key, f)
  }
  return f.format(d)
}

export function warningText(w: ComposeWarning, now = new Date()): string {
  const reason = t(REASON_KEYS[w.reason] ?? 'reason_undefined')
  const date = shortDate(w.date, now)
  if (w.kind === 'domain') return t('compose_line_domain', [w.address, w.domain ?? '', date])
  if (w.kind === 'retry') return t('compose_line_retry', [w.address, reason, date])
  return t('compose_line_remove', [w.address, reason, date])
}

export interface WarningLine {
  warning: ComposeWarning
  /** Absent when Rebound cannot remove this chip safely (unknown markup): only "Keep" is offered. */
  onRemove?: () => void
  onKeep: () => void
}

const BUTTON_STYLE: Partial<CSSStyleDeclaration> = {
  border: '1px solid #b36b00', borderRadius: '4px', background: '#fff', color: '#3c2a00',
  padding: '1px 8px', font: '12px/1.5 system-ui, sans-serif', cursor: 'pointer', marginLeft: '6px',
}

function button(doc: Document, label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button')
  b.type = 'button'
  b.className = className
  b.textContent = label
  Object.assign(b.style, BUTTON_STYLE)
  b.addEventListener('click', (e) => {
    // The webmail's compose listens for clicks too: this one is ours alone.
    e.preventDefault()
    e.stopPropagation()
    onClick()
  })
  return b
}

export function buildWarningBox(doc: Document, lines: WarningLine[], now = new Date()): HTMLElement {
  const box = doc.createElement('div')
  box.className = WARNING_CLASS
  box.setAttribute('role', 'group')
  box.setAttribute('aria-label', t('compose_label'))
  box.setAttribute('aria-live', 'polite')
  Object.assign(box.style, {
    margin: '4px 0', padding: '6px 10px', border: '1px solid #f3c98b', borderRadius: '6px',
    background: '#fff8e6', color: '#3c2a00', font: '13px/1.4 system-ui, sans-serif',
  } satisfies Partial<CSSStyleDeclaration>)
  for (const line of lines) {
    const row = doc.createElement('div')
    row.className = `${WARNING_CLASS}-line`
    row.dataset.address = line.warning.address
    Object.assign(row.style, { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: '2px', padding: '2px 0' })
    const text = doc.createElement('span')
    text.className = `${WARNING_CLASS}-text`
    text.style.flex = '1 1 16em'
    text.textContent = warningText(line.warning, now)
    row.append(text)
    if (line.onRemove) row.append(button(doc, t('compose_remove'), `${WARNING_CLASS}-remove`, line.onRemove))
    row.append(button(doc, t('compose_keep'), `${WARNING_CLASS}-keep`, line.onKeep))
    box.append(row)
  }
  return box
}
