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
import type { ExportPreset } from '../export/presets'
import { copyAddresses, downloadCsv, downloadPreset } from './exportList'
import { SearchElsewhere } from './SearchElsewhere'
import { AccountFilter } from './AccountFilter'
import { accountsIn, arrange } from './listing'
import { SendingHints } from './SendingHints'
import { Snackbar, type SnackbarState } from './Snackbar'
import { PANEL_ID, QuietLists, Tabs, type Tab } from './Tabs'
import { WatcherStatus } from './WatcherStatus'
import { ReviewNote, ReviewView } from './ReviewView'

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
  // Where the keyboard focus goes back to in the list (the row a detail was opened from, issue 11).
  const [focusRow, setFocusRow] = useState<{ key: string; seq: number } | null>(null)
  const refocus = (key: string) => setFocusRow({ key, seq: Date.now() })

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
  // "To review" (issue 10): unverified notices, apart from the lists.
  const [reviewing, setReviewing] = useState(false)
  const reviewCount = useLiveQuery(() => (painted ? data.reviewCount() : Promise.resolve(undefined)), [painted])
  const reviews = useLiveQuery(() => (reviewing ? data.reviews() : Promise.resolve(undefined)), [reviewing])
  const review = async (identity: string, accept: boolean) => {
    try {
      await (accept ? data.acceptReview(identity) : data.dismissReview(identity))
      setSnack({ id: Date.now(), text: t(accept ? 'review_accepted' : 'review_dismissed') })
    } catch (e) {
      console.error('Rebound: review failed', e)
      setSnack({ id: Date.now(), text: t('error_decide') })
    }
  }
  const contacts = all ?? head
  const complete = all !== undefined
  // A search counts its matches in every list, so a miss here can say where the contacts are.
  const searching = complete && query.trim() !== ''
  const matches = useLiveQuery(() => (searching ? data.matches(query) : Promise.resolve(undefined)), [searching, query])
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
    setReviewing(false)
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

  const closeDetail = () => {
    if (detail) refocus(detail)
    setDetail(null)
  }
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
      // The control the user pressed is gone with the rows: Undo takes the focus, Enter undoes.
      focusUndo: true,
      onUndo: () =>
        void data.undo(token).then(() => {
          setSnack({ id: Date.now(), text: t('done_undone') })
          refocus(addresses[0])
        }),
    })
  }
  // Exports and copy take the selection when there is one, else the whole list on screen.
  const exported = () => (picked.length ? shown.filter((c) => selected.has(c.address)) : shown)
  const exportCsv = async () => {
    const rows = exported()
    // Settings arrive with the counts, just after the first paint: a click before them waits for the read.
    const choice = (settings ?? (await data.settings().catch(() => undefined)))?.csvSeparator
    const name = downloadCsv(rows, tab, now, choice)
    setSnack({ id: Date.now(), text: t('done_exported', [rows.length, name]) })
  }
  const exportFor = (preset: ExportPreset) => {
    const rows = exported()
    const name = downloadPreset(rows, preset, tab, now)
    setSnack({ id: Date.now(), text: t('done_exported', [rows.length, name]) })
  }
  const copy = async () => {
    try {
      const n = await copyAddresses(exported())
      setSnack({ id: Date.now(), text: t('done_copied', n) })
    } catch {
      setSnack({ id: Date.now(), text: t('error_copy') })
    }
  }

  return (
    <div class="popup" data-testid="popup">
      <header class="top">
        <img class="logo" src="/icons/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        <button class="icon-button" onClick={props.onOpenOptions} title={t('action_options')} aria-label={t('action_options')}>⚙</button>
      </header>
      <main class="popup-main">
      <WatcherStatus cursors={cursors} onCheckNow={props.onCheckNow} onOpenOptions={props.onOpenOptions} onDismissMissed={(a) => void data.dismissMissed(a)} />
      {detail ? (
        <ContactDetail data={data} address={detail} onBack={closeDetail} onDecide={act} />
      ) : (
        <>
          <Tabs current={tab} counts={counts} onSelect={switchTab} />
          <QuietLists counts={counts} current={tab} onSelect={switchTab} />
          <ReviewNote count={reviewCount} active={reviewing} onToggle={() => setReviewing(!reviewing)} />
          {reviewing ? <ReviewView reviews={reviews} onAccept={(id) => void review(id, true)} onDismiss={(id) => void review(id, false)} /> : <>
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
          {searching && <SearchElsewhere current={tab} matches={matches} onSelect={switchTab} />}
          <BulkBar
            ready={complete}
            shown={shown.length}
            picked={picked.length}
            onToggleAll={toggleAll}
            onDecide={(action) => act(picked, action)}
            onExport={exportCsv}
            onExportPreset={exportFor}
            onCopy={copy}
          />
          <div
            class="list-panel"
            role="tabpanel"
            id={PANEL_ID}
            {...(tab === 'pending' || tab === 'cleared' ? { 'aria-label': t(LABEL_KEYS[tab]) } : { 'aria-labelledby': `tab-${tab}` })}
          >
          {tab === 'sending' && complete && <SendingHints contacts={shown} />}
          {complete && !shown.length ? (
            <div class="empty" data-testid="empty">
              <p>{query ? t(matches && Object.values(matches).some((n) => n > 0) ? 'empty_search_here' : 'empty_search') : t(EMPTY_KEYS[tab])}</p>
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
              focus={focusRow}
              onFocused={() => setFocusRow(null)}
              renderRow={(c) => (
                <ContactRow contact={c} now={now} selected={selected.has(c.address)} onToggle={toggle} onOpen={setDetail} />
              )}
            />
          )}
          </div>
          </>}
        </>
      )}
      </main>
      <Snackbar state={snack} onClose={() => setSnack(null)} />
    </div>
  )
}
