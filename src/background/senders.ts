/**
 * Who may send each message (issue 10 part 2). A message is taken only from the kinds of sender its
 * row lists, and a content script gets back only what its row's `toContent` keeps (the banner's
 * lines): a Gmail page can't ask for store data, an Outlook page can't make the worker read Gmail.
 * A new message type of src/messages.ts does not compile until it has its row here.
 */
import type { BannerAnswer, ContentAnswers, IngestResult, MessageType, Response } from '../messages'
import { GMAIL_ORIGIN } from '../sites/gmail/urls'
import { OUTLOOK_ORIGINS } from '../sites/outlook/hosts'
import { describeResult } from './banner-lines'

/**
 * - extension: a page of this extension (popup, options), in no tab or in a tab showing the extension;
 * - gmail: the content script in a https://mail.google.com tab;
 * - outlook: the content script in a tab of one of OUTLOOK_ORIGINS.
 */
export type SenderKind = 'extension' | 'gmail' | 'outlook'

type Rule<K extends MessageType> = K extends keyof ContentAnswers
  ? { from: readonly SenderKind[]; toContent: (answer: Response<K>) => ContentAnswers[K] }
  : { from: readonly ['extension'] }

const banner = (answer: IngestResult): BannerAnswer => ({ lines: describeResult(answer) })

export const SENDERS: { [K in MessageType]: Rule<K> } = {
  // Extension pages may feed notices too (the demo, the end-to-end tests); their answer is whole.
  ingestRaw: { from: ['gmail', 'extension'], toContent: banner },
  ingestGmail: { from: ['gmail'], toContent: banner },
  ingestText: { from: ['outlook'], toContent: banner },
  // Also from the options page: watching an account is a setting, which pages change anyway.
  accountSeen: { from: ['gmail', 'extension'], toContent: () => undefined },
  popupOpened: { from: ['extension'] },
  pollNow: { from: ['extension'] },
  testPollEvery: { from: ['extension'] },
  deleteEverything: { from: ['extension'] },
  // The compose guard: per-address warning lines for the addresses a Gmail or Outlook compose holds.
  composeWarnings: { from: ['gmail', 'outlook'], toContent: (answer) => answer },
}

/** The kind of a message's or port's sender, or null for anyone else. */
export function senderKind(sender: chrome.runtime.MessageSender | undefined): SenderKind | null {
  if (!sender || sender.id !== chrome.runtime.id || typeof sender.url !== 'string') return null
  const own = chrome.runtime.getURL('') // "chrome-extension://<id>/"
  if (sender.url.startsWith(own)) {
    if (sender.origin !== undefined && `${sender.origin}/` !== own) return null
    // A page of ours in a tab: the tab must show the extension too, not a web page framing it.
    if (sender.tab && !(sender.tab.url ?? '').startsWith(own)) return null
    return 'extension'
  }
  // Content scripts only: they run in tabs, and their page's origin is the one they match.
  if (!sender.tab) return null
  let origin: string
  try {
    origin = new URL(sender.url).origin
  } catch {
    return null
  }
  if (sender.origin !== undefined && sender.origin !== origin) return null
  // Content scripts run in the top frame only: a frame of Gmail inside another site's tab is not Gmail.
  if (sender.frameId !== undefined && sender.frameId !== 0) return null
  if (origin === GMAIL_ORIGIN) return 'gmail'
  if ((OUTLOOK_ORIGINS as readonly string[]).includes(origin)) return 'outlook'
  return null
}

/** Whether `kind` may send `type` (an own property of the table: "toString" is no type). */
export function mayReceive(type: string, kind: SenderKind | null): type is MessageType {
  return kind !== null && Object.hasOwn(SENDERS, type) && (SENDERS[type as MessageType].from as readonly SenderKind[]).includes(kind)
}

/** What goes back to the sender: a page gets the handler's answer, a content script its row's shaping of it. */
export function answerFor(type: MessageType, kind: SenderKind, answer: unknown): unknown {
  if (kind === 'extension') return answer
  const rule = SENDERS[type] as { toContent?: (a: unknown) => unknown }
  return rule.toContent ? rule.toContent(answer) ?? null : null
}
