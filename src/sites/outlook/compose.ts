/**
 * Outlook on the web's compose markup (new message, reply or forward in the reading pane, popped-out
 * compose), as tables, and the small readers over them. Outlook's class names are generated, so
 * this leans on ids, roles and ARIA; the one class used, `_EType_RECIPIENT_ENTITY`, is not generated:
 * it is the entity class of Outlook's editor (roosterjs: `_Entity _EType_<type> _EReadonly_1`).
 * Evidence (public code read in December 2026; no Microsoft documentation describes this markup):
 * - a DLP extension's Outlook adapter, "verified live on outlook.live.com (2026-10-07)": each of To, Cc,
 *   Bcc is an element with role="group" and an id ending in `_TO` / `_CC` / `_BCC` (`MSG_<draft>_TO`:
 *   the prefix is per compose, the suffix does not depend on the UI language); a resolved recipient is
 *   a chip of class `_EType_RECIPIENT_ENTITY` whose aria-label is the address even when its visible
 *   text is a display name; a typed address not yet resolved is plain text in the field;
 * - a Playwright fixture of OWA's compose (a send-automation tool's tests): inside each group a
 *   `div[contenteditable=true][aria-label="To"]` editor holding `span._Entity._EType_RECIPIENT_ENTITY
 *   ._EReadonly_1[contenteditable=false]` pills between zero-width spaces; aria-label the address or
 *   "Name <address>"; the visible name in a `span.textContainer-…`;
 * - Playwright/automation scripts for OWA (`[aria-label="To"][contenteditable="true"]` in English, the
 *   label translated elsewhere, e.g. "收件者"), a DOM study of compose/reply/forward snapshots (pills as
 *   `span[data-lpc-hover-target-id]`; Subject `input[id=MSG_<draft>_SUBJECT]`), and an extension that
 *   counts recipients by chips with a `title` holding the address.
 * Thin evidence, said plainly: the pill's own remove control. The fixture shows an aria-hidden remove
 * glyph inside the pill; Outlook's Fluent UI buttons are labelled ("Remove …") or carry a Fluent icon
 * (`data-icon-name="Cancel"`). Only such a button inside the pill is used; without one, Rebound offers
 * Keep only and never edits the field itself. Everything here reads; nothing throws on markup it does
 * not know (it finds nothing).
 */
import { cleanAddress, type RecipientChip, type RecipientField } from '../recipients'

/** A field's group by the language-independent id suffix, then its editor by English label (fallback). */
const FIELD_SELECTORS: [RecipientField, string][] = [
  ['to', '[role="group"][id$="_TO"], [contenteditable="true"][aria-label="To"]'],
  ['cc', '[role="group"][id$="_CC"], [contenteditable="true"][aria-label="Cc"]'],
  ['bcc', '[role="group"][id$="_BCC"], [contenteditable="true"][aria-label="Bcc"]'],
]
const GROUP = '[role="group"]'
const FIELD_SUFFIX = /_(TO|CC|BCC)$/
/** The editable part of a field (inside its group). */
const EDITOR = '[contenteditable="true"]'

/** Recipient pills, most specific first. */
export const PILLS = ['._EType_RECIPIENT_ENTITY', '[data-lpc-hover-target-id]', '[contenteditable="false"][aria-label*="@"]'].join(', ')

/** Inside a pill: an element whose attribute may hold the address. */
const ADDRESS_HOLDERS: [selector: string | null, attr: string][] = [
  [null, 'aria-label'],
  [null, 'title'],
  ['[title*="@"]', 'title'],
  ['[aria-label*="@"]', 'aria-label'],
]

/** Outlook's own remove control inside a pill (see the header: thin evidence). */
const PILL_REMOVE = ['button[aria-label^="Remove"]', '[role="button"][aria-label^="Remove"]', 'button[title^="Remove"]']
const REMOVE_ICON = '[data-icon-name="Cancel"], [data-icon-name="Dismiss"]'
const BUTTON = 'button, [role="button"]'

/** Any element whose appearance or change may mean recipients changed (for the page observer). */
export const RECIPIENT_AREA = [...FIELD_SELECTORS.map(([, s]) => s), PILLS].join(', ')
/** Attributes that carry an address: a pill resolved in place changes one of them. */
export const ADDRESS_ATTRIBUTES = ['aria-label', 'title']

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g

