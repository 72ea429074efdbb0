/**
 * Toolbar badge (issues 3 and 11): contacts newly flagged since the popup was last opened, and Retry
 * contacts whose next try has come. New ones win the badge's few characters (red); with none, the due
 * ones show in amber. The tooltip always says both.
 */
import type { ReboundDb } from '../store/db'
import { countDue, countNewSinceOpened } from '../store/badge'
import { t } from '../ui/i18n'

/** White text on each: #c5221f 5.6:1, #8a4b00 6.9:1 (WCAG contrast). */
export const BADGE_NEW = '#c5221f'
export const BADGE_DUE = '#8a4b00'

export interface BadgeFace {
  text: string
  color: string
  title: string
}

function shortCount(n: number): string {
  return n > 999 ? '999+' : String(n)
}

/** What the toolbar button shows for `fresh` new and `due` due contacts (pure: table-tested). */
export function badgeFace(fresh: number, due: number): BadgeFace {
  const parts = [fresh > 0 ? t('badge_new', fresh) : '', due > 0 ? t('badge_due', due) : ''].filter(Boolean)
  const title = parts.length ? `${t('extName')} — ${parts.join(' · ')}` : t('extName')
  if (fresh > 0) return { text: shortCount(fresh), color: BADGE_NEW, title }
  if (due > 0) return { text: shortCount(due), color: BADGE_DUE, title }
  return { text: '', color: BADGE_NEW, title }
}

export async function refreshBadge(db: ReboundDb, now = new Date()): Promise<{ fresh: number; due: number }> {
  const [fresh, due] = await Promise.all([countNewSinceOpened(db), countDue(db, now)])
  const face = badgeFace(fresh, due)
  await chrome.action.setBadgeText({ text: face.text })
  if (face.text) await chrome.action.setBadgeBackgroundColor({ color: face.color })
  await chrome.action.setTitle({ title: face.title })
  return { fresh, due }
}
