/** One line of a list: a checkbox for bulk actions, the address, and why it is there. Text only. */
import type { Contact } from '../store/types'
import { formatDate, isDue } from '../ui/format'
import { t } from '../ui/i18n'
import { reasonKey } from '../ui/reasons'
import type { Decision } from './data'

export const ROW_HEIGHT = 52

export const DECISION_KEYS: Record<Decision, string> = {
  removed: 'decision_removed', retried: 'decision_retried', ignored: 'decision_ignored', ok: 'decision_ok',
}

function reasonText(c: Contact): string {
  return c.escalated ? t('reason_keepsFailing') : t(reasonKey(c.reason))
}

/** Second line: why it is there; for Retry, when to try again first (due ones are highlighted). */
export function rowMeta(c: Contact, now: Date): string {
  if (c.list === 'cleared' && c.decision) {
    return t('detail_decision', [t(DECISION_KEYS[c.decision.action]), formatDate(c.decision.at)])
  }
  const reason = reasonText(c)
  if (c.list !== 'retry') return reason
  const when = isDue(c.nextRetryAt, now) ? t('retry_dueNow') : t('retry_nextOn', formatDate(c.nextRetryAt))
  return `${when} · ${reason}`
}

export function ContactRow(props: {
  contact: Contact
  selected: boolean
  now: Date
  onToggle: (address: string) => void
  onOpen: (address: string) => void
}) {
  const { contact: c, selected, now } = props
  const due = c.list === 'retry' && isDue(c.nextRetryAt, now)
  return (
    <div class={`row${selected ? ' selected' : ''}${due ? ' due' : ''}`} data-address={c.address}>
      <input
        type="checkbox"
        class="row-check"
        checked={selected}
        aria-label={t('select_one', c.address)}
        onChange={() => props.onToggle(c.address)}
      />
      <button class="row-main" onClick={() => props.onOpen(c.address)} title={c.address}>
        <span class="row-line">
          <span class="row-address">{c.address}</span>
          <span class="row-date">{formatDate(c.lastBounceAt)}</span>
        </span>
        <span class="row-meta">
          {!!c.newSinceDecision && <span class="row-new">{t('row_newSinceDecision')}</span>}
          {/* Due: the "Retry now" words become a marker (issue 11); the row's text stays the same. */}
          {due ? (
            <>
              <span class="row-due" data-due="true">{t('retry_dueNow')}</span>
              {` · ${reasonText(c)}`}
            </>
          ) : (
            rowMeta(c, now)
          )}
        </span>
      </button>
      {c.bounceCount > 1 && <span class="row-count" title={t('detail_bounceCount')}>×{c.bounceCount}</span>}
    </div>
  )
}
