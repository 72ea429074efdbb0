/**
 * `t(key, subs?)`: every user-visible string goes through here, so the popup and options page speak
 * the browser's language through chrome.i18n. Outside the extension (component tests, Node) there is no
 * chrome.i18n: fall back to the English messages so tests read real text, not keys.
 */
import en from '../../public/_locales/en/messages.json'

type Messages = Record<string, { message: string }>
const english = en as Messages

function chromeI18n(): typeof chrome.i18n | undefined {
  const api = (globalThis as { chrome?: typeof chrome }).chrome?.i18n
  return typeof api?.getMessage === 'function' ? api : undefined
}

/** Chrome replaces `$1`..`$9` and `$$` itself; the fallback does the same. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, n: string) => (n === '$' ? '$' : subs[Number(n) - 1] ?? ''))
}

export function t(key: string, subs?: string | number | Array<string | number>): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String)
  // getMessage returns "" for an unknown key: fall back to English, then to the key itself (visible bug).
  const fromChrome = chromeI18n()?.getMessage(key, list)
  if (fromChrome) return fromChrome
  const message = english[key]?.message
  return message === undefined ? key : substitute(message, list)
}

/**
 * A count in a sentence ("1 notice was", "2 notices were"): chrome.i18n has no plurals, so each such
 * string has one key per CLDR plural category the languages use (`key_one`, `key_other`; `_many` etc.
 * where a language needs it), picked by Intl.PluralRules for the UI language. French says "0 contact"
 * and "1 contact" (both `one`), English "0 contacts". `$1` is the count, further subs are `$2`….
 */
export function tn(key: string, count: number, subs: Array<string | number> = []): string {
  const list = [count, ...subs]
  const form = `${key}_${pluralRules().select(count)}`
  const api = chromeI18n()
  if (api) {
    const message = api.getMessage(form, list.map(String))
    if (message) return message
  } else if (english[form]) return t(form, list)
  return t(`${key}_other`, list)
}

const rules = new Map<string, Intl.PluralRules>()
function pluralRules(): Intl.PluralRules {
  const language = uiLanguage()
  let r = rules.get(language)
  if (!r) rules.set(language, (r = new Intl.PluralRules(language)))
  return r
}

/** BCP 47 language of the UI (for dates and numbers), "en" outside the extension. */
export function uiLanguage(): string {
  return chromeI18n()?.getUILanguage?.() || 'en'
}
