/**
 * Select all (of what the search shows) and the actions: with a selection, the decisions; always,
 * the exports and the copy, of the selection when there is one, else of the whole list on screen.
 */
import { useEffect, useRef } from 'preact/hooks'
import { EXPORT_PRESETS, type ExportPreset } from '../export/presets'
import { t } from '../ui/i18n'
import type { Decision } from './data'

const PRESET_KEYS: Record<ExportPreset, string> = {
  suppression: 'export_suppression', hubspot: 'export_hubspot', pipedrive: 'export_pipedrive', salesforce: 'export_salesforce', lemlist: 'export_lemlist',
}

export function BulkBar(props: {
  /** False while only the first screenful is loaded: acting on "all" would miss the rest. */
  ready: boolean
  shown: number
  picked: number
  onToggleAll: () => void
  onDecide: (action: Decision) => void
  onExport: () => void
  onExportPreset: (preset: ExportPreset) => void
  onCopy: () => void
}) {
  const all = useRef<HTMLInputElement>(null)
  const menu = useRef<HTMLDetailsElement>(null)
  const some = props.picked > 0 && props.picked < props.shown
  useEffect(() => {
    if (all.current) all.current.indeterminate = some
  }, [some])
  const exportDisabled = !props.ready || !props.shown
  // What the exports take: the selection when there is one (its count in the tooltip).
  const scope = props.picked ? t('export_scopeSelection', props.picked) : undefined
  const preset = (p: ExportPreset) => {
    menu.current?.removeAttribute('open')
    props.onExportPreset(p)
  }
  return (
    <div class="bulk" data-testid="bulk">
      <label class="select-all">
        <input
          ref={all}
          type="checkbox"
          aria-label={t('select_all')}
          disabled={!props.ready || !props.shown}
          checked={props.shown > 0 && props.picked === props.shown}
          onChange={props.onToggleAll}
        />
        {/* The visible words: the count when something is picked, else "All" (French and Italian need the room). */}
        <span>{props.picked > 0 ? t('selected_count', props.picked) : t('select_allShort')}</span>
      </label>
      <div class="bulk-actions">
        {props.picked > 0 && (
          <>
            <button class="primary" onClick={() => props.onDecide('removed')} title={t('action_markRemoved_help')}>{t('action_markRemoved')}</button>
            <button onClick={() => props.onDecide('retried')} title={t('action_markRetried_help')}>{t('action_markRetried')}</button>
            <button onClick={() => props.onDecide('ignored')} title={t('action_ignore_help')}>{t('action_ignore')}</button>
          </>
        )}
        <button disabled={exportDisabled} onClick={props.onExport} title={scope}>{t('action_exportCsv')}</button>
        <details class="export-menu" ref={menu}>
          <summary aria-disabled={exportDisabled} class={exportDisabled ? 'disabled' : undefined} title={scope}>{t('action_exportFor')}</summary>
          <div class="export-options">
            {EXPORT_PRESETS.map((p) => (
              <button key={p} disabled={exportDisabled} data-preset={p} onClick={() => preset(p)}>{t(PRESET_KEYS[p])}</button>
            ))}
          </div>
        </details>
        <button disabled={exportDisabled} onClick={props.onCopy} title={scope}>{t('action_copy')}</button>
      </div>
    </div>
  )
}
