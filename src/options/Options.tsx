/** The options page: settings, import, backup, delete. Each card talks to the store through props. */
import type { RestoreProgress } from '../store/restore'
import type { Settings } from '../store/types'
import { t } from '../ui/i18n'
import { BackupPanel } from './BackupPanel'
import { DeletePanel } from './DeletePanel'
import { ImportSlot } from './ImportSlot'
import { NotifyPanel } from './NotifyPanel'
import { SettingsForm } from './SettingsForm'

export interface OptionsData {
  load: () => Promise<Settings>
  save: (patch: Partial<Settings>) => Promise<Settings>
  exportAll: () => Promise<unknown>
  importAll: (file: Blob, onProgress: (p: RestoreProgress) => void) => Promise<unknown>
  deleteEverything: () => Promise<void>
  /** The address of each Gmail account key Rebound has read (u/0 → jane@acme.com). */
  mailboxes?: () => Promise<Record<string, string>>
}

export function Options(props: { data: OptionsData }) {
  const d = props.data
  return (
    <main class="options">
      <header class="options-head">
        <img src="/icons/48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="help">{t('options_privacy')}</p>
        </div>
      </header>
      <SettingsForm load={d.load} save={d.save} mailboxes={d.mailboxes} />
      <NotifyPanel load={d.load} save={d.save} />
      <ImportSlot />
      <BackupPanel exportAll={d.exportAll} importAll={d.importAll} />
      <DeletePanel deleteEverything={d.deleteEverything} />
    </main>
  )
}
