/**
 * The popup: three lists with counts, search, selection and bulk actions with undo, a detail view,
 * export. State is local; data comes live from the store, so notices the worker ingests while the popup
 * is open appear without a reload.
 */
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Contact } from '../store/types'
import { t } from '../ui/i18n'
import { useLiveQuery } from '../ui/useLiveQuery'
import { VirtualList } from '../ui/VirtualList'
import { BulkBar } from './BulkBar'
import { ContactDetail } from './ContactDetail'
import { ContactRow, ROW_HEIGHT } from './ContactRow'
import type { Decision, PopupData } from './data'
import { copyAddresses, downloadCsv } from './exportList'
import { AccountFilter } from './AccountFilter'
import { accountsIn, arrange } from './listing'
import { SendingHints } from './SendingHints'
import { Snackbar, type SnackbarState } from './Snackbar'
import { QuietLists, Tabs, type Tab } from './Tabs'
import { WatcherStatus } from './WatcherStatus'

/** The popup has a fixed size (Chrome caps it at 800×600); the list fills what is left (this is a first guess). */
export const LIST_HEIGHT = 340
/** Rows fetched for the first paint: more than fit in LIST_HEIGHT. */
export const FIRST_ROWS = 24
/** The list the popup opens on. */
export const FIRST_TAB: Tab = 'remove'
export const FIRST_PAINT_MARK = 'rebound:first-list-paint'
export const FULL_LIST_MARK = 'rebound:full-list'

const DONE_KEYS: Record<Decision, string> = {
  removed: 'done_removed', retried: 'done_retried', ignored: 'done_ignored', ok: 'done_ok',
}
const LABEL_KEYS: Record<Tab, string> = {
  remove: 'tab_remove', retry: 'tab_retry', sending: 'tab_sending', pending: 'list_pending', cleared: 'list_cleared',
}
const EMPTY_KEYS: Record<Tab, string> = {
  remove: 'empty_remove', retry: 'empty_retry', sending: 'empty_sending', pending: 'empty_pending', cleared: 'empty_cleared',
}

