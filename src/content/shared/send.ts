/** Typed `chrome.runtime.sendMessage` for content scripts and pages (contract: src/messages.ts). */
import type { MessageType, Request, Response } from '../../messages'

export async function send<K extends MessageType>(type: K, payload: Omit<Request<K>, 'type'>): Promise<Response<K>> {
  const answer = (await chrome.runtime.sendMessage({ type, ...payload })) as Response<K> | { error: string } | undefined
  if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') throw new Error(answer.error)
  return answer as Response<K>
}

/** After the extension is updated or removed, an old content script can no longer reach the worker. */
export function contextGone(e: unknown): boolean {
  return e instanceof Error && e.message.includes('Extension context invalidated')
}
