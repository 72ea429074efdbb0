/** The banner's lines from the worker's answer (src/messages.ts BannerAnswer); "unreadable" when it has none. */
import type { BannerAnswer } from '../../messages'
import { t } from '../../ui/i18n'

const MAX_LINES = 10

export function bannerLines(answer: BannerAnswer | null | undefined): string[] {
  const lines = Array.isArray(answer?.lines) ? answer.lines.filter((l): l is string => typeof l === 'string').slice(0, MAX_LINES) : []
  return lines.length ? lines : [t('banner_unreadable')]
}
