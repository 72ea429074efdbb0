/**
 * Everything known about one contact, as text: the notice's content is hostile input, so nothing here
 * is ever parsed as HTML: Preact text nodes only (src/ui/conventions.test.ts keeps it so).
 */
import { useEffect } from 'preact/hooks'
import type { BounceEvent, Contact } from '../store/types'
import { formatDate, isDue } from '../ui/format'
import { t } from '../ui/i18n'
import { contactReason, reasonKey } from '../ui/reasons'
import { useLiveQuery } from '../ui/useLiveQuery'
import { DECISION_KEYS } from './ContactRow'
import { hintFor } from './hint'
import type { Decision, PopupData } from './data'
import type { GmailLinks } from './gmail-links'

const LIST_KEYS: Record<string, string> = {
  remove: 'list_remove', retry: 'list_retry', sending: 'list_sending', pending: 'list_pending', cleared: 'list_cleared',
}
/** Events are shown newest first; a contact bouncing daily for years must not flood the view. */
const MAX_EVENTS = 50

function Field(props: { label: string; value: string; mono?: boolean; id: string }) {
  return (
    <div class="field" data-field={props.id}>
      <dt>{props.label}</dt>
      <dd class={props.mono ? 'mono' : undefined}>{props.value || '—'}</dd>
    </div>
  )
}

/** Who reported the latest bounce and whether it was verified (issue 10). */
function reportedBy(e: BounceEvent): string {
  const how = e.trust === 'trusted' ? 'detail_trust_trusted' : e.trust === 'accepted' ? 'detail_trust_accepted' : 'detail_trust_unknown'
  return `${e.reporter || '—'} (${t(how)})`
}

export function ContactDetail(props: { data: PopupData; address: string; onBack: () => void; onDecide: (addresses: string[], action: Decision) => void }) {
  const { data, address } = props
  const contact = useLiveQuery(() => data.contact(address), [address])
  const events = useLiveQuery(() => data.events(address), [address])
  const links = useLiveQuery(() => data.links(address), [address])
  if (contact === undefined) return <section class="detail" aria-busy="true" />
  if (!contact) {
    return (
      <section class="detail">
        <button class="back" onClick={props.onBack}>{t('action_back')}</button>
        <p class="empty">{t('detail_missing')}</p>
      </section>
    )
  }
  return <DetailBody contact={contact} events={events ?? []} links={links ?? undefined} onBack={props.onBack} onDecide={props.onDecide} />
}

export function DetailBody(props: { contact: Contact; events: readonly BounceEvent[]; links?: GmailLinks; onBack: () => void; onDecide: (addresses: string[], action: Decision) => void }) {
  const c = props.contact
  const { onBack } = props
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), onBack())
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onBack])
  const hint = hintFor(c)
  const recent = [...props.events].sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, MAX_EVENTS)
  return (
    <section class="detail" data-testid="detail" aria-label={c.address}>
      <header class="detail-head">
        <button class="back" onClick={props.onBack} aria-label={t('action_back')}>←</button>
        <div class="detail-title">
          <h2 class="detail-address">{c.address}</h2>
          <span class={`chip chip-${c.list}`}>{t(Object.hasOwn(LIST_KEYS, c.list) ? LIST_KEYS[c.list] : 'list_cleared')}</span>
        </div>
      </header>
      <p class="detail-reason" data-field="reason">
        {contactReason(c)}
        {c.escalated && <span class="detail-sub"> — {t(reasonKey(c.reason))}</span>}
      </p>
      {hint && <p class="hint" data-field="hint">{hint}</p>}
      {c.decision && (
        <p class="decision" data-field="decision">
          {t('detail_decision', [t(DECISION_KEYS[c.decision.action]), formatDate(c.decision.at)])}
          {!!c.newSinceDecision && <strong> {t('detail_newSinceDecision', c.newSinceDecision)}</strong>}
        </p>
      )}
      <dl class="fields">
        <Field id="status" label={t('detail_status')} value={c.status} mono />
        <Field id="replyCode" label={t('detail_replyCode')} value={c.replyCode} mono />
        <Field id="lastBounce" label={t('detail_lastBounce')} value={formatDate(c.lastBounceAt)} />
        {c.bounceCount > 1 && <Field id="firstBounce" label={t('detail_firstBounce')} value={formatDate(c.firstBounceAt)} />}
        <Field id="bounceCount" label={t('detail_bounceCount')} value={String(c.bounceCount)} />
        {c.list === 'retry' && (
          <Field id="nextRetry" label={t('detail_nextRetry')} value={isDue(c.nextRetryAt, new Date()) ? `${formatDate(c.nextRetryAt)} · ${t('retry_dueNow')}` : formatDate(c.nextRetryAt)} />
        )}
        <Field id="subject" label={t('detail_subject')} value={c.subject} />
        <Field id="remoteMta" label={t('detail_remoteMta')} value={c.remoteMta} mono />
        {recent[0] && <Field id="reporter" label={t('detail_reporter')} value={reportedBy(recent[0])} />}
      </dl>
      <h3 class="detail-h">{t('detail_diagnostic')}</h3>
      <pre class="diagnostic" data-field="diagnostic">{c.diagnostic || '—'}</pre>
      {recent.length > 1 && (
        <>
          <h3 class="detail-h">{t('detail_history')}</h3>
          <ol class="history">
            {recent.map((e) => (
              <li key={e.key}>{`${formatDate(e.at)} · ${e.status || '—'} · ${t(reasonKey(e.reason))}`}</li>
            ))}
          </ol>
        </>
      )}
      {/* Issue 11: resend from Gmail, in the account that got the notice; new tabs, nothing fetched. */}
      {props.links && (props.links.original || props.links.notice) && (
        <p class="detail-links">
          {props.links.original && <a href={props.links.original} target="_blank" rel="noreferrer" data-link="original">{t('detail_openOriginal')}</a>}
          {props.links.notice && <a href={props.links.notice} target="_blank" rel="noreferrer" data-link="notice">{t('detail_openNotice')}</a>}
        </p>
      )}
      <div class="detail-actions">
        <button onClick={() => props.onDecide([c.address], 'removed')} title={t('action_markRemoved_help')}>{t('action_markRemoved')}</button>
        <button onClick={() => props.onDecide([c.address], 'retried')} title={t('action_markRetried_help')}>{t('action_markRetried')}</button>
        <button onClick={() => props.onDecide([c.address], 'ignored')} title={t('action_ignore_help')}>{t('action_ignore')}</button>
        <button onClick={() => props.onDecide([c.address], 'ok')} title={t('action_markOk_help')}>{t('action_markOk')}</button>
      </div>
    </section>
  )
}
