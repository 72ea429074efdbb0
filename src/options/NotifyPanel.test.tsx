// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '../store/types'
import { NotifyPanel } from './NotifyPanel'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function panel(granted: boolean) {
  let saved: Settings = { ...DEFAULT_SETTINGS }
  const permissions = { request: vi.fn(async () => granted), remove: vi.fn(async () => true) }
  vi.stubGlobal('chrome', { permissions })
  const save = vi.fn(async (patch: Partial<Settings>) => (saved = { ...saved, ...patch }))
  const ui = render(<NotifyPanel load={async () => saved} save={save} />)
  return { ui, save, permissions, box: () => ui.container.querySelector('input[name="notify"]') as HTMLInputElement }
}

describe('NotifyPanel', () => {
  it('asks Chrome for the notifications permission when turned on, and saves it on', async () => {
    const p = panel(true)
    await waitFor(() => expect(p.box().disabled).toBe(false))
    expect(p.permissions.request).not.toHaveBeenCalled() // nothing asked until the user turns it on
    fireEvent.click(p.box())
    await waitFor(() => expect(p.save).toHaveBeenCalledWith({ notify: true }))
    expect(p.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] })
    await waitFor(() => expect(p.box().checked).toBe(true))
    fireEvent.click(p.box())
    await waitFor(() => expect(p.save).toHaveBeenLastCalledWith({ notify: false }))
    expect(p.permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] })
  })

  it('stays off when the permission is refused', async () => {
    const p = panel(false)
    await waitFor(() => expect(p.box().disabled).toBe(false))
    fireEvent.click(p.box())
    await waitFor(() => expect(p.ui.getByRole('status').textContent).toBe('Chrome did not allow notifications: they stay off.'))
    expect(p.save).not.toHaveBeenCalled()
    expect(p.box().checked).toBe(false)
  })
})
