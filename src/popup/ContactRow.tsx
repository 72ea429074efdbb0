/** One line of a list: a checkbox for bulk actions, the address, and why it is there. Text only. */
import type { Contact } from '../store/types'
import { formatDate, isDue } from '../ui/format'
import { t, tn } from '../ui/i18n'
import { contactReason } from '../ui/reasons'
import type { Decision } from './data'

/** Room for the address line and two lines of reason (French and Italian reasons are long). */
export const ROW_HEIGHT = 66

export const DECISION_KEYS: Record<Decision, string> = {
  removed: 'decision_removed', retried: 'decision_retried', ignored: 'decision_ignored', ok: 'decision_ok',
}


/** Second line: why it is there; for Retry, when to try again first (due ones are highlighted). */
export function rowMeta(c: Contact, now: Date): string {
  if (c.list === 'cleared' && c.decision) {
    return t('detail_decision', [t(DECISION_KEYS[c.decision.action]), formatDate(c.decision.at)])
  }
  const reason = contactReason(c)
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
  const meta = rowMeta(c, now)
  return (
    <div class={`row${selected ? ' selected' : ''}${due ? ' due' : ''}`} data-address={c.address}>
      <input
        type="checkbox"
        class="row-check"
        checked={selected}
        aria-label={t('select_one', c.address)}
        onChange={() => props.onToggle(c.address)}
      />
      <button class="row-main" data-primary onClick={() => props.onOpen(c.address)} title={c.address}>
        <span class="row-line">
          <span class="row-address">{c.address}</span>
          <span class="row-date">{formatDate(c.lastBounceAt)}</span>
        </span>
        {/* Wraps to two lines; the whole text is in the tooltip when even that is not enough. */}
        <span class="row-meta" title={meta}>
          {!!c.newSinceDecision && <span class="row-new">{t('row_newSinceDecision')}</span>}
          {/* Due: the "Retry now" words become a marker (issue 11); the row's text stays the same. */}
          {due ? (
            <>
              <span class="row-due" data-due="true">{t('retry_dueNow')}</span>
              {` · ${contactReason(c)}`}
            </>
          ) : (
            meta
          )}
        </span>
      </button>
      {c.bounceCount > 1 && (
        // "×3" explained: the tooltip and, for screen readers, the words instead of the sign.
        <span class="row-count" title={tn('row_bounced', c.bounceCount)}>
          <span aria-hidden="true">×{c.bounceCount}</span>
          <span class="sr-only">{tn('row_bounced', c.bounceCount)}</span>
        </span>
      )}
    </div>
  )
}
