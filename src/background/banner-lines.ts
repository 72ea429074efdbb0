/**
 * What the in-page banner says about an ingested notice, as plain strings (never HTML): one line per
 * recipient, "jane@acme.com: The address doesn’t exist — moved to Remove". Written by the worker:
 * these lines are all a content script gets back (senders.ts), never the report or stored contacts.
 */
import type { RecipientReport } from '../bounce/types'
import type { IngestResult } from '../messages'
import type { ContactList } from '../store/types'
import { t, tn } from '../ui/i18n'
import { REASON_KEYS } from '../ui/reasons'
import { trustReasonKey } from '../ui/trust-reasons'

/** At most this many recipient lines; the rest are counted in one line. */
const MAX_LINES = 5

const LIST_KEYS: Record<ContactList, string> = {
  remove: 'list_remove',
  retry: 'list_retry',
  sending: 'list_sending',
  pending: 'list_pending',
  cleared: 'list_cleared',
}

/** Until the store answers, the engine's verdict says which list a recipient goes to. */
const VERDICT_LIST: Record<RecipientReport['verdict'], ContactList | null> = {
  remove: 'remove',
  retry: 'retry',
  'fix-sending': 'sending',
  pending: 'pending',
  none: null,
}

export function describeResult(result: IngestResult): string[] {
  const report = result.report
  if (report.kind === 'error') return [t('banner_unreadable')]
  if (report.kind === 'autoreply') return [t('banner_autoreply')]
  const lines: string[] = []
  const failed = report.recipients.filter((r) => r.action === 'failed' || r.action === 'delayed')
  // Unverified (issue 10): nothing was moved, whatever the engine's verdict says.
  if (result.trust?.level === 'unverified' && failed.length > 0) {
    lines.push(t('banner_unverified', t(trustReasonKey(result.trust.reason))))
    for (const r of failed.slice(0, MAX_LINES)) lines.push(t('banner_recipient', [r.address.toLowerCase(), t(REASON_KEYS[r.reason] ?? 'reason_undefined')]))
    if (failed.length > MAX_LINES) lines.push(tn('banner_more', failed.length - MAX_LINES))
    return lines
  }
  for (const r of failed.slice(0, MAX_LINES)) {
    const address = r.address.toLowerCase()
    // The store's answer wins; a recipient it holds no contact for (a notice forgotten by "Delete
    // everything") was put in no list.
    const list = result.contacts ? result.contacts.find((c) => c.address === address)?.list ?? null : VERDICT_LIST[r.verdict]
    const reason = t(REASON_KEYS[r.reason] ?? 'reason_undefined')
    if (list === 'pending' || r.action === 'delayed') lines.push(t('banner_pending', [address, reason]))
    else if (list && list !== 'cleared') lines.push(t('banner_moved', [address, reason, t(LIST_KEYS[list])]))
    else lines.push(t('banner_recipient', [address, reason]))
  }
  if (failed.length > MAX_LINES) lines.push(tn('banner_more', failed.length - MAX_LINES))
  if (lines.length === 0) lines.push(t('banner_nothing'))
  return lines
}
