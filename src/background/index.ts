// Wiring only: every listener is registered synchronously at start-up (an MV3 worker woken by an
// event must find its listener already there); the work lives one concern per file beside this one.
import { refreshBadge } from './badge'
import { registerGmailApiScan } from './gmail-api'
import { getDb } from './db'
import { handlers } from './handlers'
import { pollAccounts } from './poller'
import { applyRetentionIfDue } from '../store/retention'
import { createRouter } from './router'
import { ensurePollAlarm, POLL_ALARM, TEST_POLL_ALARM } from './schedule'

chrome.runtime.onMessage.addListener(createRouter(handlers))
registerGmailApiScan() // issue 5: only in builds with VITE_GMAIL_OAUTH_CLIENT_ID

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== POLL_ALARM && alarm.name !== TEST_POLL_ALARM) return
  const db = getDb()
  void ensurePollAlarm(db)
    .then(() => pollAccounts(db))
    .catch((e: unknown) => console.warn('Rebound: poll failed', e))
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
