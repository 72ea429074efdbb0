/** Popup entry: open the store, tell the worker the popup was seen (it clears the badge), render. */
import { render } from 'preact'
import { openDb } from '../store/db'
import { prepareDateFormat } from '../ui/format'
import { t } from '../ui/i18n'
import { App } from './App'
import { popupData } from './data'
import './popup.css'

// With 'rebound:first-list-paint' (App.tsx), splits the bench's figure into loading and data + render.
performance.mark('rebound:script-start')

document.documentElement.lang = chrome.i18n?.getUILanguage?.() ?? 'en'
document.title = t('extName')
const data = popupData(openDb())
// Clearing the badge wakes the worker, which then counts contacts: only after the list is on screen.
// The worker may be asleep or busy; the badge is a nicety, never a reason for the popup to fail.
const opened = () => void chrome.runtime.sendMessage({ type: 'popupOpened' }).catch(() => data.opened().catch(() => undefined))
render(
  <App
    data={data}
    onOpenOptions={() => chrome.runtime.openOptionsPage()}
    onCheckNow={() => chrome.runtime.sendMessage({ type: 'pollNow' })}
    onFirstPaint={opened}
  />,
  document.getElementById('app')!,
)
// The first rows are being read (App asks for them during this first render): while IndexedDB
// opens, the page has nothing to do, so the date formatter the rows need is built now rather than
// in the middle of drawing them. A timer, so the read is sent first.
setTimeout(prepareDateFormat)
