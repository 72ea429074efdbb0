/**
 * Typed `chrome.runtime.sendMessage` for content scripts (contract: src/messages.ts): they may send
 * only the types of ContentAnswers and get back that answer (the worker's src/background/senders.ts).
 */
import type { ContentAnswers, Request } from '../../messages'

export async function send<K extends keyof ContentAnswers>(type: K, payload: Omit<Request<K>, 'type'>): Promise<ContentAnswers[K]> {
  const answer = (await chrome.runtime.sendMessage({ type, ...payload })) as ContentAnswers[K] | { error: string } | undefined
  if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') throw new Error(answer.error)
  return answer as ContentAnswers[K]
}

/** After the extension is updated or removed, an old content script can no longer reach the worker. */
export function contextGone(e: unknown): boolean {
  return e instanceof Error && e.message.includes('Extension context invalidated')
}
