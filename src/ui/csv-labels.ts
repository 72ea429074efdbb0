/**
 * The CSV export's words in the UI language: header, status words, and the reason in the words the
 * popup's detail view uses ("Keeps failing… — The mailbox is full" for an escalated contact).
 * Record tables over the column and list unions, so a new column without a label is a compile
 * error; src/ui/locales.test.ts checks every key exists in English, French and Italian.
 */
import type { CsvColumn, CsvLabels } from '../export/csv'
import type { Contact, ContactList } from '../store/types'
import { t } from './i18n'
import { accountLabel } from './account-label'
import { reasonKey } from './reasons'

export const CSV_HEADER_KEYS: Record<CsvColumn, string> = {
  email: 'csv_email',
  status: 'csv_status',
  reason: 'csv_reason',
  code: 'csv_code',
  lastBounce: 'csv_lastBounce',
  bounceCount: 'csv_bounceCount',
  nextRetry: 'csv_nextRetry',
  subject: 'csv_subject',
  domain: 'csv_domain',
  diagnostic: 'csv_diagnostic',
  reasonCode: 'csv_reasonCode',
  account: 'csv_account',
}

export const CSV_STATUS_KEYS: Record<ContactList, string> = {
  remove: 'csv_list_remove',
  retry: 'csv_list_retry',
  sending: 'csv_list_sending',
  pending: 'csv_list_pending',
  cleared: 'csv_list_cleared',
}

export function reasonText(c: Contact): string {
  const plain = t(reasonKey(c.reason))
  return c.escalated ? `${t('reason_keepsFailing')} — ${plain}` : plain
}

export function csvLabels(): CsvLabels {
  const each = <K extends string>(keys: Record<K, string>) =>
    Object.fromEntries(Object.entries<string>(keys).map(([k, key]) => [k, t(key)])) as Record<K, string>
  return { header: each(CSV_HEADER_KEYS), status: each(CSV_STATUS_KEYS), reason: reasonText, accounts: (c) => (c.accounts ?? []).map(accountLabel).join(', ') }
}
