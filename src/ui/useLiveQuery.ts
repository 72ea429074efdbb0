/**
 * Subscribes a component to a store query: the service worker writes, pages observe (Dexie's
 * liveQuery propagates worker writes to extension pages), so lists refresh as notices arrive.
 */
import { useLayoutEffect, useState } from 'preact/hooks'
import { liveQuery } from '../store/live'

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined)
  // Layout effect: the query starts right after the first render, not a frame later (popup first paint).
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (v: T) => setValue(() => v),
      // A failed query shows as "no data" rather than a broken page; the console keeps the cause.
      error: (e: unknown) => console.error('Rebound: store query failed', e),
    })
    return () => subscription.unsubscribe()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return value
}
