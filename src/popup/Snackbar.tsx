/** A short-lived confirmation with an optional Undo; it leaves by itself after a few seconds. */
import { useEffect } from 'preact/hooks'
import { t } from '../ui/i18n'

export interface SnackbarState {
  id: number
  text: string
  onUndo?: () => void
}

export function Snackbar(props: { state: SnackbarState | null; onClose: () => void; ms?: number }) {
  const { state, onClose, ms = 10_000 } = props
  useEffect(() => {
    if (!state) return
    const timer = setTimeout(onClose, ms)
    return () => clearTimeout(timer)
  }, [state?.id])
  if (!state) return null
  return (
    <div class="snackbar" role="status" data-testid="snackbar">
      <span>{state.text}</span>
      {state.onUndo && (
        <button class="snackbar-undo" onClick={() => { state.onUndo!(); onClose() }}>{t('action_undo')}</button>
      )}
    </div>
  )
}
