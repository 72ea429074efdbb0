/**
 * Reads Gmail's unread-inbox Atom feed (`/mail/u/<N>/feed/atom`), Atom 0.3 in namespace
 * http://purl.org/atom/ns# (shape: shared/GMAIL-FORMATS.md). Atom 1.0 is accepted too in case Gmail
 * moves to it. Anything else (a sign-in page, an error page) is reported as "not a feed".
 */
import { child, childText, parseXml, XmlError, type XmlElement } from './xml-lite'

export const ATOM_03_NS = 'http://purl.org/atom/ns#'
export const ATOM_10_NS = 'http://www.w3.org/2005/Atom'

export interface FeedEntry {
  /** Gmail's message id in decimal (the `msg-f` id), "" if the entry has none we can read. */
  id: string
  subject: string
  summary: string
  authorName: string
  authorEmail: string
  /** ISO time the message arrived ("" when missing). */
  issued: string
}

export interface Feed {
  /** Mailbox address from the title "Gmail - Inbox for someone@example.com" ("" if absent). */
  mailbox: string
  /** Unread count; may exceed entries.length (the feed lists about 20 at most). */
  fullcount: number
  entries: FeedEntry[]
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; error: string }

/** Feeds list ~20 entries; more than this is not Gmail's feed and is cut to bound the work. */
const MAX_ENTRIES = 200

const TAG_PREFIX = 'tag:gmail.google.com,2004:'

function isDecimal(s: string): boolean {
  if (!s || s.length > 20) return false
  for (const c of s) if (c < '0' || c > '9') return false
  return true
}

function isHex(s: string): boolean {
  if (!s || s.length > 16) return false
  for (const c of s.toLowerCase()) if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false
  return true
}

/** The link's `message_id` is the same id in hex (0x148be85043165b13 = 1480532333941906195). */
export function hexToDecimal(hex: string): string {
  return isHex(hex) ? BigInt(`0x${hex}`).toString(10) : ''
}

function messageIdFromLink(href: string): string {
  const at = href.indexOf('message_id=')
  if (at < 0) return ''
  const rest = href.slice(at + 'message_id='.length)
  const amp = rest.indexOf('&')
  return hexToDecimal(amp < 0 ? rest : rest.slice(0, amp))
}

function readEntry(el: XmlElement, ns: string): FeedEntry {
  const tag = childText(el, 'id', ns)
  let id = tag.startsWith(TAG_PREFIX) ? tag.slice(TAG_PREFIX.length) : ''
  if (!isDecimal(id)) id = messageIdFromLink(child(el, 'link', ns)?.attrs.href ?? '')
  const author = child(el, 'author', ns)
  return {
    id,
    subject: childText(el, 'title', ns),
    summary: childText(el, 'summary', ns),
    authorName: author ? childText(author, 'name', ns) : '',
    authorEmail: author ? childText(author, 'email', ns) : '',
    issued: childText(el, 'issued', ns) || childText(el, 'modified', ns) || childText(el, 'updated', ns),
  }
}

export function parseFeed(body: string): FeedResult {
  let root: XmlElement
  try {
    root = parseXml(body)
  } catch (e) {
    return { ok: false, error: e instanceof XmlError ? `not XML: ${e.message}` : String(e) }
  }
  if (root.local !== 'feed' || (root.ns !== ATOM_03_NS && root.ns !== ATOM_10_NS)) {
    return { ok: false, error: `not an Atom feed (root <${root.name}> in "${root.ns}")` }
  }
  const ns = root.ns
  const title = childText(root, 'title', ns)
  const forAt = title.lastIndexOf(' for ')
  const count = Number.parseInt(childText(root, 'fullcount', ns), 10)
  const entries = root.children.filter((c) => c.local === 'entry' && c.ns === ns).slice(0, MAX_ENTRIES).map((e) => readEntry(e, ns))
  return {
    ok: true,
    feed: { mailbox: forAt < 0 ? '' : title.slice(forAt + 5).trim(), fullcount: Number.isFinite(count) ? count : entries.length, entries },
  }
}
