import { defineManifest } from '@crxjs/vite-plugin'
import pkg from './package.json' with { type: 'json' }
import { OUTLOOK_ORIGINS } from './src/sites/outlook/hosts.ts'

// Permissions are the fewest that work; README "Permissions" says why each is here.
// The Gmail API scan (issue 5) exists only in builds given an OAuth client id: only they ask for
// `identity` (chrome.identity.getAuthToken, gmail.readonly) and the API host.
const GMAIL_OAUTH_CLIENT_ID = process.env.VITE_GMAIL_OAUTH_CLIENT_ID ?? ''
const gmailApi = GMAIL_OAUTH_CLIENT_ID
  ? {
      permissions: ['identity'],
      hosts: ['https://gmail.googleapis.com/*'],
      oauth2: { client_id: GMAIL_OAUTH_CLIENT_ID, scopes: ['https://www.googleapis.com/auth/gmail.readonly'] },
    }
  : { permissions: [], hosts: [] }

/**
 * The content scripts, from their sources. crxjs would load each through a module loader that needs
 * its chunks listed in web_accessible_resources, which any web page can probe to detect Rebound
 * (issue 10 part 2): builds bundle each into one self-contained file instead.
 */
export const CONTENT_SCRIPTS = [
  { matches: ['https://mail.google.com/*'], js: ['src/content/gmail/index.ts'], run_at: 'document_idle' as const },
  { matches: OUTLOOK_ORIGINS.map((o) => `${o}/*`), js: ['src/content/outlook/index.ts'], run_at: 'document_idle' as const },
]

export default defineManifest((env) => ({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: pkg.version,
  icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
  action: { default_popup: 'src/popup/index.html', default_title: '__MSG_extName__' },
  options_page: 'src/options/index.html',
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  // alarms: the Atom feed poll. mail.google.com: the feed and the raw source, with the user's session.
  // mail-attachment.googleusercontent.com: where Gmail redirects the raw source; without it the
  // worker's fetch would depend on Google sending CORS headers. No other host, no tabs, no storage.
  permissions: ['alarms', ...gmailApi.permissions],
  // Asked for only when the user turns desktop notifications on (options page, issue 11).
  optional_permissions: ['notifications'],
  host_permissions: ['https://mail.google.com/*', 'https://mail-attachment.googleusercontent.com/*', ...gmailApi.hosts],
  ...('oauth2' in gmailApi ? { oauth2: gmailApi.oauth2 } : {}),
  // A build leaves the content scripts to scripts/vite-content-scripts.ts (self-contained bundles,
  // nothing web-accessible); the dev server lets crxjs load them (hot reload).
  ...(env.command === 'serve' ? { content_scripts: CONTENT_SCRIPTS } : {}),
}))
