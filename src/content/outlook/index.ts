// Outlook on the web content script: when the reading pane shows a returned-message notice, send its
// rendered text to the worker (parseBounceText path) and show the same banner as in Gmail; and guard
// every open compose (compose-guard.ts).
// Errors stay here: Rebound must never break the Outlook page.
import { mayBeNotice, neverNotice } from '../../sites/notices/pick'
import { BODY_MARKERS } from '../../sites/notices/tables'
import { BANNER_CLASS, buildBanner } from '../shared/banner'
import { bannerLines } from '../shared/banner-answer'
import { contextGone, send } from '../shared/send'
import { t } from '../../ui/i18n'
import { itemIdFromPath, readOutlookMessage } from './open-message'
import { BODY, first } from '../../sites/outlook/selectors'
import { guardOutlookCompose } from './compose-guard'

const handled = new Set<string>()
const dismissed = new Set<string>()
const results = new Map<string, string[]>()

function place(body: Element, id: string, lines: string[]) {
  const host = body.parentElement ?? body
  if (dismissed.has(id) || host.querySelector(`.${BANNER_CLASS}`)) return
  const banner = buildBanner(document, lines, () => dismissed.add(id))
  banner.dataset.reboundFor = id
  host.insertBefore(banner, body)
}

function show(id: string, lines: string[]) {
  results.set(id, lines)
  const again = readOutlookMessage(document, location.pathname)
  if (again?.id === id) place(again.body, id, lines)
}

function scan() {
  // Known by its URL: no need to copy the body's text out of the page again.
  const urlId = itemIdFromPath(location.pathname)
  if (urlId && handled.has(urlId)) {
    const body = first(document, BODY)
    const known = results.get(urlId)
    if (body && known) place(body, urlId, known)
    return
  }
  const m = readOutlookMessage(document, location.pathname)
  if (!m) return
  const known = results.get(m.id)
  if (known) place(m.body, m.id, known)
  if (handled.has(m.id)) return
  const candidate = { subject: m.subject, fromEmail: m.fromEmail, fromName: m.fromName }
  const notice = mayBeNotice(candidate) || (!neverNotice(candidate) && BODY_MARKERS.some((x) => m.text.includes(x)))
  if (!notice) return
  handled.add(m.id)
  send('ingestText', { text: m.text, subject: m.subject, from: m.fromEmail, source: { origin: 'outlook', account: location.host, id: m.id } })
    .then(
      (answer) => show(m.id, bannerLines(answer)),
      (e: unknown) => {
        console.warn('Rebound: could not read this notice', e)
        if (!contextGone(e)) show(m.id, [t('banner_unreadable')])
      },
    )
}

try {
  // Throttled, not debounced: the page keeps changing, and a debounce could postpone the scan forever.
  let timer: ReturnType<typeof setTimeout> | undefined
  new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined
      scan()
    }, 300)
  }).observe(document.body, { childList: true, subtree: true })
  scan()
} catch (e) {
  console.warn('Rebound: Outlook watcher failed to start', e)
}
try {
  guardOutlookCompose(document, new AbortController().signal)
} catch (e) {
  console.warn('Rebound: compose guard failed to start', e)
}
