/**
 * Subscribes a component to a store query: the service worker writes, pages observe (Dexie's
 * liveQuery propagates worker writes to extension pages), so lists refresh as notices arrive.
 * A value belongs to the deps it was queried with: after a change (another tab of the popup) the
 * hook says "not loaded yet" instead of showing the previous query's rows.
 */
import { useLayoutEffect, useState } from 'preact/hooks'
import { liveQuery } from '../store/live'

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [state, setState] = useState<{ deps: unknown[]; value: T } | undefined>(undefined)
  // Layout effect: the query starts right after the first render, not a frame later (popup first paint).
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value: T) => setState({ deps, value }),
      // A failed query shows as "no data" rather than a broken page; the console keeps the cause.
      error: (e: unknown) => console.error('Rebound: store query failed', e),
    })
    return () => subscription.unsubscribe()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return state && same(state.deps, deps) ? state.value : undefined
}
