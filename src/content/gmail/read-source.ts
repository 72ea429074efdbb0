/**
 * Reads an open notice's raw source from the page (same origin as Gmail, with the user's session)
 * and hands it to the worker as base64. If the page cannot fetch it (the redirect to
 * mail-attachment.googleusercontent.com refused, say), the worker fetches it with its host permission.
 */
import { rawSourcePath } from '../../sites/gmail/urls'
import type { BannerAnswer } from '../../messages'
import { bytesToBase64 } from '../shared/base64'
import { send } from '../shared/send'

const MAX_BYTES = 32 * 1024 * 1024

async function fetchBytes(account: string, id: string): Promise<Uint8Array | null> {
  try {
    const res = await fetch(rawSourcePath(account, id), { credentials: 'include', cache: 'no-store', signal: AbortSignal.timeout(60_000) })
    if (!res.ok) return null
    const buf = await res.arrayBuffer()
    if (buf.byteLength === 0 || buf.byteLength > MAX_BYTES) return null
    const bytes = new Uint8Array(buf)
    // A sign-in or error page is not a message: let the worker try (and report) instead.
    const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase()
    return head.startsWith('<!doctype html') || head.startsWith('<html') ? null : bytes
  } catch {
    return null
  }
}

export async function ingestOpenNotice(account: string, id: string): Promise<BannerAnswer> {
  const bytes = await fetchBytes(account, id)
  const source = { origin: 'gmail' as const, account, id }
  // A notice opened from the Spam folder (#spam/...) is not evidence (issue 10).
  const inSpam = /^#spam(?:\/|$)/.test(globalThis.location?.hash ?? '')
  if (bytes) return send('ingestRaw', { raw: bytesToBase64(bytes), encoding: 'base64', source, inSpam })
  return send('ingestGmail', { account, id, inSpam })
}
