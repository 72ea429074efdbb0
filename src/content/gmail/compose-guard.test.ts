// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ComposeWarning } from '../../store/compose-warnings'
import type { AskWorker } from '../shared/compose-guard'
import { guardGmailCompose as guardCompose } from './compose-guard'

const warn = (address: string): ComposeWarning => ({ address, kind: 'remove', reason: 'userunknown', date: '2026-12-03T09:00:00.000Z' })

/** The current markup, reduced (src/sites/gmail/compose.test.ts has the full shapes). */
function composeWindow() {
  document.body.innerHTML = `<div role="dialog"><div class="M9"><form><table class="GS"><tbody><tr class="bzf"><td class="eV">
    <div class="anm" name="to"><div role="listbox" id="to"></div><input role="combobox"></div>
  </td></tr></tbody></table></form></div></div>`
}

function addChip(address: string) {
  const chip = document.createElement('div')
  chip.setAttribute('role', 'option')
  chip.setAttribute('data-name', address)
  chip.setAttribute('data-hovercard-id', address)
  const remove = document.createElement('div')
  remove.className = 'afX'
  remove.setAttribute('aria-label', `Remove ${address}`)
  remove.addEventListener('click', () => chip.remove())
  chip.append(remove)
  document.getElementById('to')!.append(chip)
}

const lines = () => [...document.querySelectorAll('.rebound-compose-warning-line')].map((l) => l.getAttribute('data-address'))

let controller: AbortController
beforeEach(() => {
  controller = new AbortController()
  composeWindow()
})
afterEach(() => {
  controller.abort()
  vi.restoreAllMocks()
})

describe('guardCompose', () => {
  it('warns for a chip the worker knows, and clears when Remove recipient takes it out', async () => {
    const ask = vi.fn<AskWorker>(async (addresses) => ({ enabled: true, warnings: addresses.filter((a) => a.startsWith('jane')).map(warn) }))
    guardCompose(document, controller.signal, ask)
    addChip('jane@acme.com')
    addChip('bob@beta.io')
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
    expect(ask).toHaveBeenCalledTimes(1)
    ;(document.querySelector('.rebound-compose-warning-remove') as HTMLElement).click()
    await vi.waitFor(() => expect(lines()).toEqual([]))
    expect(document.querySelector('[data-hovercard-id="jane@acme.com"]')).toBeNull()
    expect(document.querySelector('[data-hovercard-id="bob@beta.io"]')).not.toBeNull()
  })

  it('a slow answer still shows after the recipients changed meanwhile (no starvation)', async () => {
    const pending: ((v: Awaited<ReturnType<AskWorker>>) => void)[] = []
    const ask = vi.fn<AskWorker>(() => new Promise((resolve) => pending.push(resolve)))
    guardCompose(document, controller.signal, ask)
    addChip('jane@acme.com')
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1))
    addChip('bob@beta.io')
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2))
    // Only the new address is asked the second time.
    expect(ask.mock.calls[1][0]).toEqual(['bob@beta.io'])
    pending[0]({ enabled: true, warnings: [warn('jane@acme.com')] })
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
  })

  it('Keep hides the line for this compose, the chip stays', async () => {
    guardCompose(document, controller.signal, async (a) => ({ enabled: true, warnings: a.map(warn) }))
    addChip('jane@acme.com')
    await vi.waitFor(() => expect(lines()).toEqual(['jane@acme.com']))
    ;(document.querySelector('.rebound-compose-warning-keep') as HTMLElement).click()
    await vi.waitFor(() => expect(lines()).toEqual([]))
    expect(document.querySelector('[data-hovercard-id="jane@acme.com"]')).not.toBeNull()
  })

  it('a worker that fails or is gone leaves the page alone and throws nothing', async () => {
    const warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const ask = vi.fn<AskWorker>(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.')
    })
    guardCompose(document, controller.signal, ask)
    addChip('jane@acme.com')
    await vi.waitFor(() => expect(warnSpy).toHaveBeenCalled())
    expect(lines()).toEqual([])
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(1)
  })

  it('the setting off shows nothing', async () => {
    const ask = vi.fn<AskWorker>(async () => ({ enabled: false, warnings: [] }))
    guardCompose(document, controller.signal, ask)
    addChip('jane@acme.com')
    await vi.waitFor(() => expect(ask).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 100))
    expect(lines()).toEqual([])
  })
})
