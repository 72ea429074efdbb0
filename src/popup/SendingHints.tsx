/**
 * Above the Sending issues list: what to fix, once per kind of problem, with how many contacts it
 * holds back. These are the sender's problems, so one fix usually clears many rows at once.
 */
import { useState } from 'preact/hooks'
import type { Contact } from '../store/types'
import { sendingHint } from '../policy/hints'
import { t } from '../ui/i18n'

export function groupHints(contacts: readonly Contact[]): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>()
  for (const c of contacts) {
    const key = sendingHint(c.reason)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
}

export function SendingHints(props: { contacts: readonly Contact[] }) {
  const [open, setOpen] = useState(false)
  const groups = groupHints(props.contacts)
  if (!groups.length) return null
  const visible = open ? groups : groups.slice(0, 1)
  return (
    <div class={`sending-hints${open ? ' open' : ''}`} data-testid="sending-hints">
      {visible.map((g) => (
        <p key={g.key} class="hint">
          <strong>{t('hint_affects', g.count)}</strong> {t(g.key)}
        </p>
      ))}
      {groups.length > 1 && (
        <button class="hints-toggle" onClick={() => setOpen(!open)}>
          {open ? t('hint_fewer') : t('hint_more', groups.length - 1)}
        </button>
      )}
    </div>
  )
}
