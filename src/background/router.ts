/**
 * Routes runtime messages to their handler by `type` (a name → handler map over ProtocolMap).
 * Each type is taken only from the senders senders.ts lists for it, and a content script's answer
 * goes through that table too. A handler that throws answers `{ error }` instead of leaving the
 * sender waiting; unknown types, senders not allowed and other extensions get no answer.
 */
import type { MessageType } from '../messages'
import type { Handlers } from './handlers'
import { answerFor, mayReceive, senderKind } from './senders'

export type ErrorResponse = { error: string }

export function createRouter(handlers: Handlers) {
  return (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void): boolean => {
    const type = (message as { type?: unknown } | null)?.type
    const kind = senderKind(sender)
    if (typeof type !== 'string' || !mayReceive(type, kind) || !Object.hasOwn(handlers, type)) return false
    const handler = handlers[type as MessageType] as (req: unknown, s: chrome.runtime.MessageSender) => Promise<unknown>
    handler(message, sender).then(
      (result) => sendResponse(answerFor(type, kind!, result ?? null) ?? null),
      (e: unknown) => {
        console.warn(`Rebound: ${type} failed`, e)
        sendResponse({ error: e instanceof Error ? e.message : String(e) } satisfies ErrorResponse)
      },
    )
    return true // the answer comes asynchronously
  }
}
