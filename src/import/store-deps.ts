/** The real engine and store behind the import loop (the worker, the bench and the tests use this). */
import { parseBounce } from '../bounce/index'
import { countLists } from '../store/contacts'
import type { ReboundDb } from '../store/db'
import { ingestReports } from '../store/ingest'
import type { ImportDeps } from './importer'

export function storeDeps(db: ReboundDb): ImportDeps {
  return {
    parse: (raw) => parseBounce(raw),
    async ingest(items) {
      const r = await ingestReports(db, items)
      return { flagged: r.flagged, duplicates: r.duplicates }
    },
    lists: () => countLists(db),
    now: () => performance.now(),
  }
}
