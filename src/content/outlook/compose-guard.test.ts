// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ComposeWarning } from '../../store/compose-warnings'
import type { AskWorker } from '../shared/compose-guard'
import { guardOutlookCompose } from './compose-guard'

const warn = (address: string): ComposeWarning => ({ address, kind: 'remove', reason: 'userunknown', date: '2026-12-03T09:00:00.000Z' })
const deadOnly: AskWorker = async (addresses) => ({ enabled: true, warnings: addresses.filter((a) => a.startsWith('jane')).map(warn) })

/** A compose reduced to its To field (src/sites/outlook/compose.test.ts has the full shapes). */
function compose() {
  document.body.innerHTML = `<div class="compose"><div role="group" id="MSG_a1_TO"><div contenteditable="true" aria-label="To" id="to"></div></div>
    <div role="group" id="MSG_a1_CC"><div contenteditable="true" aria-label="Cc"></div></div></div>`
}

const editor = () => document.getElementById('to')!

/** A pill as Outlook makes one when an address resolves, with its own remove button (or none). */
function addPill(address: string, withRemove = true) {
  const pill = document.createElement('span')
  pill.className = '_Entity _EType_RECIPIENT_ENTITY _EReadonly_1'
  pill.contentEditable = 'false'
  pill.setAttribute('aria-label', address)
  const name = document.createElement('span')
  name.textContent = address.split('@')[0]
  pill.append(name)
  if (withRemove) {
    const remove = document.createElement('button')
    remove.setAttribute('aria-label', `Remove ${address}`)
    remove.addEventListener('click', () => pill.remove())
    pill.append(remove)
  }
  editor().append(pill)
}

const lines = () => [...document.querySelectorAll('.rebound-compose-warning-line')].map((l) => l.getAttribute('data-address'))
const buttons = () => [...document.querySelectorAll('.rebound-compose-warning button')].map((b) => b.textContent)

let controller: AbortController
beforeEach(() => {
  controller = new AbortController()
  compose()
})
afterEach(() => {
  controller.abort()
  vi.restoreAllMocks()
})

describe('guardOutlookCompose', () => {
  it('warns after the To group; Remove recipient clicks the pill\'s own button', async () => {
    guardOutlookCompose(document, controller.signal, deadOnly)
    addPill('jane@acme.com')
    addPill('bob@beta.io')
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
    expect(document.querySelector('.rebound-compose-warning')!.previousElementSibling!.id).toBe('MSG_a1_TO')
    ;(document.querySelector('.rebound-compose-warning-remove') as HTMLElement).click()
    await vi.waitFor(() => expect(lines()).toEqual([]))
    expect(document.querySelector('[aria-label="jane@acme.com"]')).toBeNull()
    expect(document.querySelector('[aria-label="bob@beta.io"]')).not.toBeNull()
  })

  it('warns about typed text not yet resolved, with Keep only, and clears when the text goes', async () => {
    guardOutlookCompose(document, controller.signal, deadOnly)
    const text = document.createTextNode('jane@acme.com; ')
    editor().append(text)
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
    expect(buttons()).toEqual(['Keep'])
    // Typing edits the text node in place (characterData), as a contenteditable does.
    text.nodeValue = 'jan'
    await vi.waitFor(() => expect(lines()).toEqual([]))
  })

  it('a pill without a remove control Rebound knows gets Keep only', async () => {
    guardOutlookCompose(document, controller.signal, deadOnly)
    addPill('jane@acme.com', false)
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
    expect(buttons()).toEqual(['Keep'])
  })

  it('a pill resolved in place (its aria-label changes) is read again', async () => {
    guardOutlookCompose(document, controller.signal, deadOnly)
    addPill('bob@beta.io')
    await new Promise((r) => setTimeout(r, 100))
    expect(lines()).toEqual([])
    editor().querySelector('._EType_RECIPIENT_ENTITY')!.setAttribute('aria-label', 'Jane Roe <jane@acme.com>')
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
  })

  it('the setting off shows nothing', async () => {
    const ask = vi.fn<AskWorker>(async () => ({ enabled: false, warnings: [] }))
    guardOutlookCompose(document, controller.signal, ask)
    addPill('jane@acme.com')
    await vi.waitFor(() => expect(ask).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 100))
    expect(lines()).toEqual([])
  })
})
