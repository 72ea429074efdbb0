/**
 * Optional desktop notifications (issue 11): Retry contacts that came due, and a burst of sending
 * issues (several contacts entering Sending issues within an hour: often a blocklisting or a broken
 * SPF/DKIM setup). Off unless the user turned them on in the options page, which also asked Chrome
 * for the optional `notifications` permission. Checked after every poll alarm.
 */
import type { ReboundDb } from '../store/db'
import { countDueBetween, countSendingFlaggedSince } from '../store/badge'
import { getSettings } from '../store/settings'
import { t } from '../ui/i18n'

/** Contacts entering Sending issues within BURST_WINDOW_MS that make a burst. */
export const BURST_MIN = 3
export const BURST_WINDOW_MS = 60 * 60_000
const KV_NOTIFIED = 'notifiedAt'

/** What was announced last: due contacts up to `dueUntil`, sending issues up to `sendingUntil`. */
export interface NotifiedState {
  dueUntil: string
  sendingUntil: string
}

export interface Announcement {
  id: 'rebound-due' | 'rebound-sending'
  title: string
  message: string
}

/**
 * Pure: given how many contacts came due since the last due announcement and how many entered
 * Sending issues in the window since the last burst announcement, what to show and the next state.
 */
export function announce(state: NotifiedState, counts: { due: number; sending: number }, now: Date): { show: Announcement[]; next: NotifiedState } {
  const show: Announcement[] = []
  const next = { ...state, dueUntil: now.toISOString() }
  if (counts.due > 0) show.push({ id: 'rebound-due', title: t('notify_dueTitle'), message: t('notify_due', counts.due) })
  if (counts.sending >= BURST_MIN) {
    show.push({ id: 'rebound-sending', title: t('notify_burstTitle'), message: t('notify_burst', counts.sending) })
    next.sendingUntil = now.toISOString()
  }
  return { show, next }
}

/** Since when sending issues count towards a burst: the last hour, not before the last announcement. */
export function burstSince(state: NotifiedState, now: Date): string {
  const hourAgo = new Date(now.getTime() - BURST_WINDOW_MS).toISOString()
  return state.sendingUntil > hourAgo ? state.sendingUntil : hourAgo
}

export async function notifyIfNeeded(db: ReboundDb, now = new Date()): Promise<Announcement[]> {
  if (!(await getSettings(db)).notify) return []
  // The permission is optional: the user may have turned it off in Chrome since.
  if (!chrome.notifications || !(await chrome.permissions.contains({ permissions: ['notifications'] }))) return []
  const row = (await db.kv.get(KV_NOTIFIED))?.value as Partial<NotifiedState> | undefined
  const state: NotifiedState = { dueUntil: row?.dueUntil ?? '', sendingUntil: row?.sendingUntil ?? '' }
  const counts = { due: await countDueBetween(db, state.dueUntil, now), sending: await countSendingFlaggedSince(db, burstSince(state, now)) }
  const { show, next } = announce(state, counts, now)
  await db.kv.put({ key: KV_NOTIFIED, value: next })
  for (const a of show) {
    await chrome.notifications.create(a.id, { type: 'basic', iconUrl: chrome.runtime.getURL('icons/128.png'), title: a.title, message: a.message })
  }
  return show
}
