/**
 * qmail (and netqmail, qmail-ldap, vpopmail): "Hi. This is the qmail-send program at ..." notices,
 * written by qmail-send.c; per-recipient texts come from qmail-remote.c and qmail-local.c.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import type { Reason } from '../../types'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

// qmail-send.c bounce text, the same sentence kept by the qmail forks, and the reworded intros
// of qmail-based webmail hosts (Sisimai's "X2" and "X4" samples: lhost-x2-*, lhost-x4-*).
const MARKERS = [
  'qmail-send program',
  "I'm afraid I wasn't able to deliver your message to the following addresses",
  'Unable to deliver message to the following address(es).',
  'Your mail message to the following address(es) could not be delivered.',
]
const END = [
  '--- Below this line is a copy of the message.',
  '--- Enclosed is a copy of the message.',
  '--- Below this line is the original bounce.',
  '--- Original message follows.',
]

/** qmail-remote.c: which step of the SMTP dialogue failed, and with whom. */
const COMMANDS: [RegExp, string][] = [
  [/Connected to (\S+) but greeting failed/, 'CONN'],
  [/Connected to (\S+) but my name was rejected/, 'HELO'],
  [/Connected to (\S+) but sender was rejected/, 'MAIL'],
  [/(\S+) does not like recipient/, 'RCPT'],
  [/(\S+) failed on DATA command/, 'DATA'],
  [/(\S+) failed after I sent the message/, 'DATA'],
]

/** Texts of qmail and its usual add-ons that name the reason themselves. */
const OWN_REASONS: [RegExp, Reason][] = [
  // qmail-remote.c (dns lookups), qmail-local.c
  [/Sorry, I couldn't find any host (?:named|by that name)/, 'hostunknown'],
  [/Sorry, I couldn't find a mail exchanger or IP address/, 'notaccept'],
  [/Sorry, I wasn't able to establish an SMTP connection/, 'networkerror'],
  [/Although I'm listed as a best-preference MX or A for that host/, 'systemerror'],
  [/Sorry, no mailbox here by that name/, 'userunknown'],
  // vpopmail vdelivermail.c
  [/account is locked email bounced/, 'suspend'],
  // "user does not exist, but will deliver to <dir>": the domain's catch-all took the mail and its
  // own delivery failed (vdelivermail.c; "can not open new email file … system error" follows). The
  // address is not dead: the domain accepts every local part (Sisimai reads it as `filtered`).
  [/user does not exist, but will deliver to/, 'systemerror'],
  // qmail-ldap qmail-lspawn.c
  [/Unable to contact LDAP server/, 'systemerror'],
  [/The message exeeded the maximum size the user accepts|message exceeded the maximum size/, 'mesgtoobig'],
  // qmail-based webmail hosts (lhost-x2-*, lhost-x4-*)
  [/This account has been disabled or discontinued/, 'suspend'],
  [/This account is over quota|user's mailfolder is full/, 'mailboxfull'],
]

/** qmail-send.c: the queue lifetime ran out before the error became permanent. */
const TOO_LONG = "I'm not going to try again; this message has been in the queue too long."

/** qmail-remote.c's last line after a permanent (5xx) answer of the remote host. */
const GAVE_UP = / ?Giving up on [^ ]{1,255}\.$/

function toRecipient(address: string, detail: string[]): DecodedRecipient {
  const text = detail.join('\n')
  const said = detail.map((l) => { const i = l.indexOf(' said: '); return i >= 0 ? l.slice(i + 7) : l })
  const flat = squeeze(text.replace(/^\/(?=I'm not going)/m, ''))
  const replyCode = leadingReplyCode(said)
  // qmail-remote.c closes a permanent refusal with "Giving up on <ip>.": after a 5xx answer it says
  // the refusal is final, not that a queue expired (the words would read as `expired`).
  const closed = flat.replace(TOO_LONG, '').trim()
  const diagnostic = replyCode.startsWith('5') ? closed.replace(GAVE_UP, '').trim() : closed
  const step = COMMANDS.map(([re, cmd]) => [re.exec(text), cmd] as const).find(([m]) => m)
  const own = OWN_REASONS.find(([re]) => re.test(text))
  const status = statusIn(diagnostic)
  const r: DecodedRecipient = {
    address,
    status,
    replyCode,
    diagnostic,
    remoteMta: step?.[0]?.[1] ?? '',
    command: step?.[1] ?? '',
  }
  if (own) r.reason = own[1]
  else if (!r.replyCode && flat.includes(TOO_LONG)) r.reason = 'expired'
  return r
}

export const qmail: Dialect = {
  name: 'qmail',
  decode(message) {
    const text = noticeText(message)
    if (!MARKERS.some((m) => text.includes(m))) return null
    const region = cutAt(text, END)
    const recipients: DecodedRecipient[] = []
    let address = ''
    let detail: string[] = []
    const flush = () => { if (address) recipients.push(toRecipient(address, detail)) }
    for (const line of lines(region)) {
      // qmail-send.c writes each recipient as "<address>:" on its own line; Outlook on the web
      // renders it "address:" (the brackets went with the link, rendered-parity.test.ts).
      const m = /^(?:<([^<>\s]+@[^<>\s]+)>|([^<>\s:]+@[^<>\s:]+)):\s*$/.exec(line)
      if (m) { flush(); address = addressIn(m[1] ?? m[2]); detail = []; continue }
      if (address && line.trim()) detail.push(line.trim())
    }
    flush()
    if (!recipients.length) return null
    return { recipients, original: message.original ? undefined : originalFrom(after(text, END)) }
  },
}
