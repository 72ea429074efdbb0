/**
 * "<address> is not a registered gateway user": a mail gateway (RFC 3464's own example is IBM's VNET
 * gateway, appendix "550 'arathib@vnet.IBM.COM' is not a registered gateway user") has no user for the
 * RECIPIENT it names. Sisimai reads the words as the sender refused (`rejected`, rfc3464-35), which sent a
 * dead address to Sending issues. The address named is the one that failed: Remove. The same words
 * about the sender stay the sender's. Notices written here after the RFC's example; LF, CRLF, CR.
 */
import { describe, expect, it } from 'vitest'
import { ENDINGS, postfixDsnLines, readNotice, type ReadableNotice } from '../test-notice'

const RCPT = 'arathi@gateway.example'

/** The RFC's layout: the reply folded over two lines of the Diagnostic-Code field. */
function rfcExample(reply: string): string {
  return postfixDsnLines(RCPT, '5.0.0', 'X').join('\n')
    .replace('Status: 5.0.0', 'Status: 5.0.0 (permanent failure)')
    .replace('Diagnostic-Code: smtp; X', `Diagnostic-Code: smtp;  ${reply.replace(' registered', '\n  registered')}`)
    .replace(/<arathi@gateway\.example>: host .*\n/, '[human-readable explanation goes here]\n')
}

type Notice = ReadableNotice
const whole = (raw: string): Notice => ({ kind: 'whole', raw })

const rows: [string, Notice, string[][]][] = [
  ['quoted address, folded as in RFC 3464', whole(rfcExample(`550 '${RCPT}' is not a registered gateway user`)), [[RCPT, 'userunknown', 'remove']]],
  ['angle brackets, one line', whole(postfixDsnLines(RCPT, '5.0.0', `550 <${RCPT}> is not a registered gateway user`).join('\n')), [[RCPT, 'userunknown', 'remove']]],
  ['as a webmail shows it', { kind: 'text', subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mail.sender.example', text: `This is the mail system at host mail.sender.example.\n\n<${RCPT}>: host gw.gateway.example[192.0.2.7] said: 550 '${RCPT}' is not a registered gateway user (in reply to RCPT TO command)\n` }, [[RCPT, 'userunknown', 'remove']]],
  // The same words about the SENDER (envelope from): not the recipient's address, not Remove.
  ['the sender named, not the recipient', whole(postfixDsnLines(RCPT, '5.0.0', "550 Sender 'sales@sender.example' is not a registered gateway user", { command: 'MAIL FROM' }).join('\n')), [[RCPT, 'rejected', 'fix-sending']]],
]

async function read(n: Notice, to: (s: string) => string) {
  const report = await readNotice(n, to)
  return 'recipients' in report ? report.recipients.map((r) => [r.address, r.reason, r.verdict]) : report
}

describe("'<address>' is not a registered gateway user: the recipient the gateway has no user for", () => {
  it.each(rows.flatMap(([name, n, want]) => ENDINGS.map(([ending, to]) => [`${name} (${ending})`, n, to, want] as const)))('%s', async (_name, n, to, want) => {
    expect(await read(n, to)).toEqual(want)
  })
})
