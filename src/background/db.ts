/** The worker's one database connection, opened on first use (the worker may start for any event). */
import { openDb, type ReboundDb } from '../store/db'

let db: ReboundDb | undefined

export function getDb(): ReboundDb {
  db ??= openDb()
  return db
}
