/** The Gmail API scan's port takes only the extension's own pages (issue 10 part 2). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BASE, OWN, senders } from '../senders.fixtures'

vi.mock('./config', () => ({ API_SCAN_ENABLED: true }))
vi.mock('../db', () => ({ getDb: () => ({}) }))
vi.mock('./state', () => ({ loadScan: async () => ({ cursor: null, lastScanAt: '' }), saveScan: async () => undefined }))

let onConnect: (port: chrome.runtime.Port) => void
beforeEach(() => {
  vi.stubGlobal('chrome', {
    runtime: { id: OWN, getURL: (p: string) => BASE + p, onConnect: { addListener: (f: typeof onConnect) => (onConnect = f) } },
  })
})
afterEach(() => vi.unstubAllGlobals())

function port(sender: chrome.runtime.MessageSender) {
  return {
    name: 'gmail-api-scan',
    sender,
    disconnect: vi.fn(),
    postMessage: vi.fn(),
    onMessage: { addListener: vi.fn() },
    onDisconnect: { addListener: vi.fn() },
  } as unknown as chrome.runtime.Port & { disconnect: ReturnType<typeof vi.fn>; postMessage: ReturnType<typeof vi.fn> }
}

describe('the API scan port', () => {
  it.each([['a Gmail tab', senders.gmail], ['an Outlook tab', senders.outlook], ['another extension', senders.otherExtension], ['a framed page of ours', senders.framedInWebPage]])(
    'is closed at once for %s',
    async (_name, sender) => {
      const { registerGmailApiScan } = await import('./index')
      registerGmailApiScan()
      const p = port(sender)
      onConnect(p)
      expect(p.disconnect).toHaveBeenCalled()
      expect(p.onMessage.addListener).not.toHaveBeenCalled()
      await new Promise((r) => setTimeout(r, 10))
      expect(p.postMessage).not.toHaveBeenCalled() // no status (it tells when the last scan ran)
    },
  )

  it('serves the options page', async () => {
    const { registerGmailApiScan } = await import('./index')
    registerGmailApiScan()
    const p = port(senders.options)
    onConnect(p)
    expect(p.disconnect).not.toHaveBeenCalled()
    expect(p.onMessage.addListener).toHaveBeenCalled()
    await vi.waitFor(() => expect(p.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'status' })))
  })
})
