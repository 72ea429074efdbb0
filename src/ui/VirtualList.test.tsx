// @vitest-environment happy-dom
import { render } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { VirtualList, visibleRange } from './VirtualList'

describe('visibleRange', () => {
  it.each([
    // count, rowHeight, height, scrollTop, overscan → first, last
    [10_000, 50, 500, 0, 5, 0, 15],
    [10_000, 50, 500, 5_000, 5, 95, 115],
    [10_000, 50, 500, 499_500, 5, 9_985, 10_000],
    [3, 50, 500, 0, 5, 0, 3],
    [0, 50, 500, 0, 5, 0, 0],
  ])('%i rows of %ipx in %ipx at %i (overscan %i) → %i..%i', (count, rh, h, top, over, first, last) => {
    expect(visibleRange(count, rh, h, top, over)).toEqual({ first, last })
  })
})

describe('VirtualList', () => {
  const items = Array.from({ length: 10_000 }, (_, i) => `row-${i}`)

  it('puts only the visible rows in the DOM, with a spacer as tall as the list', () => {
    const { container } = render(
      <VirtualList items={items} rowHeight={50} height={400} keyOf={(s) => s} renderRow={(s) => <span>{s}</span>} overscan={2} />,
    )
    const rows = container.querySelectorAll('[role="listitem"]')
    expect(rows.length).toBe(10)
    expect(rows[0].textContent).toBe('row-0')
    expect((container.querySelector('.vlist-spacer') as HTMLElement).style.height).toBe('500000px')
  })

  it('shows the rows under the scroll position', async () => {
    const { container, findByText } = render(
      <VirtualList items={items} rowHeight={50} height={400} keyOf={(s) => s} renderRow={(s) => <span>{s}</span>} overscan={0} />,
    )
    const viewport = container.querySelector('.vlist') as HTMLElement
    viewport.scrollTop = 250_000
    viewport.dispatchEvent(new Event('scroll'))
    const row = await findByText('row-5000')
    expect((row.parentElement as HTMLElement).style.top).toBe('250000px')
    expect(container.querySelectorAll('[role="listitem"]').length).toBe(8)
    expect(container.textContent).not.toContain('row-0')
  })
})
