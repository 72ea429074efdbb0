/**
 * An Outlook on the web page with composes, reduced to the recipient markup Rebound reads
 * (src/sites/outlook/compose.ts says where each part comes from), and the behaviour a user meets:
 * - each of To, Cc, Bcc is a `div[role=group][id=MSG_<draft>_TO|_CC|_BCC]` holding the field's button
 *   and a `div[contenteditable=true][aria-label=To|Cc|Bcc]` editor;
 * - typing puts plain text in the editor; Enter or ";" resolves it into a pill
 *   `span._Entity._EType_RECIPIENT_ENTITY._EReadonly_1[contenteditable=false][aria-label=<address>]`
 *   (the display name in `span.textContainer-…`, between zero-width spaces) with its own remove button
 *   `button[aria-label="Remove <name>"]` holding Fluent's Cancel icon; pasting a list makes pills at once;
 * - a new message opens beside the reading pane; a reply opens inline in the reading pane, under the
 *   message, with the sender in To.
 * `window.fakeOwa` drives it from a test: newMessage(initial), reply(), recipients(draft).
 */
import { readingPane } from './reading-pane'

const SCRIPT = String.raw`
(() => {
  let next = 0;
  const names = { 'jane@acme.example': 'Jane Roe', 'bob@beta.example': 'Bob Poe' };
  const parse = (text) => {
    const m = /^(.*)<([^>]+)>\s*$/.exec(text.trim());
    return m ? { name: m[1].trim() || m[2], address: m[2].trim() } : { name: names[text.trim()] || text.trim(), address: text.trim() };
  };

  function pill(text) {
    const { name, address } = parse(text);
    const el = document.createElement('span');
    el.className = '_Entity _EType_RECIPIENT_ENTITY _EReadonly_1 Lbs4W';
    el.id = 'REK' + (++next);
    el.setAttribute('contenteditable', 'false');
    el.setAttribute('draggable', 'true');
    el.setAttribute('aria-label', address);
    const presence = document.createElement('span');
    presence.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.className = 'textContainer-390 individualText-391';
    label.textContent = name;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.tabIndex = -1;
    remove.setAttribute('aria-label', 'Remove ' + name);
    const icon = document.createElement('i');
    icon.setAttribute('data-icon-name', 'Cancel');
    icon.setAttribute('aria-hidden', 'true');
    remove.append(icon);
    remove.addEventListener('click', () => el.remove());
    el.append(presence, label, remove);
    return el;
  }

  /** The editor's text outside pills (what the user typed and has not resolved). */
  function typed(editor) {
    return [...editor.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('').replace(/\u200b/g, '').trim();
  }

  function field(draft, suffix, label, initial) {
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.id = 'MSG_' + draft + '_' + suffix;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-label', label);
    editor.setAttribute('aria-controls', 'FloatingSuggestionsList');
    const add = (text) => editor.append('\u200b', pill(text), '\u200b');
    const resolve = () => {
      const parts = typed(editor).split(/[;,]/).map((s) => s.trim()).filter(Boolean);
      for (const n of [...editor.childNodes]) if (n.nodeType === 3) n.remove();
      for (const p of parts) add(p);
    };
    editor.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ';') return;
      e.preventDefault();
      resolve();
    });
    editor.addEventListener('paste', (e) => {
      e.preventDefault();
      for (const part of e.clipboardData.getData('text/plain').split(/[;,\n]/)) if (part.trim()) add(part);
    });
    for (const r of initial || []) add(r);
    group.append(button, editor);
    return group;
  }

  function compose(initial) {
    const draft = (++next).toString(16) + 'a0';
    const root = document.createElement('div');
    root.id = 'compose-' + draft;
    root.className = 'zb6b2';
    root.append(field(draft, 'TO', 'To', initial.to), field(draft, 'CC', 'Cc', initial.cc), field(draft, 'BCC', 'Bcc', initial.bcc));
    const subject = document.createElement('input');
    subject.id = 'MSG_' + draft + '_SUBJECT';
    subject.setAttribute('aria-label', 'Subject');
    subject.value = initial.subject || '';
    const body = document.createElement('div');
    body.setAttribute('contenteditable', 'true');
    body.setAttribute('role', 'textbox');
    body.setAttribute('aria-label', 'Message body');
    body.textContent = 'Hello,';
    const send = document.createElement('button');
    send.type = 'button';
    send.setAttribute('aria-label', 'Send');
    send.title = 'Send (Ctrl+Enter)';
    send.textContent = 'Send';
    send.addEventListener('click', () => window.fakeOwa.sent.push(recipientsOf(draft)));
    root.append(subject, body, send);
    return { draft, root };
  }

  function newMessage(initial = {}) {
    const { draft, root } = compose(initial);
    const region = document.createElement('div');
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', 'New message');
    region.append(root);
    document.getElementById('app').append(region);
    return draft;
  }

  function reply() {
    const from = document.querySelector('#ReadingPaneContainerId span[title*="@"]').getAttribute('title');
    const subject = document.querySelector('#ReadingPaneContainerId [role=heading]').textContent;
    const { draft, root } = compose({ to: [from], subject: 'RE: ' + subject });
    document.getElementById('ReadingPaneContainerId').append(root);
    return draft;
  }

  /** What Outlook would send to: the pills' addresses. */
  function recipientsOf(draft) {
    const root = document.getElementById('compose-' + draft);
    return [...root.querySelectorAll('._EType_RECIPIENT_ENTITY')].map((el) => parse(el.getAttribute('aria-label')).address);
  }

  window.fakeOwa = { newMessage, reply, recipients: recipientsOf, sent: [], errors: [] };
  window.addEventListener('error', (e) => window.fakeOwa.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.fakeOwa.errors.push(String(e.reason)));
})();
`

/** The reading pane showing an ordinary message from `from`, with composes to open. */
export function outlookComposePage(from: { name: string; email: string }): string {
  const message = { subject: 'Pricing for next quarter', fromName: from.name, fromEmail: from.email, text: 'Thanks, let us talk next week.\nJane' }
  return readingPane(message, `<script>${SCRIPT}</script>`)
}

declare global {
  interface Window {
    fakeOwa: {
      newMessage(initial?: { to?: string[]; cc?: string[]; bcc?: string[] }): string
      reply(): string
      recipients(draft: string): string[]
      sent: string[][]
      errors: string[]
    }
  }
}
