/** The three lists with their counts; the quiet "pending" and "done" lists live in QuietLists. */
import type { ContactList } from '../store/types'
import { t } from '../ui/i18n'

export type Tab = ContactList
export const TABS: Array<{ id: Exclude<Tab, 'pending' | 'cleared'>; label: string }> = [
  { id: 'remove', label: 'tab_remove' },
  { id: 'retry', label: 'tab_retry' },
  { id: 'sending', label: 'tab_sending' },
]

export function Tabs(props: { current: Tab; counts: Partial<Record<ContactList, number>> | undefined; onSelect: (tab: Tab) => void }) {
  return (
    <nav class="tabs" role="tablist">
      {TABS.map(({ id, label }) => (
        <button
          key={id}
          role="tab"
          id={`tab-${id}`}
          class={`tab tab-${id}`}
          aria-selected={props.current === id}
          onClick={() => props.onSelect(id)}
        >
          <span class="tab-label">{t(label)}</span>
          <span class="tab-count" data-testid={`count-${id}`}>{props.counts?.[id] ?? ''}</span>
        </button>
      ))}
    </nav>
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
