/** The running import: a bar on bytes read, the counts, the time left, and Cancel. */
import type { ImportProgress } from '../../import/summary'
import { t } from '../../ui/i18n'
import { formatBytes, formatDuration } from './format'

export function ImportProgressView(props: { progress: ImportProgress | null; cancelling: boolean; onCancel(): void }) {
  const p = props.progress
  return (
    <div class="import-progress" data-testid="import-progress">
      <progress max={p?.totalBytes || 1} value={p?.bytesRead ?? 0} aria-label={t('import_progress', ['', '', '', '', ''])} />
      {p && (
        <p class="status" data-testid="import-progress-text">
          {t('import_progress', [formatBytes(p.bytesRead), formatBytes(p.totalBytes), p.messages, p.notices, p.flagged])}
          {p.etaMs >= 0 ? ` · ${t('import_eta', formatDuration(p.etaMs))}` : ''}
        </p>
      )}
      <button type="button" data-testid="import-cancel" disabled={props.cancelling} onClick={props.onCancel}>
        {props.cancelling ? t('import_cancelling') : t('import_cancel')}
      </button>
    </div>
  )
}
