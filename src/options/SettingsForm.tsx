/** Retry policy numbers, poll period, watched accounts, the CSV separator and retention: one form, saved together. */
import { useEffect, useState } from 'preact/hooks'
import { CSV_SEPARATOR_CHOICES, type CsvSeparatorChoice, type Settings } from '../store/types'
import { accountName } from '../ui/account-name'
import { t } from '../ui/i18n'
import { ACCOUNT_SLOTS, parseBackoff, parseWhole } from './parse'

const SEPARATOR_KEYS: Record<CsvSeparatorChoice, string> = {
  auto: 'options_csvSeparator_auto',
  comma: 'options_csvSeparator_comma',
  semicolon: 'options_csvSeparator_semicolon',
}

export function SettingsForm(props: { load: () => Promise<Settings>; save: (patch: Partial<Settings>) => Promise<Settings>; mailboxes?: () => Promise<Record<string, string>> }) {
  const [mailboxes, setMailboxes] = useState<Record<string, string>>({})
  useEffect(() => void props.mailboxes?.().then(setMailboxes, () => undefined), [])
  const [loaded, setLoaded] = useState<Settings | null>(null)
  const [backoff, setBackoff] = useState('')
  const [weeks, setWeeks] = useState('')
  const [poll, setPoll] = useState('')
  const [accounts, setAccounts] = useState<string[]>([])
  const [separator, setSeparator] = useState<CsvSeparatorChoice>('auto')
  const [composeGuard, setComposeGuard] = useState(true)
  const [keep, setKeep] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState('')

  const fill = (s: Settings) => {
    setLoaded(s)
    setBackoff(s.retryBackoffDays.join(', '))
    setWeeks(String(s.escalateAfterWeeks))
    setPoll(String(s.pollMinutes))
    setAccounts(s.watchedAccounts)
    setSeparator(s.csvSeparator)
    setComposeGuard(s.composeGuard)
    setKeep(s.keepMonths ? String(s.keepMonths) : '')
  }
  useEffect(() => void props.load().then(fill), [])

  const submit = async (e: Event) => {
    e.preventDefault()
    setStatus('')
    const b = parseBackoff(backoff)
    const w = parseWhole(weeks, 1, 52, 'options_escalate_error')
    const p = parseWhole(poll, 1, 1440, 'options_poll_error')
    const k = parseWhole(keep.trim() || '0', 0, 120, 'options_keep_error')
    const next: Record<string, string> = {}
    if (!b.ok) next.backoff = b.error
    if (!w.ok) next.weeks = w.error
    if (!p.ok) next.poll = p.error
    if (!k.ok) next.keep = k.error
    if (!accounts.length) next.accounts = 'options_accounts_error'
    setErrors(next)
    if (!b.ok || !w.ok || !p.ok || !k.ok || !accounts.length) return
    try {
      fill(await props.save({ retryBackoffDays: b.value, escalateAfterWeeks: w.value, pollMinutes: p.value, watchedAccounts: accounts, csvSeparator: separator, composeGuard, keepMonths: k.value }))
      setStatus(t('options_saved'))
    } catch (err) {
      setStatus(String((err as Error).message ?? err))
    }
  }

  if (!loaded) return <form class="card" aria-busy="true" />
  // Accounts saved by hand or by an older version stay visible even when outside the usual slots.
  const slots = [...ACCOUNT_SLOTS, ...loaded.watchedAccounts.filter((a) => !ACCOUNT_SLOTS.includes(a))]
  const toggle = (a: string) => setAccounts(accounts.includes(a) ? accounts.filter((x) => x !== a) : [...accounts, a])

  return (
    <form class="card" onSubmit={submit} data-testid="settings-form" noValidate>
      <h2>{t('options_policy_h')}</h2>
      <label class="field">
        <span>{t('options_backoff_label')}</span>
        <input name="backoff" value={backoff} onInput={(e) => setBackoff(e.currentTarget.value)} aria-invalid={!!errors.backoff} />
        <small class={errors.backoff ? 'error' : 'help'}>{t(errors.backoff ?? 'options_backoff_help')}</small>
      </label>
      <label class="field">
        <span>{t('options_escalate_label')}</span>
        <input name="weeks" inputMode="numeric" value={weeks} onInput={(e) => setWeeks(e.currentTarget.value)} aria-invalid={!!errors.weeks} />
        <small class={errors.weeks ? 'error' : 'help'}>{t(errors.weeks ?? 'options_escalate_help')}</small>
      </label>

      <h2>{t('options_watch_h')}</h2>
      <label class="field">
        <span>{t('options_poll_label')}</span>
        <input name="poll" inputMode="numeric" value={poll} onInput={(e) => setPoll(e.currentTarget.value)} aria-invalid={!!errors.poll} />
        {errors.poll && <small class="error">{t(errors.poll)}</small>}
      </label>
      <fieldset class="field accounts">
        <legend>{t('options_accounts_label')}</legend>
        <div class="account-slots">
          {slots.map((a) => (
            <label key={a} class="account">
              <input type="checkbox" name="account" value={a} checked={accounts.includes(a)} onChange={() => toggle(a)} />
              <span>{accountName(a, mailboxes[a])}</span>
            </label>
          ))}
        </div>
        <small class={errors.accounts ? 'error' : 'help'}>{t(errors.accounts ?? 'options_accounts_help')}</small>
      </fieldset>
      <label class="field checkbox">
        <span>
          <input type="checkbox" name="composeGuard" checked={composeGuard} onChange={(e) => setComposeGuard(e.currentTarget.checked)} />
          {' '}{t('options_composeGuard_label')}
        </span>
        <small class="help">{t('options_composeGuard_help')}</small>
      </label>

      <h2>{t('options_export_h')}</h2>
      <label class="field">
        <span>{t('options_csvSeparator_label')}</span>
        <select name="csvSeparator" value={separator} onChange={(e) => setSeparator(e.currentTarget.value as CsvSeparatorChoice)}>
          {CSV_SEPARATOR_CHOICES.map((c) => (
            <option key={c} value={c}>{t(SEPARATOR_KEYS[c])}</option>
          ))}
        </select>
        <small class="help">{t('options_csvSeparator_help')}</small>
      </label>

      <h2>{t('options_retention_h')}</h2>
      <label class="field">
        <span>{t('options_keep_label')}</span>
        <input name="keepMonths" inputMode="numeric" placeholder="∞" value={keep} onInput={(e) => setKeep(e.currentTarget.value)} aria-invalid={!!errors.keep} />
        <small class={errors.keep ? 'error' : 'help'}>{t(errors.keep ?? 'options_keep_help')}</small>
      </label>
      <div class="form-actions">
        <button type="submit" class="primary">{t('options_save')}</button>
        <span class="status" role="status">{status}</span>
      </div>
    </form>
  )
}
