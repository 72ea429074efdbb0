/** Messages between the options page and the import worker. */
import type { ImportProgress, ImportSummary } from './summary'

export type ToImportWorker =
  | { type: 'start'; files: File[]; /** Tests use their own database; the extension uses the default. */ dbName?: string }
  | { type: 'cancel' }

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'failed'; error: string }
