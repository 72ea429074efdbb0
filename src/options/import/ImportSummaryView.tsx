/**
 * The end of an import: what was found per kind, the lists now, and what could not be read, with
 * why. Mail content (subjects) is shown as text only, never as HTML.
 */
import type { FileNote, ImportSummary, Problem } from '../../import/summary'
import { t, tn } from '../../ui/i18n'
import { formatBytes, formatDuration } from './format'

const KINDS = ['bounce', 'delay', 'autoreply', 'feedback', 'delivered'] as const
/** The popup's own names for the lists (its tabs say "Sending issues", so the summary does too). */
const LISTS = { remove: 'tab_remove', retry: 'tab_retry', sending: 'tab_sending', pending: 'list_pending' } as const

export function ImportSummaryView(props: { summary: ImportSummary }) {
  const s = props.summary
  const notes = s.files.flatMap((f) => f.notes.map((n) => ({ file: f.name, note: n })))
  return (
    <div class="import-summary" data-testid="import-summary" data-status={s.status} data-elapsed-ms={Math.round(s.elapsedMs)} data-parse-ms={Math.round(s.parseMs)} data-store-ms={Math.round(s.storeMs)}>
      <p class="status" data-testid="import-outcome">
        {s.status === 'done'
          ? t('import_done', [formatDuration(s.elapsedMs), s.messages, s.notices, s.flagged])
          : t('import_cancelled', [s.notices, s.flagged])}
      </p>
      {notes.map(({ file, note }) => (
        <p class="error" data-testid={`import-note-${note.code}`}>{noteText(file, note)}</p>
      ))}
      <h3>{t('import_kinds_h')}</h3>
      {s.notices === 0 ? (
        <p class="help">{t('import_none_found')}</p>
      ) : (
        <ul class="import-counts">
          {KINDS.filter((k) => s.noticesByKind[k]).map((k) => (
            <li data-testid={`import-kind-${k}`} data-count={s.noticesByKind[k]}>{t('import_count', [t(`import_kind_${k}`), s.noticesByKind[k] ?? 0])}</li>
          ))}
        </ul>
      )}
      {s.duplicates > 0 && <p class="help">{tn('import_duplicates', s.duplicates)}</p>}
      <h3>{t('import_lists_h')}</h3>
      <ul class="import-counts">
        {(Object.keys(LISTS) as Array<keyof typeof LISTS>).map((l) => (
          <li data-testid={`import-list-${l}`} data-count={s.lists[l] ?? 0}>{t('import_count', [t(LISTS[l]), s.lists[l] ?? 0])}</li>
        ))}
      </ul>
      {s.problemCount > 0 && (
        <details data-testid="import-problems" data-count={s.problemCount}>
          <summary>{tn('import_problems_h', s.problemCount)}</summary>
          <ul>
            {s.problems.map((p) => <li>{problemText(p)}</li>)}
            {s.problemCount > s.problems.length && <li>{tn('import_problems_more', s.problemCount - s.problems.length)}</li>}
          </ul>
        </details>
      )}
    </div>
  )
}

function problemText(p: Problem): string {
  const subject = p.subject || t('import_no_subject')
  const n = p.where.replace(/^.*#/, '') // "#12" → message 12 (0-based in the file; users count from 1)
  const place = /^\d+$/.test(n) ? String(Number(n) + 1) : p.where
  if (p.code === 'too-big') return t(p.read ? 'import_problem_too_big' : 'import_problem_too_big_unread', [p.file, place, subject, formatBytes(Number(p.detail))])
  return t('import_problem_unreadable', [p.file, place, subject, p.detail])
}

function noteText(file: string, n: FileNote): string {
  switch (n.code) {
    case 'truncated':
      return t('import_note_truncated', [file, n.where.replace(/^#(\d+)$/, (_, i: string) => `#${Number(i) + 1}`)])
    case 'not-mailbox':
      return t('import_note_not_mailbox', [file, n.detail ?? ''])
    case 'zip-error':
      return t('import_note_zip_error', [file, [n.where, n.detail].filter(Boolean).join(': ')])
    case 'read-error':
      return t('import_note_read_error', [file, n.detail ?? ''])
    case 'zip-bomb':
      return t('import_note_zip_bomb', [file, n.where])
    case 'zip-nested':
      return t('import_note_zip_nested', [file, n.where])
  }
}
