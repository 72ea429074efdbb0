/** Toolbar badge: contacts newly flagged since the popup was last opened (issue 3). */
import type { ReboundDb } from '../store/db'
import { countNewSinceOpened } from '../store/badge'

export async function refreshBadge(db: ReboundDb): Promise<number> {
  const n = await countNewSinceOpened(db)
  await chrome.action.setBadgeText({ text: n === 0 ? '' : n > 999 ? '999+' : String(n) })
  if (n > 0) await chrome.action.setBadgeBackgroundColor({ color: '#c5221f' })
  return n
}
