// Wiring only: every listener is registered synchronously at start-up (an MV3 worker woken by an
// event must find its listener already there); the work lives one concern per file beside this one.
import { useMemoryBlob } from '../bounce/mime/memory-blob'
import { refreshBadge } from './badge'
import { notifyIfNeeded } from './notify'
import { registerGmailApiScan } from './gmail-api'
import { getDb } from './db'
import { handlers } from './handlers'
import { pollAccounts } from './poller'
import { applyRetentionIfDue } from '../store/retention-daily'
import { createRouter } from './router'
import { DISCOVER_ALARM, ensureDiscoverAlarm } from './discover'
import { ensurePollAlarm, POLL_ALARM, TEST_POLL_ALARM } from './schedule'

// The engine parses notices here: postal-mime's Blob round-trips through Chromium's blob registry
// cost more than the parsing itself; this worker never makes a Blob of its own (memory-blob.ts).
useMemoryBlob()

chrome.runtime.onMessage.addListener(createRouter(handlers))
registerGmailApiScan() // issue 5: only in builds with VITE_GMAIL_OAUTH_CLIENT_ID

chrome.alarms.onAlarm.addListener((alarm) => {
  const discover = alarm.name === DISCOVER_ALARM // daily: look for accounts signed in since (issue 11)
  if (alarm.name !== POLL_ALARM && alarm.name !== TEST_POLL_ALARM && !discover) return
  const db = getDb()
  void ensurePollAlarm(db)
    .then(() => pollAccounts(db, false, discover))
    .catch((e: unknown) => console.warn('Rebound: poll failed', e))
    // Retry contacts come due with time, not with a notice: every alarm recounts them (issue 11).
    .then(() => refreshBadge(db))
    .then(() => notifyIfNeeded(db))
    .catch((e: unknown) => console.warn('Rebound: badge or notification failed', e))
    .then(() => applyRetentionIfDue(db)) // at most daily; after the poll, whatever its outcome
    .catch((e: unknown) => console.warn('Rebound: retention failed', e))
})

chrome.runtime.onInstalled.addListener(() => {
  void ensurePollAlarm(getDb()).catch((e: unknown) => console.warn('Rebound: alarm setup failed', e))
})

chrome.runtime.onStartup.addListener(() => {
  void refreshBadge(getDb()).catch(() => undefined)
})

void ensurePollAlarm(getDb()).catch((e: unknown) => console.warn('Rebound: alarm setup failed', e))
void ensureDiscoverAlarm().catch((e: unknown) => console.warn('Rebound: alarm setup failed', e))
