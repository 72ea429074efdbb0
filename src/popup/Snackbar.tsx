/**
 * A short-lived confirmation with an optional Undo; it leaves by itself after a few seconds, but never
 * while the pointer or the keyboard focus is on it (WCAG 2.2.1: the user controls the time). After an
 * action the Undo button takes the focus, so Enter undoes at once (issue 11, accessibility).
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from '../ui/i18n'

export interface SnackbarState {
  id: number
  text: string
  onUndo?: () => void
  /** Move the keyboard focus to Undo (after an action that took the focused control away). */
  focusUndo?: boolean
}

export function Snackbar(props: { state: SnackbarState | null; onClose: () => void; ms?: number }) {
  const { state, onClose, ms = 10_000 } = props
  const [held, setHeld] = useState(false)
  const undo = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (state?.focusUndo) undo.current?.focus()
  }, [state?.id])
  useEffect(() => {
    if (!state || held) return
    const timer = setTimeout(onClose, ms)
    return () => clearTimeout(timer)
  }, [state?.id, held])
  if (!state) return null
  const inside = (e: FocusEvent) => e.relatedTarget instanceof Node && (e.currentTarget as Node).contains(e.relatedTarget)
  return (
    <div
      class="snackbar"
      role="status"
      data-testid="snackbar"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={(e) => !inside(e) && setHeld(false)}
    >
      <span>{state.text}</span>
      {state.onUndo && (
        <button ref={undo} class="snackbar-undo" onClick={() => { setHeld(false); state.onUndo!(); onClose() }}>{t('action_undo')}</button>
      )}
    </div>
  )
}
