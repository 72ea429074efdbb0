/**
 * Select all (of what the search shows) and the actions: with a selection, the decisions; without,
 * the exports of the whole list on screen.
 */
import { useEffect, useRef } from 'preact/hooks'
import { t } from '../ui/i18n'
import type { Decision } from './data'

export function BulkBar(props: {
  /** False while only the first screenful is loaded: acting on "all" would miss the rest. */
  ready: boolean
  shown: number
  picked: number
  onToggleAll: () => void
  onDecide: (action: Decision) => void
  onExport: () => void
  onCopy: () => void
}) {
  const all = useRef<HTMLInputElement>(null)
  const some = props.picked > 0 && props.picked < props.shown
  useEffect(() => {
    if (all.current) all.current.indeterminate = some
  }, [some])
  return (
    <div class="bulk" data-testid="bulk">
      <label class="select-all" title={t('select_all')}>
        <input
          ref={all}
          type="checkbox"
          aria-label={t('select_all')}
          disabled={!props.ready || !props.shown}
          checked={props.shown > 0 && props.picked === props.shown}
          onChange={props.onToggleAll}
        />
        {/* The words only when something is picked: French and Italian need the room for the buttons. */}
        {props.picked > 0 && <span>{t('selected_count', props.picked)}</span>}
      </label>
      <div class="bulk-actions">
        {props.picked ? (
          <>
            <button class="primary" onClick={() => props.onDecide('removed')} title={t('action_markRemoved_help')}>{t('action_markRemoved')}</button>
            <button onClick={() => props.onDecide('retried')} title={t('action_markRetried_help')}>{t('action_markRetried')}</button>
            <button onClick={() => props.onDecide('ignored')} title={t('action_ignore_help')}>{t('action_ignore')}</button>
          </>
        ) : (
          <>
            <button disabled={!props.ready || !props.shown} onClick={props.onExport}>{t('action_exportCsv')}</button>
            <button disabled={!props.ready || !props.shown} onClick={props.onCopy}>{t('action_copy')}</button>
          </>
        )}
      </div>
    </div>
  )
}
