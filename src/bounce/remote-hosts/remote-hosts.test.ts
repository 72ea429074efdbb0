/**
 * Receiving-host rules: the rhost-* corpus read end to end (rows from labels.json; any decoder),
 * then each rule's table on the texts its host sends.
 */
import { describe, expect, it } from 'vitest'
import { expectTable, type Table } from '../dialects/providers/corpus-table'
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { remoteHostRules } from './index'
import { apple } from './apple'
import { cox } from './cox'
import { franceptt } from './franceptt'
import { godaddy } from './godaddy'
import { google } from './google'
import { iua } from './iua'
import { kddi } from './kddi'
import { microsoft } from './microsoft'
import { mimecast } from './mimecast'
import { netease } from './netease'
import { nttdocomo } from './nttdocomo'
import { spectrum } from './spectrum'
import { tencent } from './tencent'
import { yahooinc } from './yahooinc'

const TABLE: Table = [
  ['rhost-apple-01.eml', [['kijitora@example.jp', '5.1.6', '550', 'hasmoved', true]]],
  ['rhost-apple-02.eml', [['kijitora@apple.example.com', '5.7.1', '554', 'authfailure', false]]],
  ['rhost-apple-03.eml', [['pseudo-local-part-of-apple-icloud-mail@icloud.com', '5.2.2', '552', 'mailboxfull', false]]],
  ['rhost-apple-04.eml', [['pseudo-local-part-of-icloud@icloud.com', '5.1.1', '550', 'userunknown', true]]],
  ['rhost-cox-01.eml', [['recipient55@cox.net', '5.1.0', '550', 'blocked', false]]],
  ['rhost-franceptt-01.eml', [['pseudo-local-part-kijitora-nyaaan@orange.fr', '5.1.1', '550', 'userunknown', true]]],
  ['rhost-franceptt-02.eml', [['pseudo-local-part-kijitora-nyaaan@laposte.net', '5.5.0', '550', 'userunknown', true]]],
  ['rhost-franceptt-03.eml', [['pseudo-local-part-kijitora@wanadoo.fr', '5.2.0', '550', 'spamdetected', false]]],
  ['rhost-franceptt-04.eml', [['xxxx@xxxx.fr', '5.2.0', '550', 'spamdetected', false]]],
  ['rhost-franceptt-05.eml', [['xxxx@laposte.net', '5.5.0', '550', 'suspend', false]]],
  ['rhost-franceptt-06.eml', [['xxxx@orange.fr', '4.0.0', '', 'blocked', false]]],
  ['rhost-franceptt-07.eml', [['xxxx@wanadoo.fr', '4.0.0', '421', 'blocked', false]]],
  ['rhost-franceptt-08.eml', [['xxxx@wanadoo.fr', '4.2.0', '421', 'systemerror', false]]],
  // Sisimai: undefined. LPN001_108 is in no published table and "Service refuse. Veuillez essayer plus tard"
  // goes with several codes (blocked 103/510, PTR 107, system 505): nothing says why.
  ['rhost-franceptt-10.eml', [['xxxx@laposte.net', '5.5.0', '550', 'onhold', false]]],
  // Sisimai 5.1: undefined; Orange's list (Sisimai's later table): LPN006_107 is a missing PTR record.
  // The reply is the 421 after the quoted "220-laposte" banner line.
  ['rhost-franceptt-11.eml', [['xxxx@laposte.net', '4.2.1', '421', 'requireptr', false]]],
  ['rhost-franceptt-12.eml', [['xxxx@laposte.net', '5.7.1', '554', 'policyviolation', false]]],
  ['rhost-godaddy-02.eml', [['kijitora@example.com', '5.1.3', '553', 'blocked', false]]],
  ['rhost-godaddy-03.eml', [['kijitora@example.com', '5.1.1', '550', 'speeding', false]]],
  ['rhost-google-01.eml', [['shironeko@example.ne.jp', '5.2.1', '550', 'suspend', false]]],
  ['rhost-google-02.eml', [['neko-nyaan@example.org', '5.1.1', '550', 'userunknown', true]]],
  ['rhost-google-03.eml', [['kijitora@google.example.com', '5.7.26', '550', 'authfailure', false]]],
  ['rhost-google-04.eml', [['kijitora@google.example.com', '5.7.26', '550', 'authfailure', false]]],
  ['rhost-google-05.eml', [['kijitora@google.example.com', '5.2.2', '552', 'mailboxfull', false]]],
  ['rhost-google-06.eml', [['michitsuna@google.example.com', '5.7.25', '550', 'requireptr', false]]],
  ['rhost-google-07.eml', [['kijitora-cat@google.example.com', '5.2.1', '550', 'suspend', false]]],
  ['rhost-google-08.eml', [['kijitora-nyaan@example.org', '5.7.1', '550', 'notcompliantrfc', false]]],
  ['rhost-iua-01.eml', [['neko@email.example.ua', '5.0.0', '550', 'suspend', false]]],
  ['rhost-kddi-01.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['rhost-kddi-02.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@au.com', '5.1.1', '550', 'userunknown', true]]],
  ['rhost-microsoft-01.eml', [['kijitora@example.com', '5.7.606', '550', 'blocked', false]]],
  ['rhost-microsoft-02.eml', [['kijitora@example.org', '5.4.1', '550', 'userunknown', true]]],
  ['rhost-microsoft-03.eml', [['kijitora@example.com', '5.1.10', '550', 'userunknown', true]]],
  ['rhost-microsoft-04.eml', [['pseudo-local-part-of-microsoft@outlook.com', '5.7.509', '550', 'authfailure', false]]],
  ['rhost-microsoft-05.eml', [['pseudo-local-part-of-microsoft@outlook.com', '4.7.650', '451', 'badreputation', false]]],
  ['rhost-mimecast-01.eml', [['sabatora@example.com', '5.0.0', '554', 'policyviolation', false]]],
  ['rhost-mimecast-02.eml', [['kijitora@sample.co.uk', '5.0.0', '554', 'virusdetected', false]]],
  ['rhost-nttdocomo-01.eml', [['azumakuniyuki@ntt.docomo.example.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['rhost-nttdocomo-02.eml', [['azumakuniyuki@ntt.docomo.example.ne.jp', '5.0.0', '550', 'rejected', false]]],
  ['rhost-nttdocomo-03.eml', [['azumakuniyuki@ntt.docomo.example.ne.jp', '5.0.0', '550', 'rejected', false]]],
  ['rhost-spectrum-01.eml', [['theusername@charter.net', '5.1.0', '550', 'toomanyconn', false]]],
  ['rhost-tencent-01.eml', [['nekochan@qq.example.cn', '5.0.0', '550', 'toomanyconn', false]]],
  ['rhost-tencent-02.eml', [['neko@qq.example.com', '5.0.0', '550', 'toomanyconn', false]]],
  ['rhost-tencent-03.eml', [['neko@qq.example.cn', '5.0.0', '550', 'authfailure', false]]],
  ['rhost-yahooinc-01.eml', [['kijitora@aol.example.jp', '5.7.9', '554', 'policyviolation', false]]],
  ['rhost-yahooinc-02.eml', [['kijitora@y.example.ca', '4.7.0', '421', 'badreputation', false]]], // Sisimai: rejected; [TSS04] is Yahoo's volume/complaints deferral, i.e. reputation
  ['rhost-yahooinc-03.eml', [['this-local-part-does-not-exist@yahoo.com', '5.0.0', '554', 'userunknown', true]]],
]

describe('rhost corpus', () => expectTable('', TABLE))

/** [rule, remoteMta, domain, status, diagnostic, expected reason or null] */
const RULES: ReadonlyArray<readonly [RemoteHostRule, string, string, string, string, Reason | null]> = [
  [microsoft, 'x.mail.protection.outlook.com', 'acme.example', '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown'],
  [microsoft, 'x.mail.protection.outlook.com', 'acme.example', '5.7.509', '550 5.7.509 Access denied, sending domain [ACME.EXAMPLE] does not pass DMARC verification', 'authfailure'],
  [microsoft, '', 'outlook.com', '5.2.3', '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient', 'mesgtoobig'],
  [microsoft, 'mx.acme.example', 'acme.example', '5.1.10', '', null], // not Microsoft's host: no match
  [microsoft, 'hotmail-com.olc.protection.outlook.com', 'hotmail.com', '5.5.0', '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BN8NAM11FT005.eop-nam11.prod.protection.outlook.com]', 'userunknown'],
  [microsoft, 'mx.acme.example', 'acme.example', '5.5.0', '550 5.5.0 Requested action not taken: mailbox unavailable', null],
  [google, 'gmail-smtp-in.l.google.com', 'gmail.com', '5.2.1', '550-5.2.1 The email account that you tried to reach is disabled.', 'suspend'],
  [google, 'aspmx.l.google.com', 'acme.example', '4.7.28', '421-4.7.28 ... unusual rate of unsolicited mail originating from your IP address', 'badreputation'],
  [yahooinc, 'mta6.am0.yahoodns.net', 'yahoo.com', '5.0.0', '554 delivery error: dd This mailbox is disabled (554.30). - mta1234.mail.gq1.yahoo.com', 'suspend'],
  [yahooinc, 'mta7.am0.yahoodns.net', 'yahoo.com', '4.7.0', '421 4.7.0 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.', 'blocked'],
  [google, 'gmail-smtp-in.l.google.com', 'gmail.com', '4.2.1', '452-4.2.1 The recipient you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', 'exceedlimit'],
  [yahooinc, '', 'yahoo.co.uk', '5.0.0', "554 delivery error: dd This user doesn't have a yahoo.co.uk account (jane@yahoo.co.uk) [0]", 'userunknown'],
  [apple, 'mx01.mail.icloud.com', 'icloud.com', '5.1.6', '550 5.1.6 recipient no longer on server: jane@icloud.com', 'hasmoved'],
  [franceptt, 'smtp-in.orange.fr', 'orange.fr', '5.1.1', '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', 'userunknown'],
  [franceptt, 'smtpz4.laposte.net', 'laposte.net', '5.5.0', '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420', 'suspend'],
  [franceptt, 'smtpz4.laposte.net', 'laposte.net', '4.2.1', '421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107', 'requireptr'],
  [franceptt, 'smtpz4.laposte.net', 'laposte.net', '5.5.0', '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN001_108', null],
  [godaddy, 'smtp.secureserver.net', 'acme.example', '5.1.1', '550 5.1.1 <jane@acme.example> - 203.0.113.9 has sent to too many recipients this hour. IB607', 'speeding'],
  [godaddy, 'smtp.secureserver.net', 'acme.example', '5.7.1', '554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104', 'blocked'],
  [cox, 'cxr.mx.a.cloudfilter.net', 'cox.net', '5.1.0', '550 5.1.0 sender rejected. AUP#CXSNDR', 'authfailure'],
  [cox, 'cxr.mx.a.cloudfilter.net', 'cox.net', '5.7.1', '554 AUP#IPBL1010 blocked', 'blocked'],
  [spectrum, '', 'charter.net', '5.1.0', '550 5.1.0 ... AUP#I-1230', 'blocked'],
  [spectrum, '', 'charter.net', '5.3.4', '552 message too large AUP#I-1530', 'mesgtoobig'],
  [mimecast, 'us-smtp-inbound-1.mimecast.com', 'acme.example', '5.0.0', '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550', 'userunknown'],
  [tencent, 'mx3.qq.com', 'qq.com', '5.0.0', '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728', 'userunknown'],
  [kddi, 'msmx.au.com', 'au.com', '5.0.0', '550 : User unknown', 'filtered'],
  [nttdocomo, 'mfsmax.docomo.ne.jp', 'docomo.ne.jp', '5.0.0', '550 Unknown user jane@docomo.ne.jp', 'rejected'],
  [iua, 'mx3.email.ua', 'email.ua', '5.0.0', '550 Mailbox is frozen. See http://mail.i.ua/err/3/', 'suspend'],
  [netease, '163mx01.mxmail.netease.com', '163.com', '5.0.0', '554 DT:SPM 163 mx14,QMCowEC9xyz,0 1730800000, please see http://mail.163.com/help/help_spam_16.htm', 'spamdetected'],
  [netease, '', '126.com', '4.0.0', '421 HL:IFC connection refused, too many messages from 192.0.2.1', 'speeding'],
  [netease, '', '163.com', '5.0.0', '550 User not found: jane@163.com', null], // the shared rules read it
  [netease, 'mx.acme.example', 'acme.example', '5.0.0', '554 DT:SPM', null], // not NetEase's host
]

describe('remote-host rules', () => {
  for (const [rule, remoteMta, domain, status, diagnostic, reason] of RULES) {
    it(`${rule.name}: ${diagnostic.slice(0, 60) || status}`, () => {
      const got = rule.matches(remoteMta, domain) ? rule.reason({ status, replyCode: diagnostic.slice(0, 3), diagnostic }) : null
      expect(got).toBe(reason)
    })
  }

  it('registers every rule once', () => {
    const names = remoteHostRules.map((r) => r.name)
    expect(new Set(names).size).toBe(14)
    expect(names).toContain('microsoft')
  })

  it('answers null for text a host table does not know', () => {
    for (const rule of remoteHostRules) expect([rule.name, rule.reason({ status: '5.0.0', replyCode: '550', diagnostic: 'zz' })]).toEqual([rule.name, null])
  })
})
