/**
 * The popup's only door to the store: one place that knows the store's function names, so the
 * components stay about display. Pages read IndexedDB directly (same extension origin).
 */
import type { ReboundDb } from '../store/db'
import { countLists, countMatches, eventsFor, firstContacts, getContact, listContacts } from '../store/contacts'
import { decide, undo } from '../store/decisions'
import { clearMayHaveMissed, listCursors } from '../store/cursors'
import { markPopupOpened } from '../store/badge'
import { getSettings } from '../store/settings'
import { sightingsOf } from '../store/notices'
import { gmailLinks, linkedEvent } from './gmail-links'
import type { ContactList } from '../store/types'
import { acceptReview, countReviews, dismissReview, listReviews } from '../store/reviews'

export type Decision = 'removed' | 'retried' | 'ignored' | 'ok'

export function popupData(db: ReboundDb) {
  return {
    counts: () => countLists(db),
    matches: (search: string) => countMatches(db, search),
    list: (list: ContactList) => listContacts(db, list),
    first: (list: ContactList, limit: number) => firstContacts(db, list, limit),
    contact: (address: string) => getContact(db, address),
    events: (address: string) => eventsFor(db, address),
    cursors: () => listCursors(db),
    dismissMissed: (account: string) => clearMayHaveMissed(db, account),
    decide: async (addresses: string[], action: Decision) => {
      const token = await decide(db, addresses, action)
      // "Mark retried" makes a due contact not due: let the worker recount the badge now (issue 11).
      void globalThis.chrome?.runtime?.sendMessage?.({ type: 'popupOpened' })?.catch(() => undefined)
      return token
    },
    undo: async (token: Awaited<ReturnType<typeof decide>>) => {
      await undo(db, token)
      void globalThis.chrome?.runtime?.sendMessage?.({ type: 'popupOpened' })?.catch(() => undefined)
    },
    opened: () => markPopupOpened(db),
    settings: () => getSettings(db),
    /** The detail view's Gmail links (issue 11); null for a contact without events. */
    links: async (address: string) => {
      const event = linkedEvent(await eventsFor(db, address))
      if (!event) return null
      const [sightings, cursors] = await Promise.all([sightingsOf(db, event.noticeKey), listCursors(db)])
      return gmailLinks(event, sightings, cursors)
    },
    reviews: () => listReviews(db),
    reviewCount: () => countReviews(db),
    acceptReview: (identity: string) => acceptReview(db, identity),
    dismissReview: (identity: string) => dismissReview(db, identity),
  }
}

export type PopupData = ReturnType<typeof popupData>
