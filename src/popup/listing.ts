/**
 * What a tab shows, in which order: pure functions over store contacts, tested on their own.
 * Retry puts due contacts first, soonest first (issue 3: "due ones first, with their dates");
 * the other lists show the most recent bounce first.
 */
import type { Contact, ContactList } from '../store/types'

/** Search by address or domain, case-insensitively; an empty query keeps everything. */
export function matches(contact: Contact, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q) return true
  return contact.address.toLowerCase().includes(q) || contact.domain.toLowerCase().includes(q)
}

const byRecent = (a: Contact, b: Contact) => (a.lastBounceAt < b.lastBounceAt ? 1 : a.lastBounceAt > b.lastBounceAt ? -1 : a.address < b.address ? -1 : 1)

const byNextRetry = (a: Contact, b: Contact) => {
  // "" (no date yet) means due now.
  const x = a.nextRetryAt || ''
  const y = b.nextRetryAt || ''
  return x < y ? -1 : x > y ? 1 : a.address < b.address ? -1 : 1
}

/** `account` (BounceEvent.account) keeps the contacts read from that account; "" keeps all. */
export function arrange(contacts: readonly Contact[], list: ContactList, query: string, account = ''): Contact[] {
  const kept = contacts.filter((c) => matches(c, query) && (!account || (c.accounts ?? []).includes(account)))
  return kept.sort(list === 'retry' ? byNextRetry : byRecent)
}

/** The distinct accounts of these contacts, sorted. */
export function accountsIn(contacts: readonly Contact[]): string[] {
  const all = new Set<string>()
  for (const c of contacts) for (const a of c.accounts ?? []) all.add(a)
  return [...all].sort()
}
