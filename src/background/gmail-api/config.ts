/**
 * The Gmail API scan exists only in builds given an OAuth client id (issue 5):
 *   VITE_GMAIL_OAUTH_CLIENT_ID=<id>.apps.googleusercontent.com npm run build
 * manifest.config.ts then adds the `identity` permission, `oauth2` and the API host; without it the
 * extension keeps its minimal permissions and the options page does not offer the scan.
 */
export const OAUTH_CLIENT_ID: string = import.meta.env.VITE_GMAIL_OAUTH_CLIENT_ID ?? ''
export const API_SCAN_ENABLED = OAUTH_CLIENT_ID !== ''

export const GMAIL_SCOPE = 'https://www.googleapis.com/auth/gmail.readonly'
export const API_BASE = 'https://gmail.googleapis.com/gmail/v1/users/me'

export const SCAN_LIMITS = {
  /** A full scan reads at most this many notices (the newest first): bounded after a stale history id too. */
  maxMessages: 20_000,
  /** Ids per users.messages.list page (the API's maximum is 500). */
  pageSize: 500,
  /** Parallel users.messages.get calls: 4 × 5 quota units stays far under 250 units/s per user. */
  concurrency: 4,
  /** A raw message larger than this is skipped (its JSON holds it whole). */
  maxRawBytes: 12 * 1024 * 1024,
  /** Reports per store transaction. */
  batchSize: 50,
  /** Back-off on 429 / 5xx: first wait, cap, attempts. */
  backoffBaseMs: 1000,
  backoffMaxMs: 60_000,
  maxAttempts: 7,
} as const
