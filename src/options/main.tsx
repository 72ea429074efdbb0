/** Options page entry: wire the store's functions to the page. */
import { render } from 'preact'
import { exportBlob } from '../store/backup-export'
import { restoreBackup } from '../store/restore'
import { openDb } from '../store/db'
import { getSettings, saveSettings } from '../store/settings'
import { listCursors } from '../store/cursors'
import { t } from '../ui/i18n'
import { Options } from './Options'
import './options.css'

document.documentElement.lang = chrome.i18n?.getUILanguage?.() ?? 'en'
document.title = t('options_title')
const db = openDb()
render(
  <Options
    data={{
      load: () => getSettings(db),
      mailboxes: async () => Object.fromEntries((await listCursors(db)).filter((c) => c.mailbox).map((c) => [c.account, c.mailbox!])),
      save: (patch) => saveSettings(db, patch),
      exportAll: () => exportBlob(db),
      importAll: (file, onProgress) => restoreBackup(db, file, { onProgress }),
      // Through the worker: it stops imports and scans first, then clears the badge (src/background/handlers.ts).
      deleteEverything: async () => {
        const answer = (await chrome.runtime.sendMessage({ type: 'deleteEverything' })) as { error?: string } | null
        if (answer?.error) throw new Error(answer.error)
      },
    }}
  />,
  document.getElementById('app')!,
)
