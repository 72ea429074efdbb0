/** What Rebound reads from Outlook's reading pane: rendered text only (no raw source is offered). */
import { BODY, first, SENDER, SUBJECT } from '../../sites/outlook/selectors'

export interface OutlookMessage {
  /** Outlook's item id from the URL (/mail/inbox/id/<id>), else a digest of subject and text. */
  id: string
  subject: string
  fromEmail: string
  fromName: string
  text: string
  body: Element
}

/** The engine reads at most 256 KB of rendered text; no need to copy more out of the page. */
const MAX_TEXT = 256 * 1024

/** Outlook's item id from the URL (/mail/inbox/id/<id>), "" when the URL has none. */
export function itemIdFromPath(pathname: string): string {
  const at = pathname.indexOf('/id/')
  if (at < 0) return ''
  const raw = pathname.slice(at + 4).split('/')[0]
  try {
    return decodeURIComponent(raw).slice(0, 250)
  } catch {
    return raw.slice(0, 250)
  }
}

/** FNV-1a over the text: stable across visits, so the same message is stored once. */
export function digest(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

function addressIn(s: string): string {
  const lt = s.lastIndexOf('<')
  const inner = lt >= 0 ? s.slice(lt + 1, s.indexOf('>', lt) < 0 ? undefined : s.indexOf('>', lt)) : s
  return inner.includes('@') ? inner.trim() : ''
}

export function readOutlookMessage(doc: Document, pathname: string): OutlookMessage | null {
  const body = first(doc, BODY)
  if (!body) return null
  const text = ((body as HTMLElement).innerText ?? body.textContent ?? '').slice(0, MAX_TEXT)
  const subject = first(doc, SUBJECT)?.textContent?.trim() ?? ''
  const sender = first(doc, SENDER)
  const title = sender?.getAttribute('title') ?? ''
  const fromEmail = addressIn(title) || addressIn(sender?.textContent ?? '')
  const fromName = (sender?.textContent ?? '').trim()
  const id = itemIdFromPath(pathname) || `text-${digest(`${subject}\n${text.slice(0, 4000)}`)}`
  return { id, subject, fromEmail, fromName, text, body }
}
