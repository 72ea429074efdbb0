/**
 * The small dismissible note Rebound puts at the top of an open notice. Built with DOM calls and
 * textContent only: the lines carry text from the notice (addresses, reasons), which is hostile input
 * and must never be parsed as HTML. Inline styles, so the page's CSS cannot hide or restyle it much.
 */
import { t } from '../../ui/i18n'

export const BANNER_CLASS = 'rebound-banner'

export function buildBanner(doc: Document, lines: string[], onDismiss?: () => void): HTMLElement {
  const box = doc.createElement('div')
  box.className = BANNER_CLASS
  box.setAttribute('role', 'status')
  Object.assign(box.style, {
    display: 'flex', alignItems: 'flex-start', gap: '8px', margin: '8px 0', padding: '8px 12px',
    border: '1px solid #f3c98b', borderRadius: '8px', background: '#fff8e6', color: '#3c2a00',
    font: '13px/1.4 system-ui, sans-serif',
  } satisfies Partial<CSSStyleDeclaration>)

  const body = doc.createElement('div')
  body.style.flex = '1'
  const title = doc.createElement('strong')
  title.textContent = t('banner_title')
  body.append(title)
  for (const line of lines) {
    const p = doc.createElement('div')
    p.className = `${BANNER_CLASS}-line`
    p.textContent = line
    body.append(p)
  }

  const close = doc.createElement('button')
  close.type = 'button'
  close.className = `${BANNER_CLASS}-dismiss`
  close.textContent = '×'
  close.title = t('banner_dismiss')
  close.setAttribute('aria-label', t('banner_dismiss'))
  Object.assign(close.style, { border: '0', background: 'transparent', cursor: 'pointer', font: '16px/1 system-ui, sans-serif', color: 'inherit' })
  close.addEventListener('click', () => {
    box.remove()
    onDismiss?.()
  })

  box.append(body, close)
  return box
}
