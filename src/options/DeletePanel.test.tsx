// @vitest-environment happy-dom
/** "Delete everything" says when it could not delete (the worker answered with an error). */
import { fireEvent, render, waitFor } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { DeletePanel } from './DeletePanel'

describe('DeletePanel', () => {
  it('says so when the deletion fails', async () => {
    const ui = render(<DeletePanel deleteEverything={async () => Promise.reject(new Error('the store is closed'))} />)
    fireEvent.click(ui.getByRole('button', { name: 'Delete everything…' }))
    fireEvent.click(ui.getByRole('button', { name: 'Yes, delete everything' }))
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Could not delete everything: the store is closed'))
  })
})
