/**
 * Issue 9, class 3: when a DSN's Original-Recipient differs from its Final-Recipient (an alias, a
 * forward: RFC 3464 §2.3.1), the contact is the address the user wrote to, the one in their CRM;
 * the final one is kept as `finalRecipient`. Same answer whichever reader found the recipient
 * (the generic RFC 3464 reader, or a dialect completed by it), in LF, CRLF and CR.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from './index'
import { ENDINGS } from './test-notice'

function dsn(text: string, fields: string): string {
  return [
    'From: MAILER-DAEMON@mx.client.example (Mail Delivery System)',
    'To: sales@acme.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    text,
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.client.example',
    '',
    fields,
    '--B--',
    '',
  ].join('\n')
}

const ALIAS = 'Original-Recipient: rfc822;lead@client.example\nFinal-Recipient: rfc822;jane.doe@mail.client.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n'

const CASES: ReadonlyArray<readonly [string, string, string, string | undefined]> = [
  // [name, raw (LF), expected address, expected finalRecipient]
  ['generic reader, alias expanded', dsn('Your message could not be delivered.', ALIAS), 'lead@client.example', 'jane.doe@mail.client.example'],
  [
    'Postfix dialect text, completed by the DSN',
    dsn('This is the mail system at host mx.client.example.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n                   The mail system\n\n<jane.doe@mail.client.example> (expanded from <lead@client.example>): host\n    mail.client.example[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT\n    TO command)\n', ALIAS),
    'lead@client.example',
    'jane.doe@mail.client.example',
  ],
  [
    'same address in another case: no detail',
    dsn('Your message could not be delivered.', 'Original-Recipient: rfc822;Jane.Doe@Client.Example\nFinal-Recipient: rfc822;jane.doe@client.example\nAction: failed\nStatus: 5.1.1\n'),
    'jane.doe@client.example',
    undefined,
  ],
  [
    'quoted and unquoted local part: the same address',
    dsn('Your message could not be delivered.', 'Original-Recipient: rfc822;jane..doe@client.example\nFinal-Recipient: rfc822;"jane..doe"@client.example\nAction: failed\nStatus: 5.1.1\n'),
    '"jane..doe"@client.example',
    undefined,
  ],
  [
    'two recipients without a blank line between them',
    dsn('Your message could not be delivered.', 'Original-Recipient: rfc822;lead@client.example\nFinal-Recipient: rfc822;jane.doe@mail.client.example\nAction: failed\nStatus: 5.1.1\nFinal-Recipient: rfc822;john.roe@client.example\nAction: failed\nStatus: 5.2.2\n'),
    'lead@client.example',
    'jane.doe@mail.client.example',
  ],
]

describe('Original-Recipient is the contact (issue 9, class 3)', () => {
  for (const [name, lf, address, final] of CASES) {
    for (const [ending, to] of ENDINGS) {
      it(`${name} (${ending})`, async () => {
        const r = await parseBounce(to(lf))
        if (r.kind === 'error') throw new Error(r.error)
        const first = r.recipients[0]
        expect(first.address).toBe(address)
        expect(first.finalRecipient).toBe(final)
        expect(first.action).toBe('failed')
      })
    }
  }
})
