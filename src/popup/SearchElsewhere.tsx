/**
 * A search looks in every list, not only the one on screen: under the search box, where else it
 * found contacts, each a button that opens that list with the same search (issue 11, review fixes).
 */
import type { ContactList } from '../store/types'
import { t, tn } from '../ui/i18n'

const LIST_NAMES: Record<ContactList, string> = {
  remove: 'tab_remove', retry: 'tab_retry', sending: 'tab_sending', pending: 'list_pending', cleared: 'list_cleared',
}

export function SearchElsewhere(props: { current: ContactList; matches: Record<ContactList, number> | undefined; onSelect: (list: ContactList) => void }) {
  const others = (Object.keys(LIST_NAMES) as ContactList[]).filter((l) => l !== props.current && (props.matches?.[l] ?? 0) > 0)
  if (!others.length) return null
  return (
    <p class="search-elsewhere" data-testid="search-elsewhere">
      <span>{t('search_elsewhere')}</span>
      {others.map((l) => (
        <button key={l} class="link-button" data-list={l} onClick={() => props.onSelect(l)}>
          {tn('search_inList', props.matches![l], [t(LIST_NAMES[l])])}
        </button>
      ))}
    </p>
  )
}