/** The address in an attribute or text: the whole of it, "Name <address>", or its one address-shaped word. */
export function addressIn(text: string | null | undefined): string {
  if (!text) return ''
  const clean = text.replace(ZERO_WIDTH, '')
  const whole = cleanAddress(clean)
  if (whole) return whole
  const found = new Set(clean.split(/[\s,;<>()]+/).map(cleanAddress).filter(Boolean))
  return found.size === 1 ? [...found][0] : ''
}

export function readPill(pill: Element): string {
  for (const [sel, attr] of ADDRESS_HOLDERS) {
    const el = sel ? pill.querySelector(sel) : pill
    const address = addressIn(el?.getAttribute(attr))
    if (address) return address
  }
  // Some pills show the address itself.
  return addressIn(pill.textContent)
}

/** Addresses typed into a field and not yet made into a pill: its text outside pills. */
export function typedAddresses(editor: Element): string[] {
  const doc = editor.ownerDocument
  const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
  let text = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(PILLS)) continue
    text += ` ${node.nodeValue ?? ''}`
  }
  return [...new Set(text.replace(ZERO_WIDTH, '').split(/[\s,;]+/).map(cleanAddress).filter(Boolean))]
}

interface Field {
  field: RecipientField
  /** The field's group, or its editor when there is no group. */
  well: Element
  editor: Element
}

function fields(root: ParentNode): Field[] {
  const out: Field[] = []
  const seen = new Set<Element>()
  for (const [field, selector] of FIELD_SELECTORS) {
    for (const el of root.querySelectorAll(selector)) {
      // A field's group holds its editor: take the group; an editor inside a group already taken is skipped.
      const group = el.matches(GROUP) ? el : el.closest(GROUP)
      const well = group && FIELD_SUFFIX.test(group.id) ? group : el
      if (seen.has(well)) continue
      const editor = el.matches(EDITOR) ? el : el.querySelector(EDITOR)
      if (!editor) continue
      seen.add(well)
      out.push({ field, well, editor })
    }
  }
  return out
}

/** The element a compose's warning goes after: its To field's group (ids share the compose's prefix). */
function anchorOf(f: Field, all: Field[]): Element {
  if (f.field === 'to') return f.well
  const id = f.well.id
  const suffix = `_${f.field.toUpperCase()}`
  if (id.endsWith(suffix)) {
    const to = all.find((o) => o.field === 'to' && o.well.id === `${id.slice(0, -suffix.length)}_TO`)
    if (to) return to.well
  }
  // No ids to pair by: the To field of the smallest container holding both.
  for (let up = f.well.parentElement; up; up = up.parentElement) {
    const to = all.find((o) => o.field === 'to' && up.contains(o.well))
    if (to) return to.well
  }
  return f.well
}

/** Every recipient in the page's open composes: pills first, then typed text; unknown markup gives []. */
export function findRecipients(root: ParentNode): RecipientChip[] {
  const out: RecipientChip[] = []
  const all = fields(root)
  for (const f of all) {
    const anchor = anchorOf(f, all)
    for (const pill of f.editor.querySelectorAll(PILLS)) {
      // A pill may hold another matching element: take the outermost.
      if (pill.parentElement?.closest(PILLS)) continue
      const address = readPill(pill)
      if (address) out.push({ address, field: f.field, chip: pill, anchor })
    }
    for (const address of typedAddresses(f.editor)) out.push({ address, field: f.field, chip: f.editor, anchor })
  }
  return out
}

/** Outlook's own remove control of a pill, or null (typed text, or no control Rebound recognises). */
export function removeControlOf(pill: Element): HTMLElement | null {
  if (!pill.matches(PILLS)) return null
  for (const sel of PILL_REMOVE) {
    const b = pill.querySelector(sel)
    if (b instanceof HTMLElement) return b
  }
  const icon = pill.querySelector(REMOVE_ICON)
  const b = icon?.closest(BUTTON)
  return b instanceof HTMLElement && pill.contains(b) && b !== pill ? b : null
}
