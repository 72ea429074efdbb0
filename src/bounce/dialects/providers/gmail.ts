/**
 * Gmail's older plain-text notices (2009–2016): "Delivery to the following recipient failed
 * permanently:" / "has been delayed:", the address indented on its own line, then "Technical
 * details of ... failure:" with the remote server's answer, often ending in "(state N)".
 * Samples: test/fixtures/sisimai/lhost-gmail-*.eml. The newer "** Address not found **" notices
 * with a delivery-status part are google-workspace.ts.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { Reason } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import { firstOriginal, originalAfter, originalFromInReplyTo } from './original'
import { MAX_RECIPIENTS, containsAny, cutAt, findAddress, findHost, findReplyCode, findStatus, lines, squeeze } from './text'

const SENDERS = ['mailer-daemon@googlemail.com', 'mailer-daemon@google.com']
const START = 'Delivery to the following recipient'
// Where the returned message begins (lhost-gmail-01: "----- Original message -----").
const ORIGINAL = ['----- Original message -----', '----- Message header follows -----']

/**
 * Gmail's "(state N)" suffix names the SMTP stage that failed. Meanings from Gmail help-forum threads
 * collected in Sisimai's Gmail decoder comments (e.g. "500 Remote server does not support TLS (state 6)").
 */
// TLS and AUTH happen between EHLO and MAIL: no command of ours names that stage, so it is left empty.
const STATES: Record<string, { command: string; reason: Reason }> = {
  '6': { command: '', reason: 'systemerror' }, // remote server does not support TLS (lhost-gmail-07)
  '8': { command: '', reason: 'systemerror' }, // SMTP AUTH failed with the remote server
  '9': { command: '', reason: 'securityerror' }, // TLS missing certificate
  '12': { command: '', reason: 'norelaying' }, // remote does not support authenticated relay
  '13': { command: 'EHLO', reason: 'blocked' }, // "Access denied", "blocked using cbl" (lhost-gmail-04)
  '14': { command: 'RCPT', reason: 'userunknown' }, // "User Unknown (state 14)"
  '15': { command: 'DATA', reason: 'filtered' }, // "SPF unauthorized mail is prohibited (state 15)"
  '17': { command: 'DATA', reason: 'filtered' }, // "No such user here (state 17)"
  '18': { command: 'DATA', reason: 'filtered' }, // "Header error (state 18)" (lhost-gmail-03)
}

/** Gmail's own explanations when no remote server answered (lhost-gmail-09/10/11/15). */
const EXPIRED = [
  'The recipient server did not accept our requests to connect',
  'DNS Error: Could not contact DNS servers',
]
const HOST_UNKNOWN = ['DNS Error: Domain name not found', 'DNS Error: DNS server returned answer with no data']

function reasonOf(diagnostic: string, status: string): { reason?: Reason; command?: string } {
  const state = /\(state (\d{1,2})\)/.exec(diagnostic)?.[1] ?? ''
  const known = STATES[state]
  // A specific enhanced code ("5.1.1", "4.2.2") says more than the state; "5.7.0" or none says less.
  const generic = status === '' || status.split('.')[2] === '0'
  if (known) return generic ? known : { command: known.command }
  if (containsAny(diagnostic, HOST_UNKNOWN)) return { reason: 'hostunknown' }
  if (containsAny(diagnostic, EXPIRED)) return { reason: 'expired' }
  return {}
}

function finish(address: string, body: string[], delayed: boolean): DecodedRecipient {
  const whole = squeeze(body.join(' '))
  // "The error that the other server returned was: 550 5.1.1 ..." — the remote's words follow.
  const said = /The error that the other server returned was:\s*(.*)$/.exec(whole)?.[1] ?? ''
  const diagnostic = said || whole
  const replyCode = findReplyCode(said)
  let status = findStatus(said)
  const { reason, command } = reasonOf(diagnostic, status)
  if (!status) status = `${replyCode ? replyCode[0] : delayed ? '4' : '5'}.0.0`
  const remoteMta = findHost(/ by ([^\s]{1,255}) \[/.exec(whole)?.[1] ?? '')
  return {
    address,
    action: delayed ? 'delayed' : 'failed',
    status,
    replyCode,
    diagnostic,
    remoteMta,
    ...(command ? { command } : {}),
    ...(reason ? { reason } : {}),
  }
}

export const gmail: Dialect = {
  name: 'gmail',
  decode(message: ParsedMessage): DialectResult | null {
    if (!SENDERS.includes(message.from)) return null
    if (!message.subject.includes('Delivery Status Notification')) return null
    if (message.deliveryStatus) return null // the newer format: google-workspace.ts
    const text = cutAt(message.text, ORIGINAL)
    if (!text.includes(START)) return null

    const recipients: DecodedRecipient[] = []
    // "Delivery to the following recipient(s) failed permanently:" lists one or more indented
    // addresses, then the explanation that applies to all of them.
    let addresses: string[] = []
    let delayed = false
    let body: string[] = []
    const flush = () => {
      for (const a of addresses) recipients.push(finish(a, body, delayed))
      addresses = []
      body = []
    }
    for (const line of lines(text.slice(text.indexOf(START)))) {
      if (line.startsWith(START)) {
        flush()
        delayed = line.includes('delayed')
        continue
      }
      if (/^\s/.test(line) && !body.length && findAddress(line)) {
        addresses.push(findAddress(line))
        continue
      }
      // Gmail's own framing, not the server's words.
      if (/^(Technical details of|Message will be retried)/.test(line.trim())) continue
      if (addresses.length && line.trim()) body.push(line)
    }
    flush()
    if (!recipients.length) return null
    const original = message.original ? undefined : firstOriginal(originalAfter(message.text, ORIGINAL), originalFromInReplyTo(message))
    return { recipients: recipients.slice(0, MAX_RECIPIENTS), original }
  },
}
