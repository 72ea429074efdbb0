/**
 * Sendmail's "Transcript of session follows" section (sendmail/savemail.c, errbody()), shared by
 * the V5 and V8 sendmail decoders:
 *
 *   ... while talking to mx.example.com.:      (V5: "While talking to mx.example.com:")
 *   >>> RCPT To:<user@example.com>
 *   <<< 550 5.1.1 <user@example.com>... User unknown
 *   550 5.1.1 <user@example.com>... User unknown
 */
import type { DecodedRecipient } from '../../../dialect'
import { addressIn, commandIn, leadingReplyCode, lines, squeeze, statusIn } from './text'

const TALKING = /^(?:\.\.\. )?[Ww]hile talking to ([^\s:]+?)\.?:\s*$/
const SENT = /^>>> (.*)$/
const RECEIVED = /^<<< (.*)$/
// "550 5.1.1 <user@example.com>... User unknown" / "554 <user@example.com>... 550 Host unknown"
// or, for a deferral, "<user@example.com>... Deferred: 421"
const RECIPIENT = /^(?:([245]\d\d)(?: ([245]\.\d{1,3}\.\d{1,3}))? )?<?([^\s<>]+@[^\s<>]+?)>?\.\.\. ?(.*)$/
// "554 5.3.0 unknown mailer error 255": sendmail's own verdict, naming no recipient.
const VERDICT = /^([245]\d\d) ([245]\.\d{1,3}\.\d{1,3} )?(.*)$/

/**
 * The step of the last conversation that drew an error: the command sent last, or CONN when the
 * server's greeting itself was the refusal (no ">>>" line before its "<<<").
 */
export function transcriptLastStep(section: string): { host: string; command: string } | null {
  let host = ''
  let command = ''
  let found: { host: string; command: string } | null = null
  for (const raw of lines(section)) {
    const line = raw.trim()
    let m = TALKING.exec(line)
    if (m) { host = m[1].toLowerCase(); command = 'CONN'; continue }
    if ((m = SENT.exec(line))) { command = commandIn(m[1]) || m[1].split(' ')[0].toUpperCase(); continue }
    if ((m = RECEIVED.exec(line)) && host && /^[45]/.test(m[1])) found = { host, command }
  }
  return found
}

/** The last line of the transcript that is a reply code with no recipient (sendmail's own verdict). */
export function transcriptVerdict(section: string): { replyCode: string; status: string; text: string } | null {
  let found: { replyCode: string; status: string; text: string } | null = null
  for (const raw of lines(section)) {
    const line = raw.trim()
    if (RECIPIENT.test(line)) continue
    const m = VERDICT.exec(line)
    if (m) found = { replyCode: m[1], status: (m[2] ?? '').trim(), text: squeeze(line) }
  }
  return found
}

/** Recipients named in the transcript, in order, each with the server's answer that preceded it. */
export function transcriptRecipients(section: string): DecodedRecipient[] {
  const out: DecodedRecipient[] = []
  let host = ''
  let command = ''
  let replies: string[] = []
  let asked = ''
  // A refusal of ">>> RCPT TO:<x>" quoted with no summary line after it ("<<< 553 Invalid recipient
  // x" and nothing more: Bigfoot's relay, or a page that shows the text part only, without the DSN
  // part that names x): the address the command named is the one refused.
  const unanswered = () => {
    const failed = replies.find((r) => /^[45]\d\d\b/.test(r))
    if (asked && failed && !out.some((r) => r.address.toLowerCase() === asked.toLowerCase())) {
      const answer = squeeze(replies.join(' '))
      out.push({ address: asked, status: statusIn(answer), replyCode: leadingReplyCode(replies), diagnostic: answer, remoteMta: host, command: 'RCPT' })
    }
    asked = ''
  }
  for (const raw of lines(section)) {
    const line = raw.trim()
    let m = TALKING.exec(line)
    if (m) { unanswered(); host = m[1].toLowerCase(); command = ''; replies = []; continue }
    if ((m = SENT.exec(line))) {
      unanswered()
      command = commandIn(m[1]) || m[1].split(' ')[0].toUpperCase()
      replies = []
      const rcpt = /^RCPT TO:\s*<?([^<>\s]+@[^<>\s]+?)>?(?:\s|$)/i.exec(m[1])
      if (rcpt) asked = addressIn(rcpt[1])
      continue
    }
    if ((m = RECEIVED.exec(line))) { replies.push(m[1]); continue }
    m = RECIPIENT.exec(line)
    // "250 2.0.0 <a@b>... Delivered" and "<a@b>... relayed; expect no further notifications" are successes.
    if (!m || m[1]?.startsWith('2') || /^(?:relayed|delivered|sent)\b/i.test(m[4])) continue
    const address = addressIn(m[3])
    if (!address || out.some((r) => r.address.toLowerCase() === address.toLowerCase())) continue
    const answer = squeeze(replies.join(' '))
    // Sendmail's own line adds what happened after the answer when it carries a detail the answer
    // lacks ("Remote protocol error: Connection reset by peer during result wait with example.edu");
    // its stock summaries ("User unknown", "Deferred: <the answer>") add nothing.
    const detail = /^[A-Za-z][A-Za-z ]{0,40}: (.+)$/.exec(m[4])?.[1]
    const diagnostic = answer && detail && !answer.includes(squeeze(detail)) ? `${answer} ${squeeze(m[4])}` : squeeze(answer || m[4])
    out.push({
      address,
      status: statusIn(answer) || m[2] || statusIn(m[4]),
      replyCode: leadingReplyCode(replies) || leadingReplyCode([m[4]]) || m[1] || '',
      diagnostic,
      // Host and command belong to the recipient only when the server's answer was just quoted.
      remoteMta: answer ? host : '',
      command: answer ? command : '',
    })
    replies = []
    asked = ''
  }
  unanswered()
  return out
}
