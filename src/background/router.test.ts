import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Handlers } from './handlers'
import { createRouter } from './router'

const OWN = 'abcdefghijklmnopabcdefghijklmnop'

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { id: OWN } })
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function route(handlers: Partial<Handlers>, message: unknown, sender: chrome.runtime.MessageSender = { id: OWN }) {
  const router = createRouter(handlers as Handlers)
  return new Promise<{ async: boolean; response?: unknown }>((resolve) => {
    const async = router(message, sender, (response) => resolve({ async: true, response }))
    if (!async) resolve({ async })
  })
}

describe('createRouter', () => {
  it('answers with the handler result', async () => {
    const pollNow = vi.fn(async () => ({ polled: 2 }))
    expect(await route({ pollNow }, { type: 'pollNow' })).toEqual({ async: true, response: { polled: 2 } })
    expect(pollNow).toHaveBeenCalledWith({ type: 'pollNow' }, { id: OWN })
  })

  it('turns a thrown error into { error } so the sender is never left waiting', async () => {
    const pollNow = vi.fn(async () => {
      throw new Error('store closed')
    })
    expect(await route({ pollNow }, { type: 'pollNow' })).toEqual({ async: true, response: { error: 'store closed' } })
  })

  it('a handler with no result answers null', async () => {
    expect(await route({ popupOpened: async () => undefined }, { type: 'popupOpened' })).toEqual({ async: true, response: null })
  })

  it.each([
    ['an unknown type', { type: 'deleteEverything' }, { id: OWN }],
    ['an inherited name', { type: 'toString' }, { id: OWN }],
    ['no type', { raw: 'x' }, { id: OWN }],
    ['not an object', 'pollNow', { id: OWN }],
    ['null', null, { id: OWN }],
    ['another extension', { type: 'pollNow' }, { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
  ])('ignores %s', async (_name, message, sender) => {
    const pollNow = vi.fn(async () => ({ polled: 1 }))
    expect(await route({ pollNow }, message, sender)).toEqual({ async: false })
    expect(pollNow).not.toHaveBeenCalled()
  })
})
