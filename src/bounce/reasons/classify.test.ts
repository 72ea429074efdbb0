/** Reason classification table: [status, reply code, SMTP command, server text] → reason. */
import { describe, expect, it } from 'vitest'
import type { Reason } from '../types'
import { classify } from './classify'

type Row = [string, string, string, string, Reason]

const table: Row[] = [
  ['5.1.1', '550', 'RCPT', '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table', 'userunknown'],
  // The same words answered after DATA: Sisimai reads a content filter; the words say the address is dead (issue 9).
  ['', '550', 'DATA', '550 Unknown user kijitora@example.net', 'userunknown'],
  // A filter's own words still make it filtered, and a temporary answer never makes a dead address.
  ['', '550', 'DATA', '550 Message rejected due to user rules', 'filtered'],
  ['4.0.0', '450', 'DATA', '450 Unknown user kijitora@example.net, try again later', 'filtered'],
  ['', '550', 'RCPT', '550 Unknown user kijitora@example.net', 'userunknown'],
  ['5.2.2', '552', 'RCPT', '552 5.2.2 The email account that you tried to reach is over quota', 'mailboxfull'],
  // GoDaddy: a rate limit sent with 5.1.1 is the sender's problem, not a dead address.
  ['5.1.1', '550', 'RCPT', '550 5.1.1 <x@y.example> - 203.0.113.5 has sent to too many recipients this hour. IB607', 'speeding'],
  ['5.1.10', '550', '', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown'],
  ['5.7.1', '550', 'RCPT', '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocked'],
  ['5.7.26', '550', 'DATA', '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', 'authfailure'],
  ['4.7.0', '421', 'DATA', '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address', 'badreputation'],
  ['5.7.1', '550', 'DATA', '550 5.7.1 Messages with multiple addresses in From: header are not accepted', 'notcompliantrfc'],
  ['5.1.2', '550', 'RCPT', 'Host or domain name not found. Name service error for name=nowhere.example type=A: Host not found', 'hostunknown'],
  ['4.4.7', '', '', 'delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection timed out', 'expired'],
  ['5.0.0', '554', 'DATA', '554 delivery error: dd Mailbox disabled for this recipient - mta4.mail.bf1.yahoo.com', 'suspend'],
  ['5.3.4', '552', 'DATA', '552 5.3.4 Message size exceeds fixed limit', 'mesgtoobig'],
  ['5.7.1', '554', 'RCPT', '554 5.7.1 <a@b.example>: Relay access denied', 'norelaying'],
  ['5.7.1', '550', 'MAIL', '550 5.7.1 Sender address rejected: Access denied', 'rejected'],
  ['5.7.25', '550', 'CONN', '550 5.7.25 The IP address sending this message does not have a PTR record setup', 'requireptr'],
  ['5.7.1', '554', 'DATA', '554 5.7.1 This message has been identified as spam', 'spamdetected'],
  ['5.7.1', '550', 'DATA', '550 5.7.1 Message rejected: virus detected (Eicar-Test-Signature)', 'virusdetected'],
  // No enhanced code and no known words: the reply code's RFC meaning.
  ['', '552', 'DATA', '552 Requested mail action aborted', 'mailboxfull'],
  ['', '521', 'CONN', '521 mx.example.net', 'notaccept'],
  ['', '', '', '', 'undefined'],
  ['5.0.0', '550', '', '550 Something went wrong', 'onhold'],
  ['5.1.6', '550', 'RCPT', '550 5.1.6 Recipient addresses in this domain no longer accepted', 'hasmoved'],
  // Exchange Online bans a tenant whose traffic looks suspicious: the sender's problem, not TLS.
  ['5.7.708', '550', 'RCPT', '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'blocked'],
  // French hosting providers' wording, at RCPT or with no command named (Sisimai: filtered; issue 9: dead).
  ['5.0.0', '550', 'RCPT', '550 5.0.0 <x@example.fr>: adresse email inconnue', 'userunknown'],
  ['5.0.0', '550', '', '550 5.0.0 <x@example.fr>: adresse email inconnue', 'userunknown'],
  // Another cause named beside the words wins: the domain, spam, the sender.
  ['5.0.0', '550', '', "550 5.0.0 Le domaine n'existe pas", 'hostunknown'],
  ['5.7.1', '550', 'DATA', '550 5.7.1 Unknown user or message considered as spam', 'spamdetected'],
  ['5.1.1', '550', 'RCPT', '550 5.1.1 <abc@privaterelay.appleid.com>: unauthorized sender', 'rejected'],
  ['5.1.0', '550', '', '550 5.1.0 Sender denied', 'rejected'],
  ['5.4.310', '550', '', '550 5.4.310 DNS domain nowhere.example does not exist [Message=InfoDomainNonexistent]', 'hostunknown'],
  ['4.4.7', '', '', 'Deferred: Connection refused by mx.example.net.', 'expired'],
]

describe('classify', () => {
  it.each(table)('%s %s %s %s → %s', (status, replyCode, command, diagnostic, reason) => {
    expect(classify({ action: 'failed', status, replyCode, command, diagnostic, remoteMta: '', domain: '' }, [])).toBe(reason)
  })

  it('is "delivered" for success actions and 2.x.x codes', () => {
    expect(classify({ action: 'delivered', status: '2.0.0', replyCode: '250', command: '', diagnostic: '250 ok', remoteMta: '', domain: '' }, [])).toBe('delivered')
  })

  it('lets a receiving host\'s table decide before the generic words', () => {
    const rule = { name: 'x', matches: (host: string) => host.endsWith('.example.net'), reason: () => 'blocked' as Reason }
    const input = { action: 'failed' as const, status: '5.1.1', replyCode: '550', command: 'RCPT', diagnostic: 'user unknown', remoteMta: 'mx.example.net', domain: 'example.net' }
    expect(classify(input, [rule])).toBe('blocked')
    expect(classify({ ...input, remoteMta: 'mx.other.example' }, [rule])).toBe('userunknown')
  })

  it('keeps a decoder\'s specific reason', () => {
    expect(classify({ action: 'failed', status: '5.1.1', replyCode: '', command: '', diagnostic: 'user unknown', remoteMta: '', domain: '', decoderReason: 'suspend' }, [])).toBe('suspend')
  })
})
