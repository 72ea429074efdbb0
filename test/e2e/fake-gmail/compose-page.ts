/**
 * A Gmail page with composes, reduced to the recipient markup Rebound reads (shared/GMAIL-FORMATS.md,
 * "The compose window"; InboxSDK gmail-compose-view/page-parser.ts and set-recipients.ts; gmail.js
 * api.dom.compose), and the behaviour a user meets:
 * - current markup: `div.anm[name=to|cc|bcc]` > … > `[role=listbox]` of
 *   `div[role=option][data-name][data-hovercard-id]` chips with a `div.afX[aria-label]` remove button, typed
 *   into `input[role=combobox]`; an inline reply wraps each field in `div.aUy`;
 * - older markup: a `tr` per field in `table.GS`, chips `div.vR` > `span.vN[email]`, `div.vM` (remove),
 *   `input[type=hidden][name=to]` ("Name <address>"), typed into `textarea.vO[name=to]`.
 * Recipients arrive as in Gmail: pasting a list, typing and pressing Enter, picking an autocomplete
 * suggestion (a `[role=listbox]` popup outside the compose), double-clicking a chip to edit it (the chip
 * goes back to text in the input), or Gmail updating a chip in place once the contact resolves.
 * `window.fakeCompose` drives it from a test: open(kind, markup), close(id).
 */

export type ComposeKind = 'window' | 'fullscreen' | 'inline'
export type Markup = 'current' | 'older' | 'unknown'

