/**
 * A fixed-row-height virtual list: only the rows in view (plus a small overscan) are in the DOM, so the
 * popup stays fast with 10,000 contacts (issue 3). Rows are absolutely placed inside a spacer as tall as
 * the whole list, so the scrollbar is honest.
 */
import type { ComponentChildren } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'

export interface VirtualListProps<T> {
  items: readonly T[]
  rowHeight: number
  /**
   * Height of the viewport in px, used until the element can be measured (and in tests, where
   * layout is 0). With `fill`, CSS sizes the viewport (flex) and the list follows it.
   */
  height: number
  fill?: boolean
  keyOf: (item: T) => string
  renderRow: (item: T, index: number) => ComponentChildren
  overscan?: number
  label?: string
  /**
   * Bring this item's row into view and put the keyboard focus on it (its `[data-primary]` control,
   * else its first button): where focus returns after a detail view or an action (issue 11).
   */
  focus?: { key: string; seq: number } | null
  /** Called once the focus was placed, so the caller can forget it (a later remount must not steal focus). */
  onFocused?: () => void
}

/** Which rows to draw for a scroll position: pure, so it is tested on its own. */
export function visibleRange(count: number, rowHeight: number, height: number, scrollTop: number, overscan: number) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan)
  return { first, last }
}

export function VirtualList<T>({ items, rowHeight, height: fallback, fill, keyOf, renderRow, overscan = 6, label, focus, onFocused }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0)
  const [measured, setMeasured] = useState(0)
  const viewport = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const el = viewport.current
    if (!fill || !el) return
    setMeasured(el.clientHeight)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setMeasured(el.clientHeight))
    observer.observe(el)
    return () => observer.disconnect()
  }, [fill])
  const height = measured || fallback
  // Scroll the wanted row into view first (a layout effect, before paint), then focus it once drawn.
  const [focusing, setFocusing] = useState<string | null>(null)
  // A row not in the list yet (an undo whose rows come back with the next store read): the list itself
  // holds the focus meanwhile, and the row takes it when it arrives.
  const waiting = useRef<number | null>(null)
  useLayoutEffect(() => {
    const el = viewport.current
    if (!focus || !el) return
    const index = items.findIndex((item) => keyOf(item) === focus.key)
    if (index < 0) {
      if (waiting.current !== focus.seq) el.focus()
      waiting.current = focus.seq
      return
    }
    waiting.current = null
    const wanted = Math.max(0, index * rowHeight - (height - rowHeight) / 2)
    if (wanted < el.scrollTop || wanted + rowHeight > el.scrollTop + height) {
      el.scrollTop = wanted
      setScrollTop(wanted)
    }
    setFocusing(focus.key)
  }, [focus?.seq, items])
  useEffect(() => {
    if (focusing === null) return
    const row = [...(viewport.current?.querySelectorAll<HTMLElement>('.vrow') ?? [])].find((r) => r.dataset.vkey === focusing)
    ;(row?.querySelector<HTMLElement>('[data-primary]') ?? row?.querySelector<HTMLElement>('button'))?.focus()
    setFocusing(null)
    onFocused?.()
  }, [focusing])
  // A shorter list (new search) may leave scrollTop past its end; clamp instead of showing nothing.
  const top = Math.min(scrollTop, Math.max(0, items.length * rowHeight - height))
  const { first, last } = visibleRange(items.length, rowHeight, height, top, overscan)
  const rows = []
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={keyOf(items[i])} data-vkey={keyOf(items[i])} role="listitem" class="vrow" style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(items[i], i)}
      </div>,
    )
  }
  return (
    <div
      ref={viewport}
      class={fill ? 'vlist fill' : 'vlist'}
      role="list"
      aria-label={label}
      tabIndex={-1}
      style={fill ? undefined : { height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <div class="vlist-spacer" style={{ height: `${items.length * rowHeight}px` }}>{rows}</div>
    </div>
  )
}
