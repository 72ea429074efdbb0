/** The fewest permissions that work (issue 3/4); README "Permissions" says why each is there. */
import { describe, expect, it } from 'vitest'
import manifest, { CONTENT_SCRIPTS } from '../../manifest.config.ts'

// Builds with a Gmail API client id (issue 5) add identity and the API host on purpose.
describe.skipIf(!!process.env.VITE_GMAIL_OAUTH_CLIENT_ID)('manifest permissions', async () => {
  const m = typeof manifest === 'function' ? await (manifest as (env: unknown) => Promise<chrome.runtime.ManifestV3>)({ command: 'build', mode: 'production' }) : (manifest as chrome.runtime.ManifestV3)

  it('asks only for alarms; notifications only when the user turns them on (issue 11)', () => {
    expect(m.permissions).toEqual(['alarms'])
    expect(m.optional_permissions ?? []).toEqual(['notifications'])
  })

  it('reaches only Gmail and the host its raw-source URL redirects to', () => {
    expect(m.host_permissions).toEqual(['https://mail.google.com/*', 'https://mail-attachment.googleusercontent.com/*'])
  })

  it('lists nothing web-accessible (the build adds the content scripts as self-contained files)', () => {
    expect(m.web_accessible_resources ?? []).toEqual([])
    expect(m.content_scripts).toBeUndefined()
  })

  it('runs content scripts only on Gmail and Outlook on the web', () => {
    expect(CONTENT_SCRIPTS.flatMap((c) => c.matches).sort()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ])
  })
})
