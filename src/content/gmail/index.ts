// Gmail content script: tell the worker this account is open (and so signed in), then watch for
// opened notices. Errors stay here: Rebound must never break the Gmail page.
import { accountFromPath } from '../../sites/gmail/urls'
import { send } from '../shared/send'
import { watchGmail } from './watch'
import { guardGmailCompose } from './compose-guard'

const account = accountFromPath(location.pathname)
if (account) void send('accountSeen', { account }).catch(() => undefined)
try {
  watchGmail(document, new AbortController().signal)
} catch (e) {
  console.warn('Rebound: Gmail watcher failed to start', e)
}
try {
  guardGmailCompose(document, new AbortController().signal)
} catch (e) {
  console.warn('Rebound: compose guard failed to start', e)
}
