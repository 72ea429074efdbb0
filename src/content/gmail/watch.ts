/**
 * Gmail is a single-page app: conversations open without page loads, so watch the DOM, and read each
 * open message once. A notice gets its raw source read and a banner with Rebound's conclusion.
 */
import { accountFromPath } from '../../sites/gmail/urls'
import { t } from '../../ui/i18n'
import { BANNER_CLASS, buildBanner } from '../shared/banner'
import { contextGone } from '../shared/send'
import { bannerLines } from '../shared/banner-answer'
import { isNotice, messageIdOf, readOpenMessage } from './message-info'
import { ingestOpenNotice } from './read-source'
import { all, BODY, first, MESSAGE } from '../../sites/gmail/selectors'

const SCAN_DELAY_MS = 300

export function watchGmail(doc: Document, signal: AbortSignal): void {
  const handled = new Set<string>()
  const dismissed = new Set<string>()

  const place = (el: Element, id: string, lines: string[]) => {
    if (!el.isConnected || dismissed.has(id) || el.querySelector(`.${BANNER_CLASS}`)) return
    const banner = buildBanner(doc, lines, () => dismissed.add(id))
    banner.dataset.reboundFor = id
    const body = first(el, BODY)
    if (body?.parentElement) body.parentElement.insertBefore(banner, body)
    else el.prepend(banner)
  }

  const results = new Map<string, string[]>()

  const show = (id: string, lines: string[]) => {
    results.set(id, lines)
    for (const el of all(doc, MESSAGE)) if (messageIdOf(el) === id) place(el, id, lines)
  }

  const scan = () => {
    const account = accountFromPath(location.pathname)
    if (!account) return
    for (const el of all(doc, MESSAGE)) {
      const id = messageIdOf(el)
      if (!id) continue
      const known = results.get(id)
      // Gmail re-renders messages (collapse, expand): put the banner back without reading again.
      if (known) place(el, id, known)
      if (handled.has(id)) continue
      const message = readOpenMessage(el, doc)
      // Gmail fills a message's parts in over time: decide once the body is there, then only once.
      if (!message?.bodyText) continue
      handled.add(id)
      if (!isNotice(message)) continue
      ingestOpenNotice(account, id).then(
        (answer) => show(id, bannerLines(answer)),
        (e: unknown) => {
          console.warn('Rebound: could not read this notice', e)
          if (!contextGone(e)) show(id, [t('banner_unreadable')])
        },
      )
    }
  }

  // Throttled, not debounced: Gmail's DOM never stops changing (timestamps, chat), and a debounce
  // would keep postponing the scan.
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined
      scan()
    }, SCAN_DELAY_MS)
  }
  const observer = new MutationObserver(schedule)
  observer.observe(doc.body, { childList: true, subtree: true })
  signal.addEventListener('abort', () => {
    observer.disconnect()
    clearTimeout(timer)
  })
  scan()
}
