/**
 * The compose guard (issue 11, part 1), for every site: in every open compose, recipients the store
 * knows as dead, at a dead domain, or not yet due for retry get a warning beside the recipients. What
 * differs between webmails (where composes and their recipients are, where the note goes, how a
 * recipient is taken out) is the site's ComposeSite (src/content/gmail/compose-guard.ts,
 * src/content/outlook/compose-guard.ts, over src/sites/<site>/compose.ts); the rest is here: watching
 * the page, asking the worker (debounced, retried), the answers and the note. The page is only read;
 * the only change Rebound makes to a compose is the user's own "Remove recipient" click, done through
 * the site's own remove control. Any failure leaves compose as it was: errors stay here.
 */
import type { ComposeWarning } from '../../store/compose-warnings'
import type { RecipientChip } from '../../sites/recipients'
import { contextGone, send } from './send'
import { buildWarningBox, WARNING_CLASS, type WarningLine } from './compose-warning'
import { ComposeAnswers } from './compose-answers'

/** What the guard needs to know of one webmail's compose markup. */
export interface ComposeSite {
  /** Every recipient in the page's open composes; unknown markup gives []. */
  findRecipients(root: ParentNode): RecipientChip[]
  /** Any element whose appearance or change may mean recipients changed (for the page observer). */
  recipientArea: string
  /** Attributes that carry an address: a chip edited in place changes one of them. */
  addressAttributes: string[]
  /** Also watch text edits: recipients typed and not yet made into a chip count. */
  watchText?: boolean
  /** The site's own way to take this chip out, or null when Rebound cannot do it safely (only Keep is offered). */
  remover(chip: Element): (() => void) | null
}

/** Wait for a burst of chip changes (a paste adds several) to settle, but never longer than MAX_WAIT_MS. */
const DEBOUNCE_MS = 40
const MAX_WAIT_MS = 150
/** After a failed request: ask again this much later, at most this many times in a row. */
const RETRY_MS = 1000
const MAX_RETRIES = 3
/** The worker refuses more (src/background/validate.ts). */
const MAX_ADDRESSES = 100

export type AskWorker = (addresses: string[]) => Promise<{ enabled: boolean; warnings: ComposeWarning[] }>

const askWorker: AskWorker = (addresses) => send('composeWarnings', { addresses })

/** A mutation that may have changed recipients (not one of ours, not elsewhere in the page). */
function relevant(record: MutationRecord, area: string): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement
  if (!target || target.closest(`.${WARNING_CLASS}`)) return false
  if (target.closest(area)) return true
  if (record.type !== 'childList') return false
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (!(node instanceof Element) || node.classList.contains(WARNING_CLASS)) continue
      if (node.matches(area) || node.querySelector(area)) return true
    }
  }
  return false
}

/** A user's click on a page's own button: webmails may act on mousedown or mouseup rather than click (InboxSDK simulates all three). */
export function pressButton(el: HTMLElement): void {
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }))
}

export function guardCompose(doc: Document, signal: AbortSignal, site: ComposeSite, ask: AskWorker = askWorker): void {
  const answers = new ComposeAnswers()
  let failures = 0
  const kept = new WeakMap<Element, Set<string>>()
  const boxes = new Map<Element, { box: HTMLElement; signature: string }>()

  const removeRecipient = (chips: RecipientChip[]) => {
    for (const { chip } of chips) {
      if (chip.isConnected) site.remover(chip)?.()
    }
    schedule()
  }

  const render = (groups: Map<Element, RecipientChip[]>) => {
    for (const [anchor, chips] of groups) {
      const keep = kept.get(anchor)
      const lines: WarningLine[] = []
      const seen = new Set<string>()
      for (const r of chips) {
        const w = answers.warningFor(r.address)
        if (!w || seen.has(r.address) || keep?.has(r.address)) continue
        seen.add(r.address)
        const same = chips.filter((c) => c.address === r.address)
        const removable = same.some((c) => site.remover(c.chip) !== null)
        lines.push({
          warning: w,
          onRemove: removable ? () => removeRecipient(same) : undefined,
          onKeep: () => {
            if (!kept.has(anchor)) kept.set(anchor, new Set())
            kept.get(anchor)!.add(r.address)
            schedule()
          },
        })
      }
      const current = boxes.get(anchor)
      const signature = lines.map((l) => `${l.warning.address}|${l.warning.kind}|${l.warning.date}|${l.onRemove ? 1 : 0}`).join(',')
      if (!lines.length) {
        current?.box.remove()
        boxes.delete(anchor)
        continue
      }
      if (current && current.signature === signature && current.box.isConnected && current.box.previousElementSibling === anchor) continue
      current?.box.remove()
      const box = buildWarningBox(doc, lines)
      anchor.after(box)
      boxes.set(anchor, { box, signature })
    }
    // A compose closed, or left with no recipient to warn about.
    for (const [anchor, { box }] of boxes) {
      if (groups.has(anchor)) continue
      box.remove()
      boxes.delete(anchor)
    }
  }

  /** Recipients by compose (the element their warning goes after). */
  const currentGroups = () => {
    const groups = new Map<Element, RecipientChip[]>()
    for (const r of site.findRecipients(doc)) {
      const g = groups.get(r.anchor)
      if (g) g.push(r)
      else groups.set(r.anchor, [r])
    }
    return groups
  }

  const scan = () => {
    const groups = currentGroups()
    // Warnings already known show (or clear) at once; addresses without a fresh answer are asked about.
    render(groups)
    const addresses = [...new Set([...groups.values()].flat().map((r) => r.address))]
    const batch = answers.toAsk(addresses, Date.now()).slice(0, MAX_ADDRESSES)
    if (!batch.length) return
    answers.begin(batch)
    ask(batch).then(
      (answer) => {
        if (signal.aborted) return
        failures = 0
        answers.settle(batch, answer, Date.now())
        // More than MAX_ADDRESSES recipients: the next batch.
        if (addresses.length > batch.length) schedule()
        safe(() => render(currentGroups()))
      },
      (e: unknown) => {
        answers.fail(batch)
        // An updated or removed extension stays quiet; otherwise (a worker starting up, say) ask
        // again a little later, a few times, and at every later change.
        if (contextGone(e)) return
        console.warn('Rebound: compose guard could not ask the worker', e)
        if (failures++ < MAX_RETRIES) setTimeout(schedule, RETRY_MS)
      },
    )
  }

  const safe = (fn: () => void) => {
    try {
      fn()
    } catch (e) {
      console.warn('Rebound: compose guard stopped on this change', e)
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  let firstAt = 0
  const run = () => {
    timer = undefined
    firstAt = 0
    safe(scan)
  }
  function schedule() {
    const now = Date.now()
    if (!firstAt) firstAt = now
    clearTimeout(timer)
    timer = setTimeout(run, Math.max(0, Math.min(DEBOUNCE_MS, firstAt + MAX_WAIT_MS - now)))
  }

  const observer = new MutationObserver((records) => {
    try {
      if (records.some((r) => relevant(r, site.recipientArea))) schedule()
    } catch {
      // Never into the page.
    }
  })
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: site.addressAttributes, characterData: site.watchText === true })
  signal.addEventListener('abort', () => {
    observer.disconnect()
    clearTimeout(timer)
    for (const { box } of boxes.values()) box.remove()
    boxes.clear()
  })
  safe(scan)
}