export function App(props: {
  data: PopupData
  now?: Date
  onOpenOptions?: () => void
  onCheckNow?: () => Promise<unknown>
  /** Called once, after the first list paint: work that must not slow the popup's opening. */
  onFirstPaint?: () => void
  /** `data.first(FIRST_TAB, FIRST_ROWS)`, already asked for (main.tsx): painted before the live query answers. */
  firstRows?: Promise<Contact[]>
}) {
  const { data } = props
  const now = props.now ?? new Date()
  const [tab, setTab] = useState<Tab>(FIRST_TAB)
  const [query, setQuery] = useState('')
  const [account, setAccount] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [detail, setDetail] = useState<string | null>(null)
  const [snack, setSnack] = useState<SnackbarState | null>(null)

  // Two steps, so the first paint never waits on thousands of rows: a screenful first, then (after
  // that paint) the whole list, which search, select-all and export need.
  const [full, setFull] = useState(false)
  // Counting 10,000 rows costs IndexedDB tens of ms: counts and watcher status wait for the first paint too.
  const [painted, setPainted] = useState(false)
  const head = useLiveQuery(() => data.first(tab, FIRST_ROWS), [tab], props.firstRows)
  const counts = useLiveQuery(() => (painted ? data.counts() : Promise.resolve(undefined)), [painted])
  const cursors = useLiveQuery(() => (painted ? data.cursors() : Promise.resolve(undefined)), [painted])
  // Only the export reads settings (its CSV separator); saved on the options page, so live here too.
  const settings = useLiveQuery(() => (painted ? data.settings() : Promise.resolve(undefined)), [painted])
  const all = useLiveQuery(() => (full ? data.list(tab) : Promise.resolve(undefined)), [tab, full])
  const contacts = all ?? head
  const complete = all !== undefined
  const accounts = useMemo(() => (all ? accountsIn(all) : []), [all])
  const byAccount = accounts.includes(account) ? account : ''
  const shown = useMemo<Contact[]>(() => (contacts ? arrange(contacts, tab, complete ? query : '', complete ? byAccount : '') : []), [contacts, tab, query, complete, byAccount])

  // Selection only ever holds what is still shown: a contact that left the list can't be acted on by mistake.
  const shownSet = useMemo(() => new Set(shown.map((c) => c.address)), [shown])
  const picked = useMemo(() => [...selected].filter((a) => shownSet.has(a)), [selected, shownSet])

  useEffect(() => {
    if (!head || full) return
    // Preact runs effects after the browser painted: this is the first list paint (bench/popup.bench.ts).
    if (!performance.getEntriesByName(FIRST_PAINT_MARK).length) {
      performance.mark(FIRST_PAINT_MARK)
      props.onFirstPaint?.()
    }
    setFull(true)
    setPainted(true)
  }, [head, full])

  useEffect(() => {
    // The whole list is in: search, select all and export work from here (bench/popup.bench.ts).
    if (complete && !performance.getEntriesByName(FULL_LIST_MARK).length) performance.mark(FULL_LIST_MARK)
  }, [complete])

  const switchTab = (next: Tab) => {
    if (next === tab) return
    setTab(next)
    setFull(false)
    setSelected(new Set())
    setDetail(null)
  }
  const toggle = (address: string) => {
    const next = new Set(selected)
    if (next.has(address)) next.delete(address)
    else next.add(address)
    setSelected(next)
  }
  const toggleAll = () => setSelected(picked.length === shown.length && shown.length ? new Set() : new Set(shownSet))

  const act = async (addresses: string[], action: Decision) => {
    if (!addresses.length) return
    let token: Awaited<ReturnType<PopupData['decide']>>
    try {
      token = await data.decide(addresses, action)
    } catch (e) {
      console.error('Rebound: decision failed', e)
      setSnack({ id: Date.now(), text: t('error_decide') })
      return
    }
    setSelected(new Set())
    setDetail(null)
    setSnack({
      id: Date.now(),
      text: t(DONE_KEYS[action], addresses.length),
      onUndo: () => void data.undo(token).then(() => setSnack({ id: Date.now(), text: t('done_undone') })),
    })
  }
  const exportCsv = async () => {
    // Settings arrive with the counts, just after the first paint: a click before them waits for the read.
    const choice = (settings ?? (await data.settings().catch(() => undefined)))?.csvSeparator
    const name = downloadCsv(shown, tab, now, choice)
    setSnack({ id: Date.now(), text: t('done_exported', [shown.length, name]) })
  }
  const copy = async () => {
    try {
      const n = await copyAddresses(shown)
      setSnack({ id: Date.now(), text: t('done_copied', n) })
    } catch {
      setSnack({ id: Date.now(), text: t('error_copy') })
    }
  }

  return (
    <div class="popup">
      <header class="top">
        <img class="logo" src="/icons/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        <button class="icon-button" onClick={props.onOpenOptions} title={t('action_options')} aria-label={t('action_options')}>⚙</button>
      </header>
      <WatcherStatus cursors={cursors} onCheckNow={props.onCheckNow} />
      {detail ? (
        <ContactDetail data={data} address={detail} onBack={() => setDetail(null)} onDecide={act} />
      ) : (
        <>
          <Tabs current={tab} counts={counts} onSelect={switchTab} />
          <QuietLists counts={counts} current={tab} onSelect={switchTab} />
          <div class="search">
            <input
              type="search"
              value={query}
              placeholder={t('search_placeholder')}
              aria-label={t('search_placeholder')}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
            <AccountFilter accounts={accounts} value={byAccount} onChange={setAccount} />
          </div>
          <BulkBar
            ready={complete}
            shown={shown.length}
            picked={picked.length}
            onToggleAll={toggleAll}
            onDecide={(action) => act(picked, action)}
            onExport={exportCsv}
            onCopy={copy}
          />
          {tab === 'sending' && complete && <SendingHints contacts={shown} />}
          {complete && !shown.length ? (
            <div class="empty" data-testid="empty">
              <p>{query ? t('empty_search') : t(EMPTY_KEYS[tab])}</p>
              {/* A fresh install: say where bounces come from and how to catch up on older ones. */}
              {!query && counts && Object.values(counts).every((n) => n === 0) && (
                <div class="welcome" data-testid="welcome">
                  <p>{t('welcome_text')}</p>
                  <button class="primary" onClick={props.onOpenOptions}>{t('welcome_import')}</button>
                </div>
              )}
            </div>
          ) : (
            <VirtualList
              items={shown}
              rowHeight={ROW_HEIGHT}
              height={LIST_HEIGHT}
              fill
              label={t(LABEL_KEYS[tab])}
              keyOf={(c) => c.address}
              renderRow={(c) => (
                <ContactRow contact={c} now={now} selected={selected.has(c.address)} onToggle={toggle} onOpen={setDetail} />
              )}
            />
          )}
        </>
      )}
      <Snackbar state={snack} onClose={() => setSnack(null)} />
    </div>
  )
}
