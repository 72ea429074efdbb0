/**
 * NetEase Mail (163.com, 126.com, yeah.net, 188.com; MX *.mxmail.netease.com) and the Coremail servers
 * that share its codes: replies carry "<class>:<code>" ("554 DT:SPM 163 mx14,...", "421 HL:IFC").
 * Meanings from NetEase's postmaster "退信代码说明" (bounce code list, mail.163.com help; reproduced in
 * Coremail's support pages). The code blames the sending side except where the table says otherwise;
 * NetEase's own "550 User not found" / "User suspended" are read by the shared reason rules.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const HOSTS = ['netease.com', '163.com', '126.com', '126.net', 'yeah.net', '188.com']
const DOMAINS = ['163.com', '126.com', 'yeah.net', '188.com', 'vip.163.com', 'vip.126.com', 'netease.com']

const CODES: Record<string, Reason> = {
  'DT:SPM': 'spamdetected', // the body looks like spam or the sending setup is irregular (451: retried later)
  'DT:RBL': 'blocked', // the sending IP is on one or more RBLs
  'HL:IHU': 'blocked', // the IP broke NetEase's terms and is suspended
  'HL:IPB': 'blocked', // the IP is not on NetEase's allowed list
  'HL:REP': 'badreputation', // the IP sends to many addresses that do not exist
  'HL:MEP': 'badreputation', // the IP forges many sender domains
  'HL:ICC': 'toomanyconn', // too many concurrent connections from the IP
  'HL:IFC': 'speeding', // too many messages from the IP in a short time
  'HL:IFQ': 'speeding',
  'MI:DMC': 'speeding', // too many messages in one connection
  'RP:DRC': 'speeding', // too many recipients in one connection
  'MI:SFQ': 'speeding', // the sender sent too many messages in 15 minutes
  'WM:BLI': 'blocked', // the IP is not on the allowed list
  'WM:BLU': 'rejected', // the sender is not on the allowed list
  // The rest of the same list (issue 9, regional-providers.test.ts; the list as pasted in
  // biecuoliao.com/pa/MBRrwEM.html and in public code comments quoting help.mail.163.com): the sender's
  // setup or volume, never the recipient's mailbox.
  'MI:SPF': 'authfailure', // the sending IP is not allowed by the sending domain's SPF record
  'MI:DMA': 'authfailure', // the message fails the sending domain's DMARC policy
  'MI:NHD': 'syntaxerror', // an empty HELO
  'MI:CEL': 'syntaxerror', // too many bad commands from the sender
  'MI:CCL': 'syntaxerror', // more commands than a normal session
  'RP:CEL': 'syntaxerror',
  'RP:CCL': 'syntaxerror',
  'MI:IMF': 'rejected', // the sender's address is malformed
  'MI:SPB': 'rejected', // the sender is not on the allowed list
  'DT:SUM': 'policyviolation', // the envelope sender and the header sender differ
  'MI:STC': 'speeding', // the sender is over its connections (or messages) for the day
  'RP:RCL': 'speeding', // too many recipients in one mass mailing
  'RP:TRC': 'speeding', // the sender is over its recipients for the day
  'RP:QRC': 'speeding', // the sender sent to too many recipients in a short time
  'HL:ITC': 'speeding', // the IP sent too many messages today
}

/**
 * NetEase's replies without a class code, from the same list: "550 User in blacklist" is the sender,
 * refused by NetEase ("该用户不被允许给网易用户发信"), not the recipient; "552 Illegal Attachment" is an
 * attachment type NetEase refuses.
 */
const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['rejected', ['user in blacklist']],
  ['contenterror', ['illegal attachment']],
]

export const netease: RemoteHostRule = {
  name: 'netease',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || DOMAINS.includes(domain),
  reason({ diagnostic }) {
    const code = /\b([A-Z]{2}:[A-Z]{3})\b/.exec(diagnostic.slice(0, 4096))?.[1] ?? ''
    return CODES[code] ?? byPhrase(diagnostic, WORDS)
  },
}
