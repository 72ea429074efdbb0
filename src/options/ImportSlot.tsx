/**
 * The place where the importer's panels mount (src/options/import/, owned by the importer).
 * import.meta.glob resolves at build time to the module when it exists and to nothing otherwise,
 * so the options page builds before and after the importer lands. The Gmail API scan is offered only
 * when the build was given an OAuth client id (issue 5).
 */
import type { ComponentType } from 'preact'
import { t } from '../ui/i18n'

interface ImportModule {
  ImportPanel?: ComponentType
  ApiScanPanel?: ComponentType
}

const found = import.meta.glob<ImportModule>('./import/index.tsx', { eager: true })
const panels: ImportModule = Object.values(found)[0] ?? {}

export function ImportSlot(props: { apiClientId?: string }) {
  const { ImportPanel, ApiScanPanel } = panels
  const clientId = props.apiClientId ?? import.meta.env.VITE_GMAIL_OAUTH_CLIENT_ID
  return (
    <section class="card" data-testid="import">
      <h2>{t('options_import_h')}</h2>
      {ImportPanel ? <ImportPanel /> : <p class="help">{t('options_import_soon')}</p>}
      {ApiScanPanel && clientId ? <ApiScanPanel /> : null}
    </section>
  )
}
