// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type ReboundDb } from '../store/db'
import { listCursors, putCursor } from '../store/cursors'
import { useLiveQuery } from './useLiveQuery'

let db: ReboundDb
afterEach(async () => {
  cleanup()
  await db?.delete()
})
const cursor = (account: string) => ({ account, state: 'ok' as const, lastPollAt: '', notBefore: '', failures: 0, lastError: '' })

function Accounts(props: { prefix: string }) {
  const rows = useLiveQuery(async () => (await listCursors(db)).filter((c) => c.account.startsWith(props.prefix)), [props.prefix])
  return <p>{rows === undefined ? 'loading' : rows.map((c) => c.account).join(',') || 'none'}</p>
}

describe('useLiveQuery', () => {
  it('shows the query result and follows later writes to the store', async () => {
    db = openDb(`live-${Date.now()}`)
    await putCursor(db, cursor('u/0'))
    const ui = render(<Accounts prefix="u/" />)
    await waitFor(() => expect(ui.container.textContent).toBe('u/0'))
    await putCursor(db, cursor('u/1'))
    await waitFor(() => expect(ui.container.textContent).toBe('u/0,u/1'))
  })

  it('never shows the previous query’s value after its deps change', async () => {
    db = openDb(`live-deps-${Date.now()}`)
    await putCursor(db, cursor('u/0'))
    await putCursor(db, cursor('jane@acme.com'))
    const seen: string[] = []
    const ui = render(<Accounts prefix="u/" />)
    await waitFor(() => expect(ui.container.textContent).toBe('u/0'))
    ui.rerender(<Accounts prefix="jane" />)
    seen.push(ui.container.textContent!)
    await waitFor(() => expect(ui.container.textContent).toBe('jane@acme.com'))
    expect(seen).toEqual(['loading'])
  })

  it('shows an early read of the first deps until the live query answers, never for other deps', async () => {
    db = openDb(`live-early-${Date.now()}`)
    await putCursor(db, cursor('u/0'))
    function Slow(props: { prefix: string; gate: Promise<void>; early?: Promise<string> }) {
      const text = useLiveQuery(async () => {
        await props.gate
        return (await listCursors(db)).filter((c) => c.account.startsWith(props.prefix)).map((c) => c.account).join(',')
      }, [props.prefix], props.early)
      return <p>{text ?? 'loading'}</p>
    }
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const ui = render(<Slow prefix="u/" gate={gate} early={Promise.resolve('early u/0')} />)
    await waitFor(() => expect(ui.container.textContent).toBe('early u/0'))
    release()
    await waitFor(() => expect(ui.container.textContent).toBe('u/0'))
    cleanup()

    // The early read answers after the deps changed: it belongs to the old deps, so it is not shown.
    const never = new Promise<void>(() => undefined)
    let answer!: (v: string) => void
    const late = render(<Slow prefix="u/" gate={never} early={new Promise<string>((r) => (answer = r))} />)
    late.rerender(<Slow prefix="jane" gate={never} />)
    answer('early u/0')
    await new Promise((r) => setTimeout(r, 20))
    expect(late.container.textContent).toBe('loading')
  })
})
