/**
 * Reads what the extension stored, from an extension page, with plain IndexedDB (read-only): the
 * store's database "rebound" and its tables (src/store/db.ts). Seen notices are stored by the
 * batch (src/store/notices.ts): read back as one list, as allSeenNotices() does.
 */
import type { Page } from 'playwright-core'
import type { BounceEvent, Contact, NoticeBatch, SeenNotice, WatcherCursor } from '../../../src/store/types'

export interface Stored {
  contacts: Contact[]
  events: BounceEvent[]
  notices: SeenNotice[]
  cursors: WatcherCursor[]
}

export function readStore(page: Page): Promise<Stored> {
  return page.evaluate(
    async () => {
      const empty: Stored = { contacts: [], events: [], notices: [], cursors: [] }
      // Opening a database that does not exist yet would create it empty, under the store's feet.
      if (!(await indexedDB.databases()).some((d) => d.name === 'rebound')) return empty
      return new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('rebound')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = ['contacts', 'events', 'noticeBatches', 'cursors'] as const
          const have = names.filter((n) => db.objectStoreNames.contains(n))
          if (have.length < names.length) {
            db.close()
            resolve(empty)
            return
          }
          const tx = db.transaction([...names], 'readonly')
          const out: Record<string, unknown[]> = {}
          for (const n of names) {
            const req = tx.objectStore(n).getAll()
            req.onsuccess = () => (out[n] = req.result)
          }
          tx.oncomplete = () => {
            db.close()
            const { noticeBatches, ...rest } = out
            resolve({ ...rest, notices: (noticeBatches as NoticeBatch[]).flatMap((row) => row.notices) } as unknown as Stored)
          }
          tx.onerror = () => reject(tx.error)
        }
      })
    },
  )
}

/** Polls the store until `ready` holds (or the time runs out, returning the last reading). */
export async function waitForStore(page: Page, ready: (s: Stored) => boolean, timeoutMs = 30_000): Promise<Stored> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const s = await readStore(page)
    if (ready(s) || Date.now() > until) return s
    await page.waitForTimeout(250)
  }
}

export function lists(s: Stored): Record<string, string> {
  return Object.fromEntries(s.contacts.map((c) => [c.address, c.list]).sort())
}
