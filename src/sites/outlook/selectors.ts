/**
 * Outlook on the web (outlook.live.com, outlook.office.com) reading-pane selectors, in one place,
 * each with fallbacks: Outlook's class names are generated, so these lean on ids, roles and ARIA.
 */

/** The open message's rendered body. */
export const BODY = ['[id^="UniqueMessageBody"]', 'div[aria-label="Message body"]', '#ReadingPaneContainerId [role="document"]', '[role="main"] [role="document"]']
/** The reading pane's subject heading. */
export const SUBJECT = ['#ReadingPaneContainerId [role="heading"]', '[aria-label="Reading Pane"] [role="heading"]', '[role="main"] [role="heading"][aria-level="2"]']
/** The sender: an element whose title (or text) holds the address. */
export const SENDER = ['[data-testid="SenderPersona"]', '#ReadingPaneContainerId span[title*="@"]', '[aria-label="Reading Pane"] span[title*="@"]']

export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s)
    if (el) return el
  }
  return null
}
