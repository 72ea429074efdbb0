import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IngestResult } from '../messages'
import type { Handlers } from './handlers'
import { createRouter } from './router'
import { senders, OWN, BASE } from './senders.fixtures'

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { id: OWN, getURL: (p: string) => BASE + p } })
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const PAGE = senders.popup

function route(handlers: Partial<Handlers>, message: unknown, sender: chrome.runtime.MessageSender = PAGE) {
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
    expect(pollNow).toHaveBeenCalledWith({ type: 'pollNow' }, PAGE)
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
    ['an unknown type', { type: 'deleteEverything' }, PAGE],
    ['an inherited name', { type: 'toString' }, PAGE],
    ['no type', { raw: 'x' }, PAGE],
    ['not an object', 'pollNow', PAGE],
    ['null', null, PAGE],
    ['another extension', { type: 'pollNow' }, senders.otherExtension],
    ['a Gmail tab (pollNow is for extension pages)', { type: 'pollNow' }, senders.gmail],
  ])('ignores %s', async (_name, message, sender) => {
    const pollNow = vi.fn(async () => ({ polled: 1 }))
    expect(await route({ pollNow }, message, sender)).toEqual({ async: false })
    expect(pollNow).not.toHaveBeenCalled()
  })
})

// What the worker would answer about a notice: the parsed notice and the stored contacts' lists.
const FULL: IngestResult = {
  report: {
    kind: 'bounce',
    recipients: [{ address: 'jane@acme.example', action: 'failed', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', diagnostic: 'no such user', remoteMta: 'mx.acme.example', date: '' }],
    original: { messageId: '<m1@sales.example>', subject: 'Our prices for Acme', to: ['jane@acme.example'], date: '' },
    notice: { messageId: '<n1@mail.gmail.com>', subject: 'Delivery Status Notification (Failure)', from: 'mailer-daemon@googlemail.com', date: '' },
    decoder: 'gmail',
  },
  flagged: 1,
  duplicate: false,
  contacts: [{ address: 'jane@acme.example', list: 'remove' }],
}

describe('message trust (issue 10 part 2)', () => {
  it('an Outlook tab cannot make the worker fetch a Gmail message', async () => {
    const ingestGmail = vi.fn(async () => FULL)
    expect(await route({ ingestGmail }, { type: 'ingestGmail', account: 'u/0', id: '1480532333941906195' }, senders.outlook)).toEqual({ async: false })
    expect(ingestGmail).not.toHaveBeenCalled()
  })

  it('a Gmail tab gets the banner lines back, not the notice nor stored contacts', async () => {
    const ingestGmail = vi.fn(async () => FULL)
    const { response } = await route({ ingestGmail }, { type: 'ingestGmail', account: 'u/0', id: '1' }, senders.gmail)
    expect(response).toEqual({ lines: ['jane@acme.example: The address doesn’t exist — moved to Remove'] })
  })

  it.each([['ingestRaw'], ['ingestText']] as const)('every %s answer to a content script is the banner lines only', async (type) => {
    const handler = vi.fn(async () => FULL)
    const sender = type === 'ingestText' ? senders.outlook : senders.gmail
    const { response } = await route({ [type]: handler }, { type }, sender)
    expect(Object.keys(response as object)).toEqual(['lines'])
    expect(JSON.stringify(response)).not.toMatch(/mailer-daemon|Our prices|Delivery Status|mx\.acme/)
  })

  it('an extension page still gets the whole answer (demo, tests)', async () => {
    expect(await route({ ingestRaw: vi.fn(async () => FULL) }, { type: 'ingestRaw' }, senders.options)).toEqual({ async: true, response: FULL })
  })

  it('accountSeen answers a Gmail tab with nothing', async () => {
    expect(await route({ accountSeen: vi.fn(async () => undefined) }, { type: 'accountSeen', account: 'u/0' }, senders.gmail)).toEqual({ async: true, response: null })
  })
})
