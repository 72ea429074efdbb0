/** The three lists with their counts; the quiet "pending" and "done" lists live in QuietLists. */
import type { ContactList } from '../store/types'
import { t } from '../ui/i18n'

export type Tab = ContactList
export const TABS: Array<{ id: Exclude<Tab, 'pending' | 'cleared'>; label: string }> = [
  { id: 'remove', label: 'tab_remove' },
  { id: 'retry', label: 'tab_retry' },
  { id: 'sending', label: 'tab_sending' },
]

/** The element the tabs control (App.tsx): the list, its hints and its empty state. */
export const PANEL_ID = 'list-panel'

/** WAI-ARIA tabs pattern: one tab in the Tab order (the selected one), arrows, Home and End move and select. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
}

export function Tabs(props: { current: Tab; counts: Partial<Record<ContactList, number>> | undefined; onSelect: (tab: Tab) => void }) {
  // A quiet list (Pending, Done) is open: no tab is selected, the first one stays reachable.
  const focusable = TABS.some((tab) => tab.id === props.current) ? props.current : TABS[0].id
  const onKey = (e: KeyboardEvent) => {
    const move = MOVES[e.key]
    if (!move) return
    e.preventDefault()
    const next = TABS[move(TABS.findIndex((tab) => tab.id === focusable), TABS.length)].id
    props.onSelect(next)
    ;(e.currentTarget as HTMLElement).ownerDocument.getElementById(`tab-${next}`)?.focus()
  }
  return (
    <div class="tabs" role="tablist" onKeyDown={onKey}>
      {TABS.map(({ id, label }) => (
        <button
          key={id}
          role="tab"
          id={`tab-${id}`}
          class={`tab tab-${id}`}
          aria-selected={props.current === id}
          aria-controls={PANEL_ID}
          tabIndex={focusable === id ? 0 : -1}
          onClick={() => props.onSelect(id)}
        >
          <span class="tab-label">{t(label)}</span>
          <span class="tab-count" data-testid={`count-${id}`}>{props.counts?.[id] ?? ''}</span>
        </button>
      ))}
    </div>
  )
}

/**
 * Delays are not failures (issue 3), and contacts the user dealt with are done: one quiet line each,
 * which opens that list (and, clicked again, goes back to Remove).
 */
export function QuietLists(props: { counts: Partial<Record<ContactList, number>> | undefined; current: Tab; onSelect: (tab: Tab) => void }) {
  const notes = [
    { id: 'pending' as const, key: 'pending_note' },
    { id: 'cleared' as const, key: 'cleared_note' },
  ].filter(({ id }) => (props.counts?.[id] ?? 0) > 0 || props.current === id)
  if (!notes.length) return null
  return (
    <div class="quiet-lists">
      {notes.map(({ id, key }) => (
        <button
          key={id}
          class={`quiet-note${props.current === id ? ' active' : ''}`}
          data-testid={`${id}-note`}
          onClick={() => props.onSelect(props.current === id ? 'remove' : id)}
        >
          {t(key, props.counts?.[id] ?? 0)}
        </button>
      ))}
    </div>
  )
}
