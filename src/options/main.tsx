/** Options page entry: wire the store's functions to the page. */
import { render } from 'preact'
import { deleteEverything } from '../store/backup'
import { exportBlob } from '../store/backup-export'
import { restoreBackup } from '../store/restore'
import { openDb } from '../store/db'
import { getSettings, saveSettings } from '../store/settings'
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
      save: (patch) => saveSettings(db, patch),
      exportAll: () => exportBlob(db),
      importAll: (file, onProgress) => restoreBackup(db, file, { onProgress }),
      deleteEverything: () => deleteEverything(db),
    }}
  />,
  document.getElementById('app')!,
)
