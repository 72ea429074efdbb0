/**
 * The worker's answer to each message of the contract (src/messages.ts), one function per type.
 * The router catches what they throw; each stays small and does its own input checks.
 */
import type { IngestResult, ProtocolMap, Request } from '../messages'
import { base64ToBytes, binaryStringToBytes } from '../content/shared/base64'
import { getCursor, putCursor } from '../store/cursors'
import { markPopupOpened } from '../store/badge'
import { emptyCursor } from './backoff'
import { refreshBadge } from './badge'
import { getDb } from './db'
import { fetchRawSource } from './fetch-source'
import { ingestBytes, ingestRenderedText } from './ingest'
import { pollAccounts } from './poller'
import { isUnpacked, setTestPeriod } from './schedule'
import { BadRequest, checkAccount, checkAddresses, checkGmailId, checkSource, checkText, MAX_RAW_CHARS } from './validate'
import { composeWarnings } from '../store/compose-warnings'
import { getSettings } from '../store/settings'
import { GMAIL_ORIGIN } from '../sites/gmail/urls'

type Handler<K extends keyof ProtocolMap> = (req: Request<K>, sender: chrome.runtime.MessageSender) => Promise<ReturnType<ProtocolMap[K]>>
export type Handlers = { [K in keyof ProtocolMap]: Handler<K> }

function isExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(chrome.runtime.getURL(''))
}

/** A content script in a Gmail page (a tab's frame whose origin is exactly mail.google.com). */
function isGmailFrame(sender: chrome.runtime.MessageSender): boolean {
  if (!sender.tab || typeof sender.url !== 'string') return false
  try {
    return new URL(sender.url).origin === GMAIL_ORIGIN && (sender.origin === undefined || sender.origin === GMAIL_ORIGIN)
  } catch {
    return false
  }
}

export const handlers: Handlers = {
  async ingestRaw(req) {
    const source = checkSource(req.source)
    const raw = checkText(req.raw, 'raw', MAX_RAW_CHARS)
    let bytes: Uint8Array
    try {
      bytes = req.encoding === 'base64' ? base64ToBytes(raw) : binaryStringToBytes(raw)
    } catch {
      throw new BadRequest('raw is not valid base64')
    }
    return ingestBytes(getDb(), bytes, source)
  },

  async ingestText(req) {
    const source = checkSource(req.source)
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

  async ingestGmail(req): Promise<IngestResult> {
    const account = checkAccount(req.account)
    const id = checkGmailId(req.id)
    const raw = await fetchRawSource(account, id)
    if (!raw.ok) return { report: { kind: 'error', error: `could not read the message: ${raw.detail}` }, flagged: 0, duplicate: false }
    return ingestBytes(getDb(), raw.bytes, { origin: 'gmail', account, id })
  },

  async accountSeen(req) {
    const account = checkAccount(req.account)
    const db = getDb()
    const cursor = await getCursor(db, account)
    if (cursor && cursor.state !== 'signed-out') return
    // New or back from signed-out: watch it from now on and poll at once (no back-off to wait out).
    await putCursor(db, { ...(cursor ?? emptyCursor(account)), state: 'ok', notBefore: '', failures: 0, lastError: '', lastPollAt: '' })
    void pollAccounts(db).catch(() => undefined)
  },

  async composeWarnings(req, sender) {
    if (!isGmailFrame(sender)) throw new BadRequest('only from a Gmail page')
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
