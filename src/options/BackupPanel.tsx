/**
 * Backup as one JSON file: export through a Blob download, restore from a picked file. The file is
 * user-supplied input: the store validates every row; here a bad file only yields a message.
 */
import { useState } from 'preact/hooks'
import { dayStamp } from '../ui/format'
import { t } from '../ui/i18n'

export function backupFileName(now: Date): string {
  return `rebound-backup-${dayStamp(now)}.json`
}

export function BackupPanel(props: { exportAll: () => Promise<unknown>; importAll: (data: unknown) => Promise<unknown> }) {
  const [status, setStatus] = useState('')

  const save = async () => {
    const json = JSON.stringify(await props.exportAll(), null, 1)
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = backupFileName(new Date())
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    setStatus(t('options_backup_exported', a.download))
  }

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    let data: unknown
    try {
      data = JSON.parse(await file.text())
    } catch {
      setStatus(t('options_backup_error', t('options_backup_notJson')))
      return
    }
    try {
      await props.importAll(data)
      setStatus(t('options_backup_restored'))
    } catch (err) {
      // The store names the first problem in English; the commonest one has its own translation.
      const message = (err as Error).message || String(err)
      setStatus(t('options_backup_error', message === 'not a Rebound backup file' ? t('options_backup_notBackup') : message))
    }
  }

  return (
    <section class="card" data-testid="backup">
      <h2>{t('options_backup_h')}</h2>
      <p class="help">{t('options_backup_help')}</p>
      <div class="form-actions">
        <button type="button" onClick={save}>{t('options_backup_export')}</button>
        <label class="button">
          {t('options_backup_import')}
          <input type="file" accept=".json,application/json" hidden onChange={(e) => restore(e.currentTarget)} />
        </label>
      </div>
      <p class="status" role="status">{status}</p>
    </section>
  )
}
