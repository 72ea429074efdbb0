/**
 * One status line from the watcher cursors: quiet when all is well, explicit when an account needs
 * the user (signed out), so they know why nothing new arrives.
 */
import { useState } from 'preact/hooks'
import type { WatcherCursor } from '../store/types'
import { formatDate } from '../ui/format'
import { accountName } from '../ui/account-name'
import { t } from '../ui/i18n'

/** Gmail's own address for account u/N; nothing for accounts of other kinds. */
function gmailUrl(account: string): string | undefined {
  return /^u\/\d{1,2}$/.test(account) ? `https://mail.google.com/mail/${account}/` : undefined
}

export interface WatcherLine {
  text: string
  tone: 'ok' | 'warn' | 'idle'
  /** Where to sign in again (signed-out Gmail accounts). */
  href?: string
}

export function watcherLines(cursors: readonly WatcherCursor[]): WatcherLine[] {
  const lines: WatcherLine[] = []
  const ok: string[] = []
  for (const c of cursors) {
    if (c.state === 'signed-out') lines.push({ text: t('watcher_signedOut', accountName(c.account, c.mailbox)), tone: 'warn', href: gmailUrl(c.account) })
    else if (c.state === 'backoff') lines.push({ text: t('watcher_backoff', accountName(c.account, c.mailbox)), tone: 'warn' })
    else if (c.state === 'error') lines.push({ text: t('watcher_error', accountName(c.account, c.mailbox)), tone: 'warn' })
    else ok.push(accountName(c.account, c.mailbox))
  }
  if (ok.length) lines.unshift({ text: t('watcher_ok', ok.join(', ')), tone: 'ok' })
  if (!cursors.length) lines.push({ text: t('watcher_none'), tone: 'idle' })
  return lines
}

/**
 * Accounts whose feed overflowed (more unread mail arrived than it lists: src/background/feed-window.ts):
 * say notices may have been missed, since when, and how to recover them (issue 11).
 */
function MissedNotices(props: { cursors: readonly WatcherCursor[]; onOpenOptions?: () => void; onDismiss?: (account: string) => void }) {
  const missed = props.cursors.filter((c) => c.mayHaveMissedSince)
  if (!missed.length) return null
  return (
    <div class="watcher-missed" data-testid="missed">
      {missed.map((c) => (
        <p key={c.account} class="watcher-line warn" data-account={c.account}>
          {t('watcher_missed', [accountName(c.account, c.mailbox), formatDate(c.mayHaveMissedSince!)])}{' '}
          {props.onOpenOptions && <button class="check-now" onClick={props.onOpenOptions}>{t('watcher_recover')}</button>}
          {props.onDismiss && <button class="check-now" onClick={() => props.onDismiss!(c.account)}>{t('watcher_dismiss')}</button>}
        </p>
      ))}
    </div>
  )
}

export function WatcherStatus(props: {
  cursors: readonly WatcherCursor[] | undefined
  onCheckNow?: () => Promise<unknown>
  onOpenOptions?: () => void
  onDismissMissed?: (account: string) => void
}) {
  const [checking, setChecking] = useState(false)
  if (!props.cursors) return null
  const check = async () => {
    setChecking(true)
    // The worker answers when the poll is over (or failed: the cursors then say why).
    await props.onCheckNow?.().catch(() => undefined)
    setChecking(false)
  }
  return (
    <div class="watcher" data-testid="watcher">
      <div class="watcher-lines">
        {watcherLines(props.cursors).map((l) => (
          <p key={l.text} class={`watcher-line ${l.tone}`}>
            {l.href ? <a href={l.href} target="_blank" rel="noreferrer">{l.text}</a> : l.text}
          </p>
        ))}
        <MissedNotices cursors={props.cursors} onOpenOptions={props.onOpenOptions} onDismiss={props.onDismissMissed} />
      </div>
      {props.onCheckNow && (
        <button class="check-now" onClick={check} disabled={checking}>{checking ? t('watcher_checking') : t('watcher_checkNow')}</button>
      )}
    </div>
  )
}
