/**
 * Zoho Mail's own notices (mailer-daemon@mail.zoho.com): Exim's opening sentence, then one line per
 * recipient, "address Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 text", or in delay
 * warnings "[Status: Error, Address: <address>, ResponseCode 421, , text]".
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'

const FAILED = /^(\S+@\S+) (?:[A-Za-z ]+), ERROR_CODE :(\d{3})?, ERROR_CODE :(.*)$/
// As Outlook on the web renders it, the address has no brackets (rendered-parity.test.ts).
const WARNING = /^\[Status: \w+, Address: <?([^<>\s,;]+@[^<>\s,;]+)>?, ResponseCode (\d{3})?, [^,]*, (.*)\]\s*$/

/** Where an entry starts: "x@y Invalid Address, ERROR_CODE" or "[Status: …". */
const ENTRY_START = /^(?:\S+@\S+ [A-Za-z ]+, ERROR_CODE\b|\[Status: )/

/**
 * One entry per line, as Zoho writes them; a re-wrap (Outlook's 76 columns) puts the rest of an
 * entry ("ERROR_CODE :5.1.1 <x>... User unknown") on the next lines, up to the next entry or a blank line.
 */
function entries(text: string): string[] {
  const out: string[] = []
  let open = false
  for (const raw of lines(text)) {
    const line = raw.trim()
    if (!line) open = false
    else if (ENTRY_START.test(line)) { out.push(line); open = true }
    else if (open) out[out.length - 1] = `${out[out.length - 1]} ${line}`
    else out.push(line)
  }
  return out
}

export const zoho: Dialect = {
  name: 'zoho',
  decode(message) {
    if (!/@(?:[a-z0-9-]+\.)*zoho(?:mail)?\.[a-z.]+$/.test(message.from)) return null
    const delayed = /\(Delay\)/.test(message.subject)
    const recipients: DecodedRecipient[] = []
    for (const line of entries(noticeText(message))) {
      const m = FAILED.exec(line) ?? WARNING.exec(line)
      if (!m) continue
      const diagnostic = squeeze(m[3])
      const r: DecodedRecipient = {
        address: addressIn(m[1]),
        status: statusIn(diagnostic),
        replyCode: m[2] ?? leadingReplyCode([diagnostic]),
        diagnostic: squeeze(`${m[2] ?? ''} ${diagnostic}`),
        ...(delayed ? { action: 'delayed' as const } : {}),
      }
      // Zoho writes "Host not reachable" once its retries to an unreachable host are over.
      if (/^,?\s*Host not reachable/.test(diagnostic)) r.reason = 'expired'
      recipients.push(r)
    }
    return recipients.length ? { recipients } : null
  },
}
