/**
 * An account (BounceEvent.account, "origin:where") in words: the mailbox address when known,
 * "Gmail u/1" for a Gmail account whose address is not, "Outlook (host)", "file mail.mbox".
 */
import { t } from './i18n'

export function accountLabel(account: string): string {
  const colon = account.indexOf(':')
  const origin = colon < 0 ? account : account.slice(0, colon)
  const where = colon < 0 ? '' : account.slice(colon + 1)
  if (origin === 'import') return t('account_import', where)
  if (where.includes('@')) return where
  if (origin === 'gmail') return `Gmail ${where}`.trim()
  if (origin === 'outlook') return `Outlook ${where}`.trim()
  return account
}
