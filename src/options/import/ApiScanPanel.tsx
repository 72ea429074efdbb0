/**
 * "Scan my whole mailbox" through the Gmail API. The scan runs in the service worker
 * (src/background/gmail-api/); this panel only starts, cancels and shows it, over a port.
 * Renders nothing in builds without VITE_GMAIL_OAUTH_CLIENT_ID.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { SCAN_PORT, type FromScan, type ScanStatus, type ToScan } from '../../background/gmail-api/protocol'
import { formatDate } from '../../ui/format'
import { t } from '../../ui/i18n'

export function ApiScanPanel() {
  if (!import.meta.env.VITE_GMAIL_OAUTH_CLIENT_ID) return null
  return <ApiScan />
}

function ApiScan() {
  const [status, setStatus] = useState<ScanStatus | null>(null)
  const port = useRef<chrome.runtime.Port | null>(null)

  useEffect(() => {
    const p = chrome.runtime.connect({ name: SCAN_PORT })
    p.onMessage.addListener((m: FromScan) => setStatus(m.status))
    p.postMessage({ type: 'status' } satisfies ToScan)
    port.current = p
    return () => p.disconnect()
  }, [])
  const send = (m: ToScan) => port.current?.postMessage(m)
  const pr = status?.progress

  return (
    <div class="api-scan" data-testid="api-scan" data-running={String(!!status?.running)} data-outcome={status?.outcome ?? ''} data-finished={status?.finished ?? 0}>
      <h3>{t('apiscan_h')}</h3>
      <p class="help">{t('apiscan_help')}</p>
      {status?.running ? (
        <>
          <progress max={pr?.listed || 1} value={pr?.read ?? 0} />
          <button type="button" data-testid="api-scan-cancel" onClick={() => send({ type: 'cancel' })}>{t('import_cancel')}</button>
        </>
      ) : (
        <button type="button" class="primary" data-testid="api-scan-start" onClick={() => send({ type: 'start' })}>{t('apiscan_start')}</button>
      )}
      {pr && (
        <p class="status" data-testid="api-scan-progress" data-mode={pr.mode} data-listed={pr.listed} data-read={pr.read} data-notices={pr.notices} data-flagged={pr.flagged} data-skipped={pr.skipped} data-errors={pr.errors}>
          {t('apiscan_progress', [pr.read, pr.listed, pr.notices, pr.flagged])}
        </p>
      )}
      {!!status?.waitSeconds && <p class="status" data-testid="api-scan-waiting">{t('apiscan_waiting', status.waitSeconds)}</p>}
      {status?.outcome === 'done' && pr && (
        <p class="status" data-testid="api-scan-done">
          {t('apiscan_done', [pr.read, pr.notices, pr.flagged])}
          {pr.mode === 'incremental' ? ` ${t('apiscan_incremental')}` : ''}
        </p>
      )}
      {status?.outcome === 'cancelled' && <p class="status">{t('apiscan_cancelled')}</p>}
      {status?.outcome === 'failed' && <p class="error" data-testid="api-scan-failed">{t('apiscan_failed', status.error)}</p>}
      {status?.lastScanAt && !status.running && <p class="help">{t('apiscan_last', formatDate(status.lastScanAt))}</p>}
    </div>
  )
}
