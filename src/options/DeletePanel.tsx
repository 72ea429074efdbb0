/** "Delete everything", behind a second, explicit confirmation (it cannot be undone). */
import { useState } from 'preact/hooks'
import { t } from '../ui/i18n'

export function DeletePanel(props: { deleteEverything: () => Promise<void> }) {
  const [asking, setAsking] = useState(false)
  const [status, setStatus] = useState('')
  const confirm = async () => {
    setAsking(false)
    try {
      await props.deleteEverything()
      setStatus(t('options_deleted'))
    } catch (e) {
      setStatus(t('options_delete_failed', e instanceof Error ? e.message : String(e)))
    }
  }
  return (
    <section class="card danger" data-testid="delete">
      <h2>{t('options_delete_h')}</h2>
      <p class="help">{t('options_delete_help')}</p>
      {asking ? (
        <div class="confirm" role="alertdialog" aria-label={t('options_delete_question')}>
          <p>{t('options_delete_question')}</p>
          <div class="form-actions">
            <button type="button" class="danger-button" onClick={confirm}>{t('options_delete_confirm')}</button>
            <button type="button" onClick={() => setAsking(false)}>{t('options_delete_cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger-button" onClick={() => { setStatus(''); setAsking(true) }}>{t('options_delete_button')}</button>
      )}
      <p class="status" role="status">{status}</p>
    </section>
  )
}
