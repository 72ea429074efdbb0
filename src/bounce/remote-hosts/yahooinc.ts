/**
 * Yahoo Inc. (Yahoo Mail, AOL, ymail; servers *.yahoodns.net). Codes and wording from Yahoo's
 * postmaster "SMTP error codes" page (https://senders.yahooinc.com/smtp-error-codes/);
 * samples test/fixtures/sisimai/rhost-yahooinc-*.eml, test/fixtures/bounce/providers/yahoo-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { byPhrase, hostIs } from './host'

const HOSTS = ['yahoodns.net', 'yahoo.com', 'aol.com']
const DOMAINS = /^(?:yahoo|ymail|rocketmail|aol|aim)\.[a-z.]{2,6}$/

const WORDS: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  // "554 delivery error: dd This user doesn't have a yahoo.com account"
  ['userunknown', ["doesn't have a yahoo.com account", "doesn't have a yahoo", "doesn't have an aol"]],
  // "554 delivery error: dd This mailbox is disabled (554.30)": Yahoo disabled the account for
  // inactivity: "suspend", which a permanent failure makes hard (reasons/verdict.ts, issue 9).
  ['suspend', ['this mailbox is disabled', 'mailbox is disabled (554.30)', '554.30']],
  // "421 4.7.0 [TSS04] Messages from ... temporarily deferred due to unexpected volume or user complaints":
  // the sending IP's volume or complaint rate, i.e. its reputation.
  ['badreputation', ['[tss04]', 'temporarily deferred due to unexpected volume or user complaints']],
  // "554 5.7.9 Message not accepted for policy reasons"
  ['policyviolation', ['message not accepted for policy reasons']],
  // "421 4.7.0 [TSS09] All messages from <IP> will be permanently deferred; Retrying will NOT succeed"
  ['blocked', ['[tss09]', 'will be permanently deferred']],
  // "550 5.7.9 This mail has been blocked because the sender is unauthenticated"
  ['authfailure', ['sender is unauthenticated', 'dmarc']],
]

export const yahooinc: RemoteHostRule = {
  name: 'yahooinc',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || DOMAINS.test(domain),
  reason: ({ diagnostic }) => byPhrase(diagnostic, WORDS),
}
