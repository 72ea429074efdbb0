/**
 * Yahoo Mail's "Failure Notice": "Sorry, we were unable to deliver your message to the following
 * address." then "<jane@acme.example>:" and "Remote host said: 550 5.1.1 ... [RCPT_TO]" (or the code
 * with a colon, "550: ..."), then "--- Below this line is a copy of the message.". Also sent by
 * other hosts running Yahoo's MTA. Samples: test/fixtures/sisimai/lhost-yahoo-*.eml.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { Reason } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import { originalAfter } from './original'
import { MAX_RECIPIENTS, cutAt, findAddress, findReplyCode, findStatus, isAddressLine, lines, squeeze } from './text'

const START = 'Sorry, we were unable to deliver your message to the following address'
const ORIGINAL = ['--- Below this line is a copy of the message.']
// "[RCPT_TO]" at the end of the remote's answer names the SMTP stage (lhost-yahoo-01, -11).
const COMMANDS: Record<string, string> = { RCPT_TO: 'RCPT', MAIL_FROM: 'MAIL', DATA: 'DATA', CONNECT: 'CONN', HELO: 'HELO', EHLO: 'EHLO' }

/** Yahoo's own words when no remote server answered. */
const OWN_WORDS: ReadonlyArray<[Reason, string]> = [
  ['expired', 'Unable to deliver message after multiple retries'], // lhost-yahoo-13
  ['notaccept', 'No mx record found for domain'], // lhost-yahoo-09: the domain takes no mail
]

function finish(address: string, words: string[]): DecodedRecipient {
  let diagnostic = squeeze(words.join(' ')).replace(/^Remote host said:\s*/, '')
  const stage = /\[([A-Z_]{3,10})\]\s*$/.exec(diagnostic)
  if (stage) diagnostic = diagnostic.slice(0, stage.index).trim()
  // "550: 5.2.2 ..." — Yahoo writes the reply code with a colon.
  diagnostic = diagnostic.replace(/^([245]\d\d):\s*/, '$1 ')
  const replyCode = findReplyCode(diagnostic)
  const own = OWN_WORDS.find(([, w]) => diagnostic.includes(w))?.[0]
  return {
    address,
    action: 'failed',
    status: findStatus(diagnostic) || `${replyCode[0] ?? '5'}.0.0`,
    replyCode,
    diagnostic,
    ...(stage && COMMANDS[stage[1]] ? { command: COMMANDS[stage[1]] } : {}),
    ...(own ? { reason: own } : {}),
  }
}

export const yahoo: Dialect = {
  name: 'yahoo',
  decode(message: ParsedMessage): DialectResult | null {
    if (!/^failure notice/i.test(message.subject) && !message.from.includes('yahoo')) return null
    const text = cutAt(message.text, ORIGINAL)
    const at = text.indexOf(START)
    if (at < 0) return null

    const recipients: DecodedRecipient[] = []
    let address = ''
    let words: string[] = []
    for (const line of lines(text.slice(at)).slice(1)) {
      if (/^<[^>]{3,256}>:?\s*$/.test(line.trim()) && isAddressLine(line)) {
        if (address) recipients.push(finish(address, words))
        address = findAddress(line)
        words = []
      } else if (address && line.trim()) words.push(line.trim())
    }
    if (address) recipients.push(finish(address, words))
    if (!recipients.length) return null
    return { recipients: recipients.slice(0, MAX_RECIPIENTS), original: message.original ? undefined : originalAfter(message.text, ORIGINAL) }
  },
}
