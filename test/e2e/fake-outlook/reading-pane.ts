/**
 * Outlook on the web's reading pane, reduced to what Rebound reads (ids, roles, ARIA: src/sites/outlook/
 * selectors.ts). Shared by the notice banner's test (outlook-page.test.ts) and the fake compose page.
 */
import type { FakeMessage } from '../fake-gmail/messages'

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The pane's inner markup: subject heading, sender, rendered body. */
export function readingPaneContent(m: Pick<FakeMessage, 'subject' | 'fromName' | 'fromEmail' | 'text'>): string {
  return `<div role="heading" aria-level="2"><span class="JdFsz">${esc(m.subject)}</span></div>
<div class="OZZZK"><span class="OZZZK" title="${esc(m.fromName ? `${m.fromName} <${m.fromEmail}>` : m.fromEmail)}">${esc(m.fromName || m.fromEmail)}</span></div>
<div id="UniqueMessageBody_1" class="XbIp4 jmmB7 GNqVo" aria-label="Message body" role="document" tabindex="0">
<div class="rps_1f2e"><div>${esc(m.text).replace(/\n/g, '<br>')}</div></div></div>`
}

/** A whole page showing one message, with `extra` (scripts) at the end of the body. */
export function readingPane(m: Pick<FakeMessage, 'subject' | 'fromName' | 'fromEmail' | 'text'>, extra = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mail - Sales Rep - Outlook</title></head>
<body><div id="app"><div role="navigation" aria-label="Navigation pane">Inbox</div>
<div role="main" aria-label="Reading Pane" id="ReadingPaneContainerId">
${readingPaneContent(m)}
</div></div>${extra}</body></html>`
}
