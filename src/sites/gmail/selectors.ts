/**
 * Every Gmail page selector Rebound uses, in one place, each with fallbacks (Gmail renames classes
 * from time to time). Source: shared/GMAIL-FORMATS.md ("The open message in the Gmail page").
 */

/** One message of the open conversation. */
export const MESSAGE = ['div.adn.ads[data-legacy-message-id]', 'div[data-message-id]', '[data-legacy-message-id]']
/** The conversation's subject heading. */
export const SUBJECT = ['h2.hP', 'h2[data-legacy-thread-id]', '[role="main"] h2']
/** The sender of one message (has `email` and `name` attributes). */
export const SENDER = ['span.gD[email]', '.gD[email]', 'span[email][name]']
/** The rendered body of one message. */
export const BODY = ['.a3s.aiL', '.a3s', '.ii.gt']

export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s)
    if (el) return el
  }
  return null
}

export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = root.querySelectorAll(s)
    if (found.length) return [...found]
  }
  return []
}
