/**
 * A notice is sent by a mail system, not a person: RFC 5321 §4.5.5 wants notices sent with a null
 * reverse-path (Gmail writes it as `Return-Path: <>`), and MTAs sign them as MAILER-DAEMON,
 * postmaster or, for Exchange Online, MicrosoftExchange<32 hex> (corpus: lhost-*). A person's
 * "your mail bounced" has neither.
 */
import type { NoticeEvidence } from './types'

const SYSTEM_LOCAL = /^(?:mailer-daemon|mail-daemon|mailerdaemon|postmaster|microsoftexchange[0-9a-f]{32}|mdaemon|mailer|bounces?|no-?reply)@/

export function isMailSystem(evidence: NoticeEvidence): boolean {
  return (evidence.returnPath === '' && !evidence.rendered && evidence.from !== '') || SYSTEM_LOCAL.test(evidence.from)
}
