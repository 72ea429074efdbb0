/**
 * Routes runtime messages to their handler by `type` (a name → handler map over ProtocolMap).
 * A handler that throws answers `{ error }` instead of leaving the sender waiting; unknown types
 * and messages from other extensions get no answer.
 */
import type { MessageType } from '../messages'
import type { Handlers } from './handlers'

export type ErrorResponse = { error: string }

export function createRouter(handlers: Handlers) {
  return (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void): boolean => {
    if (sender.id !== chrome.runtime.id) return false
    const type = (message as { type?: unknown } | null)?.type
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false
    const handler = handlers[type as MessageType] as (req: unknown, s: chrome.runtime.MessageSender) => Promise<unknown>
    handler(message, sender).then(
      (result) => sendResponse(result ?? null),
      (e: unknown) => {
        console.warn(`Rebound: ${type} failed`, e)
        sendResponse({ error: e instanceof Error ? e.message : String(e) } satisfies ErrorResponse)
      },
    )
    return true // the answer comes asynchronously
  }
}
