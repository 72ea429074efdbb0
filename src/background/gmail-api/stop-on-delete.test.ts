/** "Delete everything" stops a running Gmail API scan (src/store/writers.ts) and waits for it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ScanControl } from './scan'
import { withWritersStopped } from '../../store/writers'
import { BASE, OWN, senders } from '../senders.fixtures'

vi.mock('./config', () => ({ API_SCAN_ENABLED: true }))
vi.mock('../db', () => ({ getDb: () => ({}) }))
vi.mock('./state', () => ({ loadScan: async () => ({ cursor: null, lastScanAt: '' }), saveScan: async () => undefined }))
vi.mock('./token', () => ({ identityTokens: {} }))
// A scan that reads until it is told to stop.
vi.mock('./scan', () => ({
  runScan: async (_deps: unknown, _cursor: unknown, control: ScanControl) => {
    while (!control.cancelled) await new Promise((r) => setTimeout(r, 5))
    return { progress: null, cursor: null }
  },
}))

let onConnect: (port: chrome.runtime.Port) => void
beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { id: OWN, getURL: (p: string) => BASE + p, onConnect: { addListener: (f: typeof onConnect) => (onConnect = f) } } })
  // One shared holder at a time is enough here: the exclusive request waits until it is released.
  let held: Promise<unknown> = Promise.resolve()
  vi.stubGlobal('navigator', {
    locks: {
      request: (_n: string, opts: { mode: string }, run: () => Promise<unknown>) => {
        if (opts.mode === 'exclusive') return held.then(run)
        const p = run()
        held = p.catch(() => undefined)
        return p
      },
    },
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('the API scan and Delete everything', () => {
  it('stops, and the deletion runs only once it has', async () => {
    const { registerGmailApiScan } = await import('./index')
    registerGmailApiScan()
    const statuses: { running: boolean; outcome: string | null }[] = []
    let onMessage!: (m: { type: string }) => void
    onConnect({
      name: 'gmail-api-scan',
      sender: senders.options,
      disconnect: vi.fn(),
      postMessage: (m: { status: { running: boolean; outcome: string | null } }) => statuses.push(m.status),
      onMessage: { addListener: (f: typeof onMessage) => (onMessage = f) },
      onDisconnect: { addListener: vi.fn() },
    } as unknown as chrome.runtime.Port)
    onMessage({ type: 'start' })
    await vi.waitFor(() => expect(statuses.some((s) => s.running)).toBe(true))
    const seenByDeletion: boolean[] = []
    await withWritersStopped(async () => void seenByDeletion.push(statuses.at(-1)!.running))
    expect(seenByDeletion).toEqual([false])
    expect(statuses.at(-1)).toMatchObject({ running: false, outcome: 'cancelled' })
  })
})
