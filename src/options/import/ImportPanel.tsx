/**
 * Import a mailbox file: drop or pick .mbox / .eml / .zip files; the work happens in a Web Worker
 * (src/import/worker.ts) so the page stays responsive; progress, Cancel, then a summary.
 */
import { useRef, useState } from 'preact/hooks'
import { startImport } from '../../import/client'
import type { ImportProgress, ImportSummary } from '../../import/summary'
import { t } from '../../ui/i18n'
import { ImportProgressView } from './ImportProgressView'
import { ImportSummaryView } from './ImportSummaryView'
import './import.css'

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: ImportProgress | null; cancelling: boolean }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; error: string }

export function ImportPanel() {
  const [state, setState] = useState<State>({ step: 'idle' })
  const [over, setOver] = useState(false)
  const job = useRef<{ cancel(): void } | null>(null)

  const start = (list: FileList | null) => {
    const files = list ? [...list] : []
    if (!files.length || state.step === 'running') return
    setState({ step: 'running', progress: null, cancelling: false })
    job.current = startImport(files, {
      onProgress: (progress) => setState((s) => (s.step === 'running' ? { ...s, progress } : s)),
      onDone: (summary) => setState({ step: 'done', summary }),
      onFailed: (error) => setState({ step: 'failed', error }),
    })
  }
  const cancel = () => {
    job.current?.cancel()
    setState((s) => (s.step === 'running' ? { ...s, cancelling: true } : s))
  }

  if (state.step === 'running') return <ImportProgressView progress={state.progress} cancelling={state.cancelling} onCancel={cancel} />
  return (
    <div class="import-panel">
      <label
        class={`import-drop${over ? ' over' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          start(e.dataTransfer?.files ?? null)
        }}
      >
        <span>{t('import_drop')}</span>
        <span class="button">{state.step === 'idle' ? t('import_choose') : t('import_again')}</span>
        <input
          type="file"
          multiple
          accept=".mbox,.eml,.zip,application/mbox,message/rfc822,application/zip"
          data-testid="import-input"
          onChange={(e) => {
            const input = e.currentTarget
            start(input.files)
            input.value = '' // the same file can be picked again
          }}
        />
      </label>
      <p class="help">{t('import_help')}</p>
      {state.step === 'done' && <ImportSummaryView summary={state.summary} />}
      {state.step === 'failed' && <p class="error" data-testid="import-failed">{t('import_failed', state.error)}</p>}
    </div>
  )
}
