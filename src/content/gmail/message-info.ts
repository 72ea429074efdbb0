/** What Rebound reads from one open message element: its id, sender, subject and body text. */
import { hexToDecimal } from '../../sites/gmail/atom'
import { mayBeNotice, neverNotice } from '../../sites/notices/pick'
import { BODY_MARKERS } from '../../sites/notices/tables'
import { BODY, first, SENDER, SUBJECT } from '../../sites/gmail/selectors'

export interface OpenMessage {
  /** msg-f id in decimal. */
  id: string
  fromEmail: string
  fromName: string
  subject: string
  bodyText: string
}

/** Only the top of the body is looked at for markers: a notice says what it is first. */
const BODY_PREFIX = 4000

/** `data-message-id="#msg-f:<decimal>"` (newer markup), else the hex `data-legacy-message-id`. */
export function messageIdOf(el: Element): string {
  const modern = el.getAttribute('data-message-id') ?? ''
  const at = modern.indexOf('msg-f:')
  if (at >= 0) {
    const dec = modern.slice(at + 6)
    if (/^\d{1,20}$/.test(dec)) return dec
  }
  return hexToDecimal(el.getAttribute('data-legacy-message-id') ?? '')
}

export function readOpenMessage(el: Element, doc: Document): OpenMessage | null {
  const id = messageIdOf(el)
  if (!id) return null
  const sender = first(el, SENDER)
  return {
    id,
    fromEmail: sender?.getAttribute('email') ?? '',
    fromName: sender?.getAttribute('name') ?? sender?.textContent ?? '',
    subject: first(doc, SUBJECT)?.textContent?.trim() ?? '',
    bodyText: (first(el, BODY)?.textContent ?? '').slice(0, BODY_PREFIX),
  }
}

export function isNotice(m: OpenMessage): boolean {
  const candidate = { subject: m.subject, fromEmail: m.fromEmail, fromName: m.fromName }
  if (mayBeNotice(candidate)) return true
  return !neverNotice(candidate) && BODY_MARKERS.some((marker) => m.bodyText.includes(marker))
}
