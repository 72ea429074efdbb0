/**
 * Filter the list by the account its notices were read from (issue 10, privacy): a small select,
 * shown only when the list holds contacts from more than one account.
 */
import { accountLabel } from '../ui/account-label'
import { t } from '../ui/i18n'

export function AccountFilter(props: { accounts: readonly string[]; value: string; onChange: (account: string) => void }) {
  if (props.accounts.length < 2) return null
  return (
    <select
      class="account-filter"
      data-testid="account-filter"
      aria-label={t('filter_account')}
      title={t('filter_account')}
      value={props.value}
      onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
    >
      <option value="">{t('filter_account_all')}</option>
      {props.accounts.map((a) => (
        <option value={a}>{accountLabel(a)}</option>
      ))}
    </select>
  )
}
