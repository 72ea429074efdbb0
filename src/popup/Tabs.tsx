/** The three lists with their counts; the quiet "pending" line lives in PendingNote. */
import type { ContactList } from '../store/types'
import { t } from '../ui/i18n'

export type Tab = Extract<ContactList, 'remove' | 'retry' | 'sending' | 'pending'>
export const TABS: Array<{ id: Exclude<Tab, 'pending'>; label: string }> = [
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

/** Delays are not failures (issue 3): one quiet line, which opens the pending list. */
export function PendingNote(props: { count: number; active: boolean; onSelect: () => void }) {
  if (!props.count && !props.active) return null
  return (
    <button class={`pending-note${props.active ? ' active' : ''}`} data-testid="pending-note" onClick={props.onSelect}>
      {t('pending_note', props.count)}
    </button>
  )
}
