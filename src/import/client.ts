/** Starts the import worker from a page; the options panel's only way into src/import/. */
import type { FromImportWorker, ToImportWorker } from './protocol'
import type { ImportProgress, ImportSummary } from './summary'

export interface ImportHandlers {
  onProgress(p: ImportProgress): void
  onDone(s: ImportSummary): void
  onFailed(error: string): void
}

export function startImport(files: File[], handlers: ImportHandlers): { cancel(): void } {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
  const send = (m: ToImportWorker) => worker.postMessage(m)
  worker.onmessage = (e: MessageEvent<FromImportWorker>) => {
    const m = e.data
    if (m.type === 'progress') handlers.onProgress(m.progress)
    else {
      worker.terminate()
      if (m.type === 'done') handlers.onDone(m.summary)
      else handlers.onFailed(m.error)
    }
  }
  worker.onerror = (e) => {
    worker.terminate()
    handlers.onFailed(e.message || 'the import worker stopped')
  }
  send({ type: 'start', files })
  return { cancel: () => send({ type: 'cancel' }) }
}
