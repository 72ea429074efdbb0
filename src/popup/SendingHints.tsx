/**
 * Above the Sending issues list: what to fix, once per kind of problem, with how many contacts it
 * holds back. These are the sender's problems, so one fix usually clears many rows at once.
 */
import { useState } from 'preact/hooks'
import type { Contact } from '../store/types'
import { sendingHint } from '../policy/hints'
import { t, tn } from '../ui/i18n'

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
  // The hints scroll on their own; the toggle stays outside them, so "Show less" is always in view.
  return (
    <div class={`sending-hints${open ? ' open' : ''}`} data-testid="sending-hints">
      <div class="hints-list" id="sending-hints-list">
        {visible.map((g) => (
          <p key={g.key} class="hint">
            {/* One inline run: the clamped box (popup.css) would drop the space between two of its boxes. */}
            <span>
              <strong>{tn('hint_affects', g.count)}</strong>
              {` ${t(g.key)}`}
            </span>
          </p>
        ))}
      </div>
      {groups.length > 1 && (
        <button class="hints-toggle" aria-expanded={open} aria-controls="sending-hints-list" onClick={() => setOpen(!open)}>
          {open ? t('hint_fewer') : tn('hint_more', groups.length - 1)}
        </button>
      )}
    </div>
  )
}
