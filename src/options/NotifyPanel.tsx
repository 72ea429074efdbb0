/**
 * Desktop notifications, opt-in (issue 11). Turning them on asks Chrome for the optional
 * `notifications` permission inside the click (a permission request needs the user's gesture); if
 * Chrome or the user refuses, the setting stays off. Turning them off gives the permission back.
 */
import { useEffect, useState } from 'preact/hooks'
import type { Settings } from '../store/types'
import { t } from '../ui/i18n'

const PERMISSION: chrome.permissions.Permissions = { permissions: ['notifications'] }

export function NotifyPanel(props: { load: () => Promise<Settings>; save: (patch: Partial<Settings>) => Promise<Settings> }) {
  const [on, setOn] = useState<boolean | undefined>(undefined)
  const [status, setStatus] = useState('')
  useEffect(() => void props.load().then((s) => setOn(s.notify)), [])

  const change = async (want: boolean) => {
    setStatus('')
    if (want) {
      // Asked first, before any await: Chrome refuses a request outside the click's gesture.
      const granted = await chrome.permissions.request(PERMISSION).catch(() => false)
      if (!granted) {
        setOn(false)
        setStatus(t('options_notify_denied'))
        return
      }
    } else {
      await chrome.permissions.remove(PERMISSION).catch(() => false)
    }
    setOn((await props.save({ notify: want })).notify)
    setStatus(t('options_saved'))
  }

  return (
    <section class="card" data-testid="notify">
      <h2>{t('options_notify_h')}</h2>
      <label class="check">
        <input type="checkbox" name="notify" checked={on === true} disabled={on === undefined} onChange={(e) => void change((e.currentTarget as HTMLInputElement).checked)} />
        {t('options_notify_label')}
      </label>
      <p class="help">{t('options_notify_help')}</p>
      <p class="status" role="status">{status}</p>
    </section>
  )
}
