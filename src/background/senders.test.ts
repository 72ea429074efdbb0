/** Which sender may send which message (issue 10 part 2): the whole table, sender by sender. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SCRIPTS } from '../../manifest.config.ts'
import type { MessageType } from '../messages'
import { mayReceive, senderKind, SENDERS } from './senders'
import { BASE, OWN, senders } from './senders.fixtures'

beforeEach(() => vi.stubGlobal('chrome', { runtime: { id: OWN, getURL: (p: string) => BASE + p } }))
afterEach(() => vi.unstubAllGlobals())

describe('senderKind', () => {
  it.each([
    ['popup', 'extension'],
    ['options', 'extension'],
    ['gmail', 'gmail'],
    ['gmailU1', 'gmail'],
    ['outlook', 'outlook'],
    ['otherExtension', null],
    ['otherSite', null],
    ['lookAlike', null],
    ['framedInWebPage', null],
    ['originMismatch', null],
    ['gmailNoTab', null],
    ['gmailFramed', null],
    ['noUrl', null],
  ] as const)('%s → %s', (name, kind) => {
    expect(senderKind(senders[name])).toBe(kind)
  })
})

describe('the message table', () => {
  const ALLOWED: Record<MessageType, string[]> = {
    ingestRaw: ['gmail', 'extension'],
    ingestGmail: ['gmail'],
    ingestText: ['outlook'],
    accountSeen: ['gmail', 'extension'],
    popupOpened: ['extension'],
    pollNow: ['extension'],
    testPollEvery: ['extension'],
    deleteEverything: ['extension'],
    composeWarnings: ['gmail', 'outlook'],
  }
  it.each(Object.entries(ALLOWED))('%s is taken from %j only', (type, kinds) => {
    for (const kind of ['extension', 'gmail', 'outlook'] as const) expect(mayReceive(type, kind), `${type} from ${kind}`).toBe(kinds.includes(kind))
    expect(mayReceive(type, null)).toBe(false)
  })
  it('lists every type, and nothing inherited', () => {
    expect(Object.keys(SENDERS).sort()).toEqual(Object.keys(ALLOWED).sort())
    expect(mayReceive('constructor', 'extension')).toBe(false)
  })
})

describe('Outlook hosts', () => {
  it('are exactly the ones the Outlook content script runs on', () => {
    const outlook = CONTENT_SCRIPTS.find((c) => c.js.some((j) => j.includes('outlook')))!
    for (const match of outlook.matches) {
      const url = match.replace('/*', '/mail/')
      expect(senderKind({ ...senders.outlook, url, origin: new URL(url).origin }), match).toBe('outlook')
    }
  })
})
