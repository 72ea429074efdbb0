/** Popup entry: open the store, tell the worker the popup was seen (it clears the badge), render. */
import { render } from 'preact'
import { openDb } from '../store/db'
import { prepareDateFormat } from '../ui/format'
import { t } from '../ui/i18n'
import { App, FIRST_ROWS, FIRST_TAB } from './App'
import { popupData } from './data'
import './popup.css'

// With 'rebound:first-list-paint' (App.tsx), splits the bench's figure into loading and data + render.
performance.mark('rebound:script-start')

document.documentElement.lang = chrome.i18n?.getUILanguage?.() ?? 'en'
document.title = t('extName')
const data = popupData(openDb())
// The first screenful is asked for before anything else: opening IndexedDB takes tens of ms (more
// in a fresh process), which the page spends rendering and loading the date formatter.
const firstRows = data.first(FIRST_TAB, FIRST_ROWS)
// Clearing the badge wakes the worker, which then counts contacts: only after the list is on screen.
// The worker may be asleep or busy; the badge is a nicety, never a reason for the popup to fail.
const opened = () => void chrome.runtime.sendMessage({ type: 'popupOpened' }).catch(() => data.opened().catch(() => undefined))
// Timers, so that Dexie's open request (sent from promise callbacks) leaves first: rendering, with its
// first layout, and the date formatter's locale data (20–35 ms in a fresh process) come after it.
setTimeout(() =>
  render(
    <App
      data={data}
      firstRows={firstRows}
      onOpenOptions={() => chrome.runtime.openOptionsPage()}
      onCheckNow={() => chrome.runtime.sendMessage({ type: 'pollNow' })}
      onFirstPaint={opened}
    />,
    document.getElementById('app')!,
  ),
)
setTimeout(prepareDateFormat)
