/**
 * How an account is named to the user: its address when Rebound has learnt it (the Gmail feed's
 * title, src/background/poll-account.ts), else "Gmail account 2" for u/1 — never the URL's "u/1",
 * which is jargon (issue 11, review fixes). Other account keys (an Outlook host) are shown as they are.
 */
import { t } from './i18n'

export function accountName(account: string, mailbox?: string): string {
  if (mailbox) return mailbox
  const index = /^u\/(\d{1,2})$/.exec(account)?.[1]
  return index === undefined ? account : t('account_gmailNth', Number(index) + 1)
}
