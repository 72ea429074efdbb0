/**
 * The backup file, written as a Blob a page of rows at a time: a store of 1,000,000 events makes a
 * ~600 MB file, more than one JavaScript string may hold (JSON.stringify of the whole backup
 * fails there), so the text is built in pieces and handed to Blobs (which Chromium keeps outside
 * the page's heap) every few MB. Same JSON as exportAll(), one row per line; restore.ts reads it back.
 */
import type { Table } from 'dexie'
import type { ReboundDb } from './db'
import { getSettings } from './settings'

/** Rows read per page; text handed to a Blob past this many characters. */
const PAGE = 5000
const PIECE_CHARS = 8 * 1024 * 1024

export async function exportBlob(db: ReboundDb, now = new Date()): Promise<Blob> {
  return db.transaction('r', [db.events, db.contacts, db.noticeBatches, db.cursors, db.kv, db.reviews], async () => {
    const blobs: Blob[] = []
    let text: string[] = []
    let chars = 0
    const add = (s: string) => {
      text.push(s)
      chars += s.length
      if (chars < PIECE_CHARS) return
      blobs.push(new Blob(text))
      text = []
      chars = 0
    }
    /** Writes `"name": [rows]` from a table read in primary-key order, a page at a time. */
    const list = async <T, K extends string | number>(name: string, table: Table<T, K>, keyOf: (row: T) => K, rowsOf: (row: T) => unknown[] = (r) => [r]) => {
      add(` "${name}": [`)
      let first = true
      let last: K | undefined
      for (;;) {
        const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray()
        if (!page.length) break
        for (const row of page) {
          for (const item of rowsOf(row)) {
            add(`${first ? '\n  ' : ',\n  '}${JSON.stringify(item)}`)
            first = false
          }
        }
        last = keyOf(page[page.length - 1])
      }
      add(first ? ']' : '\n ]')
    }
    add(`{\n "format": "rebound-backup",\n "version": 1,\n "exportedAt": ${JSON.stringify(now.toISOString())},\n "settings": ${JSON.stringify(await getSettings(db))},\n`)
    await list('events', db.events, (e) => e.key)
    add(',\n')
    await list('contacts', db.contacts, (c) => c.address)
    add(',\n')
    await list('notices', db.noticeBatches, (b) => b.id!, (b) => b.notices)
    add(',\n')
    await list('cursors', db.cursors, (c) => c.account)
    add(',\n')
    await list('reviews', db.reviews, (r) => r.identity)
    add('\n}\n')
    return new Blob([...blobs, new Blob(text)], { type: 'application/json' })
  })
}
