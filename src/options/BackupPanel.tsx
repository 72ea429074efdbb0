/**
 * Backup as one JSON file: export through a Blob download, restore from a picked file. The file is
 * user-supplied input: the store validates every row; here a bad file only yields a message.
 */
import { useState } from 'preact/hooks'
import { MAX_BACKUP_BYTES, type RestoreProgress } from '../store/restore'
import { dayStamp } from '../ui/format'
import { t } from '../ui/i18n'
import { formatBytes } from './import/format'

const PHASE_KEYS: Record<RestoreProgress['phase'], string> = {
  check: 'options_backup_checking', write: 'options_backup_writing', contacts: 'options_backup_contacts',
}
/** The store's English reasons that have their own translation; others are shown as they are. */
const KNOWN_ERRORS: Record<string, string> = {
  'not a Rebound backup file': 'options_backup_notBackup',
  'not a JSON file': 'options_backup_notJson',
}

export function backupFileName(now: Date): string {
  return `rebound-backup-${dayStamp(now)}.json`
}

export function BackupPanel(props: { exportAll: () => Promise<unknown>; importAll: (file: Blob, onProgress: (p: RestoreProgress) => void) => Promise<unknown> }) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)

  const save = async () => {
    // The store hands a Blob built page by page (a large store's JSON is more than one string holds).
    const data = await props.exportAll()
    const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }))
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
    if (!file || busy) return
    // Refused before reading: the file is read (twice) as it streams, but a bigger one is no backup of ours.
    if (file.size > MAX_BACKUP_BYTES) return setStatus(t('options_backup_error', t('options_backup_tooBig', formatBytes(MAX_BACKUP_BYTES))))
    setBusy(true)
    let last = -1
    try {
      await props.importAll(file, (p) => {
        const percent = Math.floor((100 * p.done) / Math.max(p.total, 1))
        if (percent === last) return
        last = percent
        setStatus(t(PHASE_KEYS[p.phase], percent))
      })
      setStatus(t('options_backup_restored'))
    } catch (err) {
      // The store names the first problem in English; the common ones have their own translation.
      const message = (err as Error).message || String(err)
      setStatus(t('options_backup_error', Object.hasOwn(KNOWN_ERRORS, message) ? t(KNOWN_ERRORS[message]) : message))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="card" data-testid="backup">
      <h2>{t('options_backup_h')}</h2>
      <p class="help">{t('options_backup_help')} {t('options_backup_limit', formatBytes(MAX_BACKUP_BYTES))}</p>
      <div class="form-actions">
        <button type="button" onClick={save}>{t('options_backup_export')}</button>
        <label class="button">
          {t('options_backup_import')}
          <input type="file" accept=".json,application/json" hidden disabled={busy} onChange={(e) => restore(e.currentTarget)} />
        </label>
      </div>
      <p class="status" role="status">{status}</p>
    </section>
  )
}
