/**
 * The popup's only door to the store: one place that knows the store's function names, so the
 * components stay about display. Pages read IndexedDB directly (same extension origin).
 */
import type { ReboundDb } from '../store/db'
import { countLists, eventsFor, firstContacts, getContact, listContacts } from '../store/contacts'
import { decide, undo } from '../store/decisions'
import { listCursors } from '../store/cursors'
import { markPopupOpened } from '../store/badge'
import { getSettings } from '../store/settings'
import type { ContactList } from '../store/types'
import { acceptReview, countReviews, dismissReview, listReviews } from '../store/reviews'

export type Decision = 'removed' | 'retried' | 'ignored' | 'ok'

export function popupData(db: ReboundDb) {
  return {
    counts: () => countLists(db),
    list: (list: ContactList) => listContacts(db, list),
    first: (list: ContactList, limit: number) => firstContacts(db, list, limit),
    contact: (address: string) => getContact(db, address),
    events: (address: string) => eventsFor(db, address),
    cursors: () => listCursors(db),
    decide: (addresses: string[], action: Decision) => decide(db, addresses, action),
    undo: (token: Awaited<ReturnType<typeof decide>>) => undo(db, token),
    opened: () => markPopupOpened(db),
    settings: () => getSettings(db),
    reviews: () => listReviews(db),
    reviewCount: () => countReviews(db),
    acceptReview: (identity: string) => acceptReview(db, identity),
    dismissReview: (identity: string) => dismissReview(db, identity),
  }
}

export type PopupData = ReturnType<typeof popupData>
