/** The senders a runtime message can come from, as Chrome describes them (chrome.runtime.MessageSender). */
export const OWN = 'abcdefghijklmnopabcdefghijklmnop'
export const BASE = `chrome-extension://${OWN}/`
const EXT_ORIGIN = `chrome-extension://${OWN}`
const tab = (url: string) => ({ id: 7, index: 0, url } as chrome.tabs.Tab)

export const senders = {
  /** The popup: no tab. */
  popup: { id: OWN, url: `${BASE}src/popup/index.html`, origin: EXT_ORIGIN },
  /** The options page, in a tab of its own. */
  options: { id: OWN, url: `${BASE}src/options/index.html`, origin: EXT_ORIGIN, tab: tab(`${BASE}src/options/index.html`), frameId: 0 },
  gmail: { id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox', origin: 'https://mail.google.com', tab: tab('https://mail.google.com/mail/u/0/#inbox'), frameId: 0 },
  gmailU1: { id: OWN, url: 'https://mail.google.com/mail/u/1/#inbox', origin: 'https://mail.google.com', tab: tab('https://mail.google.com/mail/u/1/#inbox'), frameId: 0 },
  outlook: { id: OWN, url: 'https://outlook.office.com/mail/inbox/id/AAQk', origin: 'https://outlook.office.com', tab: tab('https://outlook.office.com/mail/inbox/id/AAQk'), frameId: 0 },
  /** Another extension. */
  otherExtension: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/page.html', origin: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' },
  /** Our content script on a site it does not match (say it were injected elsewhere). */
  otherSite: { id: OWN, url: 'https://evil.example/', origin: 'https://evil.example', tab: tab('https://evil.example/'), frameId: 0 },
  /** A look-alike host. */
  lookAlike: { id: OWN, url: 'https://mail.google.com.evil.example/mail/u/0/', origin: 'https://mail.google.com.evil.example', tab: tab('https://mail.google.com.evil.example/mail/u/0/'), frameId: 0 },
  /** A frame of ours inside a web page's tab (possible only for a web-accessible page). */
  framedInWebPage: { id: OWN, url: `${BASE}src/options/index.html`, origin: EXT_ORIGIN, tab: tab('https://evil.example/'), frameId: 3 },
  /** A Gmail-looking URL whose origin says otherwise (a sandboxed or about:blank frame). */
  originMismatch: { id: OWN, url: 'https://mail.google.com/mail/u/0/', origin: 'null', tab: tab('https://mail.google.com/mail/u/0/'), frameId: 0 },
  /** A Gmail frame inside another site's tab (the content script runs in top frames only). */
  gmailFramed: { id: OWN, url: 'https://mail.google.com/mail/u/0/', origin: 'https://mail.google.com', tab: tab('https://evil.example/'), frameId: 5 },
  /** A Gmail URL without a tab: not a content script. */
  gmailNoTab: { id: OWN, url: 'https://mail.google.com/mail/u/0/', origin: 'https://mail.google.com' },
  /** No URL at all. */
  noUrl: { id: OWN },
} satisfies Record<string, chrome.runtime.MessageSender>
