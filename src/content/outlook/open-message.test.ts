// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { digest, itemIdFromPath, readOutlookMessage } from './open-message'

const PANE = `<div role="main" aria-label="Reading Pane" id="ReadingPaneContainerId">
  <div role="heading" aria-level="2"><span>Undeliverable: Proposal</span></div>
  <div><span title="Microsoft Outlook <postmaster@contoso.example>">Microsoft Outlook</span></div>
  <div id="UniqueMessageBody_1" aria-label="Message body" role="document">Delivery has failed to these recipients or groups:</div>
</div>`

describe('itemIdFromPath', () => {
  it.each([
    ['/mail/0/inbox/id/AQMkADAwATM0MDAAMS1iNTcw', 'AQMkADAwATM0MDAAMS1iNTcw'],
    ['/mail/inbox/id/AAQkAGI2%2FTh%3D', 'AAQkAGI2/Th='],
    ['/mail/inbox/id/%E0%A4%A', '%E0%A4%A'],
    ['/mail/0/inbox', ''],
  ])('%s → %j', (path, id) => expect(itemIdFromPath(path)).toBe(id))
})

describe('readOutlookMessage', () => {
  it('reads subject, sender and text from the reading pane', () => {
    document.body.innerHTML = PANE
    const m = readOutlookMessage(document, '/mail/0/inbox/id/AQMk')!
    expect({ ...m, body: m.body.id }).toEqual({
      id: 'AQMk',
      subject: 'Undeliverable: Proposal',
      fromEmail: 'postmaster@contoso.example',
      fromName: 'Microsoft Outlook',
      text: 'Delivery has failed to these recipients or groups:',
      body: 'UniqueMessageBody_1',
    })
  })

  it('without an id in the URL, a stable digest of the message stands in', () => {
    document.body.innerHTML = PANE
    const a = readOutlookMessage(document, '/mail/0/inbox')!
    const b = readOutlookMessage(document, '/mail/0/inbox')!
    expect(a.id).toMatch(/^text-[0-9a-f]{8}$/)
    expect(a.id).toBe(b.id)
  })

  it('nothing open, nothing read', () => {
    document.body.innerHTML = '<div role="main">Inbox</div>'
    expect(readOutlookMessage(document, '/mail/0/inbox')).toBeNull()
  })

  it('digest differs for different text', () => {
    expect(digest('a')).not.toBe(digest('b'))
  })
})