const SCRIPT = String.raw`
(() => {
  let next = 0;
  const contacts = { 'jane': 'Jane Roe <jane@acme.example>', 'bob': 'Bob Poe <bob@beta.example>' };
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const parse = (text) => {
    const m = /^(.*)<([^>]+)>\s*$/.exec(text.trim());
    return m ? { name: m[1].trim().replace(/^"|"$/g, '') || m[2], address: m[2].trim() } : { name: text.trim(), address: text.trim() };
  };

  function chipCurrent(text) {
    const { name, address } = parse(text);
    const outer = document.createElement('div');
    outer.className = 'agh';
    const el = document.createElement('div');
    el.setAttribute('role', 'option');
    el.className = 'afV';
    el.setAttribute('data-name', name);
    el.setAttribute('data-hovercard-id', address);
    el.setAttribute('tabindex', '-1');
    const label = document.createElement('span');
    label.className = 'akl';
    label.textContent = name;
    const remove = document.createElement('div');
    remove.className = 'afX';
    remove.setAttribute('role', 'button');
    remove.setAttribute('aria-label', 'Remove ' + name);
    remove.textContent = '×';
    remove.addEventListener('click', () => outer.remove());
    el.append(label, remove);
    el.addEventListener('dblclick', () => {
      const input = outer.closest('[name]').querySelector('input[role=combobox]');
      outer.remove();
      input.value = address;
      input.focus();
    });
    outer.append(el);
    return outer;
  }

  function chipOlder(field, text) {
    const { name, address } = parse(text);
    const el = document.createElement('div');
    el.className = 'vR';
    const label = document.createElement('span');
    label.className = 'vN';
    label.setAttribute('email', address);
    label.textContent = name;
    const remove = document.createElement('div');
    remove.className = 'vM';
    remove.addEventListener('mousedown', () => el.remove());
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = field;
    hidden.value = name + ' <' + address + '>';
    el.append(label, remove, hidden);
    el.addEventListener('dblclick', () => {
      const input = el.parentElement.querySelector('textarea.vO');
      el.remove();
      input.value = address;
      input.focus();
    });
    return el;
  }

  function chipUnknown(text) {
    const el = document.createElement('span');
    el.className = 'rcpt-2030';
    el.setAttribute('data-who', parse(text).address);
    el.textContent = text;
    return el;
  }

  let suggestions = null;
  function suggest(input, add) {
    suggestions?.remove();
    const q = input.value.trim().toLowerCase();
    const hits = Object.keys(contacts).filter((k) => q && k.startsWith(q));
    if (!hits.length) return;
    suggestions = document.createElement('div');
    suggestions.setAttribute('role', 'listbox');
    suggestions.className = 'suggestions';
    for (const k of hits) {
      const s = document.createElement('div');
      s.setAttribute('role', 'option');
      s.className = 'suggestion';
      s.textContent = contacts[k];
      // Gmail picks on mousedown, before the input loses focus.
      s.addEventListener('mousedown', (e) => { e.preventDefault(); add(contacts[k]); input.value = ''; suggestions.remove(); suggestions = null; });
      suggestions.append(s);
    }
    document.body.append(suggestions);
  }

  function wireInput(input, add) {
    input.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = e.clipboardData.getData('text/plain');
      for (const part of text.split(/[,;\n]/)) if (part.trim()) add(part);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ',') return;
      e.preventDefault();
      if (input.value.trim()) add(input.value);
      input.value = '';
      suggestions?.remove();
    });
    input.addEventListener('input', () => suggest(input, add));
  }

  function fieldCurrent(field, inline, initial) {
    const wrap = document.createElement('div');
    wrap.className = 'anm';
    wrap.setAttribute('name', field);
    let host = wrap;
    if (inline) { const aUy = document.createElement('div'); aUy.className = 'aUy'; wrap.append(aUy); host = aUy; }
    const d1 = document.createElement('div'), d2 = document.createElement('div');
    const listbox = document.createElement('div');
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', field);
    const input = document.createElement('input');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('peoplekit-id', 'BbVjBd');
    input.setAttribute('aria-label', field === 'to' ? 'To recipients' : field);
    input.name = field + 'input';
    d2.append(listbox, input); d1.append(d2); host.append(d1);
    const add = (text) => listbox.append(chipCurrent(text));
    wireInput(input, add);
    for (const r of initial) add(r);
    return wrap;
  }

  function rowOlder(field, initial) {
    const tr = document.createElement('tr');
    tr.innerHTML = '<td class="eD">' + field + '</td><td class="eV"><div class="oL aDm"><div class="vO-wrap"></div></div></td>';
    const host = tr.querySelector('.vO-wrap');
    const textarea = document.createElement('textarea');
    textarea.className = 'vO';
    textarea.name = field;
    textarea.setAttribute('aria-label', field);
    host.append(textarea);
    const add = (text) => host.insertBefore(chipOlder(field, text), textarea);
    wireInput(textarea, add);
    for (const r of initial) add(r);
    return tr;
  }

  function rowUnknown(field, initial) {
    const div = document.createElement('div');
    div.className = 'rcpt-field';
    div.setAttribute('data-field', field);
    const input = document.createElement('input');
    input.className = 'rcpt-input';
    div.append(input);
    const add = (text) => div.insertBefore(chipUnknown(text), input);
    wireInput(input, add);
    for (const r of initial) add(r);
    return div;
  }

  function recipients(markup, inline, initial) {
    const table = document.createElement('table');
    table.className = markup === 'unknown' ? 'rcpt-2030-table' : 'GS';
    const tbody = document.createElement('tbody');
    table.append(tbody);
    if (markup === 'older') {
      for (const f of ['to', 'cc', 'bcc']) tbody.append(rowOlder(f, initial[f] || []));
      return table;
    }
    const tr = document.createElement('tr');
    tr.className = 'bzf';
    const td = document.createElement('td');
    td.className = 'eV';
    const d1 = document.createElement('div'), d2 = document.createElement('div');
    td.append(d1); d1.append(d2); tr.append(td); tbody.append(tr);
    for (const f of ['to', 'cc', 'bcc']) d2.append(markup === 'unknown' ? rowUnknown(f, initial[f] || []) : fieldCurrent(f, inline, initial[f] || []));
    return table;
  }

  function open(kind, markup, initial = {}) {
    const id = 'compose-' + (++next);
    const m9 = document.createElement('div');
    m9.className = 'M9';
    m9.id = id;
    const form = document.createElement('form');
    form.className = 'bAs';
    form.setAttribute('onsubmit', 'return false');
    const table = recipients(markup, kind === 'inline', initial);
    const subject = document.createElement('input');
    subject.name = 'subjectbox';
    subject.placeholder = 'Subject';
    const body = document.createElement('div');
    body.className = 'Am Al editable';
    body.setAttribute('contenteditable', 'true');
    body.setAttribute('role', 'textbox');
    body.textContent = 'Hello,';
    const send = document.createElement('div');
    send.className = 'T-I J-J5-Ji aoO T-I-atl';
    send.setAttribute('role', 'button');
    send.textContent = 'Send';
    send.addEventListener('click', () => { window.fakeCompose.sent.push(window.fakeCompose.recipients(id)); });
    if (kind === 'inline') {
      // Inline reply: the compose sits in the conversation, recipients in td.Iy > div.fX.
      const outer = document.createElement('table');
      outer.setAttribute('role', 'presentation');
      outer.innerHTML = '<tbody><tr><td class="Iy"><div class="fX"></div></td></tr></tbody>';
      outer.querySelector('.fX').append(table);
      form.append(outer, subject, body, send);
    } else {
      form.append(table, subject, body, send);
    }
    m9.append(form);
    if (kind === 'inline') {
      const ao = document.createElement('div');
      ao.className = 'AO';
      ao.innerHTML = '<div class="h7">Earlier message</div>';
      const region = document.createElement('div');
      region.setAttribute('role', 'region');
      region.append(m9);
      ao.append(region);
      document.getElementById('main').append(ao);
    } else {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.className = kind === 'fullscreen' ? 'aSt aSs' : 'nH Hd AD';
      if (kind === 'fullscreen') dialog.setAttribute('aria-modal', 'true');
      dialog.append(m9);
      document.body.append(dialog);
    }
    return id;
  }

  function close(id) {
    const m9 = document.getElementById(id);
    (m9.closest('[role=dialog]') || m9.closest('.AO') || m9).remove();
  }

  /** What Gmail would send to: from the chips' attributes and the older markup's hidden inputs. */
  function recipientsOf(id) {
    const m9 = document.getElementById(id);
    const out = [];
    for (const el of m9.querySelectorAll('[role=option][data-hovercard-id]')) out.push(el.getAttribute('data-hovercard-id'));
    for (const el of m9.querySelectorAll('.vR input[type=hidden]')) out.push(parse(el.value).address);
    for (const el of m9.querySelectorAll('.rcpt-2030')) out.push(el.getAttribute('data-who'));
    return out;
  }

  window.fakeCompose = { open, close, recipients: recipientsOf, sent: [], errors: [] };
  window.addEventListener('error', (e) => window.fakeCompose.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.fakeCompose.errors.push(String(e.reason)));
})();
`

export function composePage(mailbox: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox - ${mailbox} - Gmail</title></head>
<body><div class="nH"><div role="navigation"><a href="#inbox">Inbox</a></div><div role="main" id="main"></div></div>
<script>${SCRIPT}</script></body></html>`
}

/** An empty Atom feed, so the worker's poll of the account finds nothing to read. */
export function emptyFeed(mailbox: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail - Inbox for ${mailbox}</title><fullcount>0</fullcount><modified>${new Date().toISOString()}</modified></feed>`
}
