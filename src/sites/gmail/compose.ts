/**
 * Gmail's compose markup (compose window, full-screen compose, inline reply), as tables, and the small
 * readers over them. Recipients are found by the address their chip carries in an attribute, the
 * part of the markup that has changed least; classes are only fallbacks. Evidence:
 * shared/GMAIL-FORMATS.md ("The compose window"); InboxSDK's compose parser
 * (gmail-compose-view/page-parser.ts getRecipientChips, get-recipients.ts, set-recipients.ts) and
 * gmail.js (api.dom.compose.recipients, is_peoplekit_compose).
 * - Current markup (Gmail's 2021 compose redesign): each field is `div.anm[name=to|cc|bcc]` holding a
 *   `[role=listbox]` of `div[role=option][data-name][data-hovercard-id="<address>"]` chips; each chip has
 *   a remove button `div.afX[aria-label]`; typing goes into `input[role=combobox]` (inline replies wrap
 *   the field in `div.aUy`).
 * - Older markup: a `tr` per field in `table.GS`, each chip a `div.vR` holding `span.vN[email]`, a
 *   remove button `div.vM` and `input[type=hidden][name=to|cc|bcc]` whose value is "Name <address>"
 *   (Gmail sends what those inputs hold), typing into `textarea.vO[name=to]`.
 * Everything here reads; nothing throws on markup it does not know (it finds nothing).
 */

import { cleanAddress, FIELDS, type RecipientChip, type RecipientField } from '../recipients'

export { cleanAddress, type RecipientChip, type RecipientField }

/** Chips, most specific first; each is also found when Gmail drops one of the classes. */
export const CHIPS = [
  '[role="option"][data-hovercard-id]',
  'div[data-name][data-hovercard-id]',
  '.afV[data-hovercard-id]',
  '.vR',
].join(', ')

/** The field a chip sits in (its name attribute says which), current then older markup. */
export const FIELD_CONTAINERS = ['.anm[name]', 'div[name="to"], div[name="cc"], div[name="bcc"]', 'tr']

/** The recipients block of one compose (all three kinds): warnings go right after it. */
export const RECIPIENTS_BLOCK = 'table.GS'

/** Inside a chip: the address in an attribute, in order of trust. */
const ADDRESS_ATTRS: [selector: string | null, attr: string][] = [
  [null, 'data-hovercard-id'],
  ['[data-hovercard-id]', 'data-hovercard-id'],
  ['span[email]', 'email'],
  ['[email]', 'email'],
]
const HIDDEN_INPUT = 'input[type="hidden"][name]'

/** Gmail's own remove button on a chip (current, then older markup). */
export const CHIP_REMOVE = ['.afX[aria-label]', '[role="button"][aria-label].afX', '.vM']

/** Any element whose appearance or change may mean recipients changed (for the page observer). */
export const RECIPIENT_AREA = [CHIPS, '.anm[name]', 'table.GS', 'textarea.vO', 'input[role="combobox"]'].join(', ')
/** Attributes that carry an address: a chip edited in place changes one of them. */
export const ADDRESS_ATTRIBUTES = ['data-hovercard-id', 'email', 'value']

function fieldOf(chip: Element, hidden: Element | null): { field: RecipientField; container: Element } | null {
  const fromInput = hidden?.getAttribute('name')
  for (const sel of FIELD_CONTAINERS) {
    const container = chip.closest(sel)
    if (!container) continue
    const name = (fromInput ?? container.getAttribute('name') ?? '').toLowerCase()
    if ((FIELDS as readonly string[]).includes(name)) return { field: name as RecipientField, container }
    // A table row of the older markup names its field only through the inputs inside it.
    const input = container.querySelector(FIELD_INPUT)
    const inputName = input?.getAttribute('name')?.toLowerCase() ?? ''
    if ((FIELDS as readonly string[]).includes(inputName)) return { field: inputName as RecipientField, container }
  }
  return null
}
const FIELD_INPUT = 'textarea[name], input[name]'

export function readChip(chip: Element): RecipientChip | null {
  const hidden = chip.querySelector(HIDDEN_INPUT)
  const located = fieldOf(chip, hidden)
  if (!located) return null
  let address = ''
  for (const [sel, attr] of ADDRESS_ATTRS) {
    const el = sel ? chip.querySelector(sel) : chip
    address = cleanAddress(el?.getAttribute(attr))
    if (address) break
  }
  if (!address && hidden instanceof HTMLInputElement) address = cleanAddress(hidden.value || hidden.getAttribute('value'))
  if (!address) return null
  // After the recipients table; without it, after the field (a table row's own table, not the row).
  const anchor = chip.closest(RECIPIENTS_BLOCK) ?? (located.container.tagName === 'TR' ? located.container.closest('table') : null) ?? located.container
  return { address, field: located.field, chip, anchor }
}

/** Every recipient chip in the page's open composes; unknown markup gives []. */
export function findRecipients(root: ParentNode): RecipientChip[] {
  const out: RecipientChip[] = []
  for (const chip of root.querySelectorAll(CHIPS)) {
    // A chip of the current markup may contain another matching element: take the outermost.
    if (chip.parentElement?.closest(CHIPS)) continue
    const r = readChip(chip)
    if (r) out.push(r)
  }
  return out
}

export function removeButtonOf(chip: Element): HTMLElement | null {
  for (const sel of CHIP_REMOVE) {
    const b = chip.querySelector(sel)
    if (b instanceof HTMLElement) return b
  }
  return null
}

/** In the older markup the chip's hidden input is what Gmail sends: taking the chip out is real. */
export function chipIsFormData(chip: Element): boolean {
  return chip.querySelector(HIDDEN_INPUT) !== null
}
