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

/** BCP 47 language of the UI (for dates and numbers), "en" outside the extension. */
export function uiLanguage(): string {
  return chromeI18n()?.getUILanguage?.() || 'en'
}
