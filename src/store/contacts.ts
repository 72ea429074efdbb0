/** Read side for the popup: lists, counts, one contact and its history. */
import type { ReboundDb } from './db'
import type { BounceEvent, Contact, ContactList } from './types'

export const LISTS: ContactList[] = ['remove', 'retry', 'sending', 'pending', 'cleared']

/**
 * Retry: due first (earliest nextRetryAt); other lists: newest lastBounceAt first. `search`
 * matches a substring of the address (which includes the domain), case-insensitively.
 */
export async function listContacts(db: ReboundDb, list: ContactList, search = ''): Promise<Contact[]> {
  const rows =
    list === 'retry'
      ? await db.contacts.where('[list+nextRetryAt]').between(['retry', ''], ['retry', '\uffff']).toArray()
      : await db.contacts.where('[list+lastBounceAt]').between([list, ''], [list, '\uffff']).reverse().toArray()
  const needle = search.trim().toLowerCase()
  return needle ? rows.filter((c) => c.address.includes(needle) || c.domain.includes(needle)) : rows
}

export async function countLists(db: ReboundDb): Promise<Record<ContactList, number>> {
  const counts = await Promise.all(LISTS.map((l) => db.contacts.where('list').equals(l).count()))
  return Object.fromEntries(LISTS.map((l, i) => [l, counts[i]])) as Record<ContactList, number>
}

/**
 * How many contacts of each list match a search (same rule as the popup's: a substring of the
 * address or domain), so a search that finds nothing in one list can say where the matches are.
 * One pass over the contacts, nothing kept but the counts.
 */
export async function countMatches(db: ReboundDb, search: string): Promise<Record<ContactList, number>> {
  const needle = search.trim().toLowerCase()
  const counts = Object.fromEntries(LISTS.map((l) => [l, 0])) as Record<ContactList, number>
  if (!needle) return counts
  await db.contacts.each((c) => {
    if (c.address.includes(needle) || c.domain.includes(needle)) counts[c.list] = (counts[c.list] ?? 0) + 1
  })
  return counts
}

/** The contact's events, newest first. */
export async function eventsFor(db: ReboundDb, address: string): Promise<BounceEvent[]> {
  const rows = await db.events.where('address').equals(address.toLowerCase()).toArray()
  return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

export async function getContact(db: ReboundDb, address: string): Promise<Contact | undefined> {
  return db.contacts.get(address.toLowerCase())
}

/**
 * The first `limit` contacts of a list, in listContacts' order (no search). The popup paints these
 * first and loads the whole list after, so its first paint does not wait on 10,000 rows.
 * (Added by the UI engineer: additive, same indexes as listContacts.)
 */
export async function firstContacts(db: ReboundDb, list: ContactList, limit: number): Promise<Contact[]> {
  const query =
    list === 'retry'
      ? db.contacts.where('[list+nextRetryAt]').between(['retry', ''], ['retry', '\uffff'])
      : db.contacts.where('[list+lastBounceAt]').between([list, ''], [list, '\uffff']).reverse()
  return query.limit(limit).toArray()
}
