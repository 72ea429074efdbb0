/**
 * Subscribes a component to a store query: the service worker writes, pages observe (Dexie's
 * liveQuery propagates worker writes to extension pages), so lists refresh as notices arrive.
 * A value belongs to the deps it was queried with: after a change (another tab of the popup) the
 * hook says "not loaded yet" instead of showing the previous query's rows.
 */
import { useLayoutEffect, useState } from 'preact/hooks'
import { liveQuery } from '../store/live'

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

/**
 * `early`: the same query for the first deps, already started (before the first render). It stands in
 * until the live query's first answer, which Dexie only starts a timer turn after subscribing
 * (liveQuery's `setTimeout(doQuery, 0)`): the popup's first paint should not wait for that.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], early?: Promise<T>): T | undefined {
  const [state, setState] = useState<{ deps: unknown[]; value: T } | undefined>(undefined)
  useLayoutEffect(() => {
    const first = deps
    // A failed early read only costs the head start: the live query reports its own errors.
    early?.then((value) => setState((s) => s ?? { deps: first, value }), () => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
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
