/**
 * NetEase Mail (163.com, 126.com, yeah.net, 188.com; MX *.mxmail.netease.com) and the Coremail servers
 * that share its codes: replies carry "<class>:<code>" ("554 DT:SPM 163 mx14,...", "421 HL:IFC").
 * Meanings from NetEase's postmaster "退信代码说明" (bounce code list, mail.163.com help; reproduced in
 * Coremail's support pages). The code blames the sending side except where the table says otherwise;
 * NetEase's own "550 User not found" / "User suspended" are read by the shared reason rules.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { hostIs } from './host'

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
}

export const netease: RemoteHostRule = {
  name: 'netease',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || DOMAINS.includes(domain),
  reason({ diagnostic }) {
    const code = /\b([A-Z]{2}:[A-Z]{3})\b/.exec(diagnostic.slice(0, 4096))?.[1] ?? ''
    return CODES[code] ?? null
  },
}
