/**
 * "To review" (issue 10): notices Rebound could not vouch for, each with why, who reported it and
 * the addresses it kept; one click accepts it (its verdict applies, as the user's own call) or
 * dismisses it. Text nodes only: the notice's sender and subject are hostile input.
 */
import type { ReviewNotice } from '../store/types'
import { formatDate } from '../ui/format'
import { t } from '../ui/i18n'
import { reasonKey } from '../ui/reasons'
import { trustReasonKey } from '../ui/trust-reasons'

/** The quiet line under the tabs that opens the review view; shown only when something waits. */
export function ReviewNote(props: { count: number | undefined; active: boolean; onToggle: () => void }) {
  if (!props.count && !props.active) return null
  return (
    <div class="quiet-lists">
      <button class={`quiet-note review-note${props.active ? ' active' : ''}`} data-testid="review-note" onClick={props.onToggle}>
        {t('review_note', props.count ?? 0)}
      </button>
    </div>
  )
}

export function ReviewView(props: { reviews: ReviewNotice[] | undefined; onAccept: (identity: string) => void; onDismiss: (identity: string) => void }) {
  const rows = props.reviews ?? []
  return (
    <section class="review" data-testid="review" aria-label={t('tab_review')}>
      <p class="review-intro">{t('review_intro')}</p>
      {!rows.length && <p class="empty">{t('review_empty')}</p>}
      <ul class="review-list">
        {rows.map((r) => (
          <li key={r.identity} class="review-item" data-testid="review-item" data-identity={r.identity}>
            <div class="review-head">
              <strong class="review-reporter" data-field="reporter">{t('review_reporter', r.reporter || r.from || '—')}</strong>
              <span class="review-date">{formatDate(r.at)}</span>
            </div>
            <p class="review-why" data-field="why">{t('review_why', t(trustReasonKey(r.reason)))}</p>
            <p class="review-subject">{r.subject}</p>
            <ul class="review-addresses">
              {r.events.map((e) => (
                <li key={e.key} data-field="address">{`${e.address} — ${t(reasonKey(e.reason))}`}</li>
              ))}
            </ul>
            {r.recipients > r.events.length && <p class="review-kept">{t('review_kept', [r.recipients, r.events.length])}</p>}
            <div class="review-actions">
              <button class="primary" data-action="accept" onClick={() => props.onAccept(r.identity)}>{t('review_accept')}</button>
              <button data-action="dismiss" onClick={() => props.onDismiss(r.identity)}>{t('review_dismiss')}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
