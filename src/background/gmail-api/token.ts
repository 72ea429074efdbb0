/**
 * OAuth tokens for the Gmail API through chrome.identity (read-only scope).
 * Test seam: a build made with VITE_GMAIL_API_TEST_TOKEN (only test/e2e/gmail-api.test.ts does, into
 * its own output folder) uses that fixed token, because chrome.identity cannot reach Google in a test
 * browser. Vite replaces the variable at build time: a normal build holds no such token and no such path
 * (the same test checks dist/ for it).
 */
import { GMAIL_SCOPE } from './config'

const TEST_TOKEN: string = import.meta.env.VITE_GMAIL_API_TEST_TOKEN ?? ''

export interface TokenProvider {
  get(interactive: boolean): Promise<string>
  /** Drops a token the API refused (401) so the next get() asks for a fresh one. */
  invalidate(token: string): Promise<void>
}

export const identityTokens: TokenProvider = {
  async get(interactive) {
    if (TEST_TOKEN) return TEST_TOKEN
    const result = await chrome.identity.getAuthToken({ interactive, scopes: [GMAIL_SCOPE] })
    const token = typeof result === 'string' ? result : result?.token
    if (!token) throw new Error('no Google sign-in')
    return token
  },
  async invalidate(token) {
    if (TEST_TOKEN) return
    await chrome.identity.removeCachedAuthToken({ token })
  },
}
