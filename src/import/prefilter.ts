/**
 * The cheap "could this be a notice?" test on a raw header block, so ordinary mail is skipped
 * without parsing. It must never say no to a real notice (test/unit/import-prefilter.test.ts runs
 * it on all 589 corpus notices), and should say no to most ordinary mail.
 */
import { latin1Text } from './bytes'

// Each line is a signal seen in the Sisimai corpus (test/fixtures/sisimai/): null sender,
// the report MIME types of RFC 3464 / RFC 5965, MTA mailbox names, bounce and auto-reply subjects.
const SIGNALS: RegExp[] = [
  /^return-path:\s*<>/im, // RFC 5321 §4.5.5: notices are sent with a null reverse-path
  /^content-type:\s*multipart\/report/im, // RFC 6522
  /^x-failed-recipients:/im, // Exim
  /^auto-submitted:\s*auto-(replied|generated)/im, // RFC 3834
  /^(x-autorespond|x-autoreply|x-autoresponder|x-amazon-mail-relay-type|x-mailer:\s*lotus|x-ms-exchange-message-is-ndr|x-postfix-queue-id)/im,
  /^(precedence:\s*(junk|auto_reply))/im,
  /^from:.*(mailer-daemon|post_?master|-admin@|mail ?delivery|delivery ?subsystem|mail ?administrator|mail ?system|microsoftexchange|nobody@|daemon|bounce|returned|mailerdaemon|notification|automated|messaging|auto-?reply|autoresponder)/im,
  /^subject:.*(undeliver|undelivered|delivery|deliver(y|ed)?\s+(status|fail|notification)|returned|failure|failed|fail|could not|couldn't|not (be )?delivered|non[- ]?remis|nicht zustellbar|unzustellbar|non recapitabile|no entregado|rejected|bounce|warning|delay|error|problem|autoreply|auto[- ]?reply|automatic reply|out of (the )?office|vacation|absent|abwesen|abuse|complaint|report|notice|notification|not member|dsn|ndr)/im,
  /^subject:.*[\x80-\xff]/im, // raw 8-bit subjects (KDDI's "メールエラー通知" arrives so)
]

export function looksLikeNotice(header: Uint8Array): boolean {
  // Unfold (RFC 5322 §2.2.3) so a folded Subject or From is seen whole.
  const text = latin1Text(header).replace(/\r?\n[ \t]+/g, ' ')
  return SIGNALS.some((re) => re.test(text))
}
