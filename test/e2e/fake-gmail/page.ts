/**
 * The Gmail web page, reduced to the markup Rebound reads (shared/GMAIL-FORMATS.md): an inbox list,
 * and on a hash change (Gmail is a single-page app) the conversation view with h2.hP,
 * div.adn.ads[data-legacy-message-id][data-message-id], span.gD[email][name] and .ii.gt > .a3s.aiL.
 */
import type { FakeMessage } from './messages'

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Gmail's conversation tokens look like "FMfcgz..."; any stable opaque string will do here. */
export function threadToken(m: FakeMessage): string {
  return `FMfcgz${BigInt(m.id).toString(36)}`
}

function conversation(m: FakeMessage, mailbox: string): string {
  const hex = BigInt(m.id).toString(16)
  const body = esc(m.text.slice(0, 3000))
  return `<div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:${m.id}" data-legacy-thread-id="${hex}" tabindex="-1">${esc(m.subject)}</h2></div>
<div role="list"><div role="listitem" class="h7"><div class="adn ads" data-message-id="#msg-f:${m.id}" data-legacy-message-id="${hex}">
<div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody><tr><td class="gF gK"><h3 class="iw"><span class="qu" role="gridcell" tabindex="-1">
<span class="gD" email="${esc(m.fromEmail)}" name="${esc(m.fromName)}" data-hovercard-id="${esc(m.fromEmail)}">${esc(m.fromName || m.fromEmail)}</span>
<span class="go"><span aria-hidden="true">&lt;</span>${esc(m.fromEmail)}<span aria-hidden="true">&gt;</span></span></span></h3></td></tr></tbody></table>
<div class="iw ajw"><span class="g3" title="${esc(m.issued)}">${esc(m.issued)}</span></div><div class="hb"><span class="g2" email="${esc(mailbox)}">me</span></div></div>
<div class="ii gt" id=":2a"><div id=":2b" class="a3s aiL" dir="ltr">${body}</div></div></div></div></div></div>`
}

export function gmailPage(account: string, mailbox: string, messages: FakeMessage[]): string {
  const views = Object.fromEntries(messages.map((m) => [threadToken(m), conversation(m, mailbox)]))
  const rows = messages
    .map((m) => `<tr class="zA zE" data-thread="${threadToken(m)}"><td class="yX"><span class="zF" email="${esc(m.fromEmail)}" name="${esc(m.fromName)}">${esc(m.fromName || m.fromEmail)}</span></td><td><span class="bog">${esc(m.subject)}</span></td></tr>`)
    .join('')
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox - ${esc(mailbox)} - Gmail</title></head>
<body><div class="nH"><div role="navigation"><a href="/mail/${account}/#inbox">Inbox</a></div>
<div role="main" id="main"><table class="F cf zt"><tbody>${rows}</tbody></table></div></div>
<script>
  const views = ${JSON.stringify(views).replace(/</g, '\\u003c')};
  function render() {
    const token = location.hash.split('/')[1];
    const main = document.getElementById('main');
    // Like Gmail, the view changes a moment after the hash, without a page load.
    setTimeout(() => { if (token && views[token]) main.innerHTML = views[token]; }, 150);
  }
  window.addEventListener('hashchange', render);
  render();
</script></body></html>`
}
