/**
 * The worker's answer to each message of the contract (src/messages.ts), one function per type.
 * The router catches what they throw; each stays small and does its own input checks.
 */
import type { IngestResult, NoticeSource, ProtocolMap, Request } from '../messages'
import { accountFromPath } from '../sites/gmail/urls'
import { base64ToBytes, binaryStringToBytes } from '../content/shared/base64'
import { getCursor, putCursor } from '../store/cursors'
import { markPopupOpened } from '../store/badge'
import { deleteEverything } from '../store/delete-everything'
import { withWritersStopped } from '../store/writers'
import { emptyCursor } from './backoff'
import { refreshBadge } from './badge'
import { getDb } from './db'
import { fetchRawSource } from './fetch-source'
import { ingestBytes, ingestRenderedText } from './ingest'
import { pollAccounts } from './poller'
import { discoveryDue } from './discover'
import { isUnpacked, setTestPeriod } from './schedule'
import { senderKind } from './senders'
import { BadRequest, checkAccount, checkAddresses, checkGmailId, checkSource, checkText, MAX_RAW_CHARS } from './validate'
import { composeWarnings } from '../store/compose-warnings'
import { getSettings } from '../store/settings'

type Handler<K extends keyof ProtocolMap> = (req: Request<K>, sender: chrome.runtime.MessageSender) => Promise<ReturnType<ProtocolMap[K]>>
export type Handlers = { [K in keyof ProtocolMap]: Handler<K> }

function isExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return senderKind(sender) === 'extension'
}

/**
 * A content script speaks only for its own page (the router let it in, senders.ts): a Gmail tab for
 * its own account "u/N", an Outlook tab for its own host. Extension pages may name any source.
 */
function ownSource(source: NoticeSource, sender: chrome.runtime.MessageSender): NoticeSource {
  const kind = senderKind(sender)
  if (kind === 'extension') return source
  const page = new URL(sender.url ?? 'about:blank')
  if (kind === 'gmail' && source.origin === 'gmail' && source.account === accountFromPath(page.pathname)) return source
  if (kind === 'outlook' && source.origin === 'outlook' && source.account === page.host) return source
  throw new BadRequest('a page may send only its own notices')
}

export const handlers: Handlers = {
  async ingestRaw(req, sender) {
    const source = ownSource(checkSource(req.source), sender)
    const raw = checkText(req.raw, 'raw', MAX_RAW_CHARS)
    let bytes: Uint8Array
    try {
      bytes = req.encoding === 'base64' ? base64ToBytes(raw) : binaryStringToBytes(raw)
    } catch {
      throw new BadRequest('raw is not valid base64')
    }
    return ingestBytes(getDb(), bytes, source, { inSpam: req.inSpam === true })
  },

  async ingestText(req, sender) {
    const source = ownSource(checkSource(req.source), sender)
    const meta = { subject: checkText(req.subject, 'subject', 2000), from: checkText(req.from, 'from', 2000) }
    return ingestRenderedText(getDb(), checkText(req.text, 'text'), meta, source)
  },

  async popupOpened() {
    const db = getDb()
    await markPopupOpened(db)
    await refreshBadge(db)
  },

  async pollNow() {
    return { polled: await pollAccounts(getDb(), true) }
  },

  async ingestGmail(req, sender): Promise<IngestResult> {
    const account = ownSource({ origin: 'gmail', account: checkAccount(req.account), id: '-' }, sender).account
    const id = checkGmailId(req.id)
    const raw = await fetchRawSource(account, id)
    if (!raw.ok) return { report: { kind: 'error', error: `could not read the message: ${raw.detail}` }, flagged: 0, duplicate: false }
    return ingestBytes(getDb(), raw.bytes, { origin: 'gmail', account, id }, { inSpam: req.inSpam === true })
  },

  async accountSeen(req, sender) {
    const account = ownSource({ origin: 'gmail', account: checkAccount(req.account), id: '-' }, sender).account
    const db = getDb()
    const cursor = await getCursor(db, account)
    // A Gmail tab opening is also when other accounts may have been signed in: look (issue 11).
    const discover = await discoveryDue(db)
    if (cursor && cursor.state !== 'signed-out') {
      if (discover) void pollAccounts(db, false, true).catch(() => undefined)
      return
    }
    // New or back from signed-out: watch it from now on and poll at once (no back-off to wait out).
    await putCursor(db, { ...(cursor ?? emptyCursor(account)), state: 'ok', notBefore: '', failures: 0, lastError: '', lastPollAt: '' })
    void pollAccounts(db, false, discover).catch(() => undefined)
  },

  async deleteEverything() {
    const db = getDb()
    await withWritersStopped(() => deleteEverything(db))
    await refreshBadge(db)
  },

  async composeWarnings(req, sender) {
    // The router let only Gmail and Outlook pages in (senders.ts); checked again here, where the store is read.
    const kind = senderKind(sender)
    if (kind !== 'gmail' && kind !== 'outlook') throw new BadRequest('only from a Gmail or Outlook page')
    const addresses = checkAddresses(req.addresses)
    const db = getDb()
    if (!(await getSettings(db)).composeGuard) return { enabled: false, warnings: [] }
    return { enabled: true, warnings: await composeWarnings(db, addresses, new Date()) }
  },

  async testPollEvery(req, sender) {
    if (!isUnpacked()) return { ok: false, error: 'only for an unpacked extension' }
    if (!isExtensionPage(sender)) return { ok: false, error: 'only from an extension page' }
    const seconds = Number(req.seconds)
    if (!Number.isFinite(seconds) || (seconds !== 0 && (seconds < 1 || seconds > 3600))) return { ok: false, error: 'seconds: 0 or 1..3600' }
    await setTestPeriod(getDb(), seconds)
    return { ok: true }
  },
}
