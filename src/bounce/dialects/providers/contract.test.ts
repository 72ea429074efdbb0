/** Every provider dialect says "not mine" to empty, junk and ordinary mail, and never throws on it. */
import { describe, expect, it } from 'vitest'
import { parseMime, toParsedMessage } from '../../mime/parsed-message'
import { providerDialects } from './index'

const INPUTS: Record<string, string> = {
  empty: '',
  junk: '\u0000\u00ff\u0001garbage {"notificationType": [} <<<>>> ' + 'x'.repeat(5000),
  headersOnly: 'From: mailer-daemon@googlemail.com\r\nSubject: Delivery Status Notification (Failure)\r\n\r\n',
  ordinary: [
    'From: Jane <jane@acme.example>', 'To: bob@example.org', 'Subject: Undeliverable thoughts on our meeting',
    'Date: Mon, 2 Nov 2026 10:00:00 +0000', 'Message-ID: <1@acme.example>', '', 'Hi Bob, see you tomorrow.', '',
  ].join('\r\n'),
  gmailVacation: [
    'From: Jane <jane@gmail.com>', 'To: bob@example.org', 'Subject: Out of office: Re: pricing',
    'Auto-Submitted: auto-replied', 'Date: Mon, 2 Nov 2026 10:00:00 +0000', '',
    'I am out of the office until Monday. Delivery to the following recipient is not affected.', '',
  ].join('\r\n'),
}

const SES_COMPLAINT = [
  'From: no-reply@sns.amazonaws.com', 'Subject: AWS Notification Message', '',
  '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"a@b.example"}]}}', '',
].join('\r\n')

describe('provider dialects contract', () => {
  for (const [name, raw] of Object.entries(INPUTS)) {
    it(`returns null for ${name} input`, async () => {
      const message = toParsedMessage(await parseMime(raw))
      for (const d of providerDialects) expect([d.name, d.decode(message)]).toEqual([d.name, null])
    })
  }

  it('reads an SES complaint as feedback, never as a failure (amazon-ses only)', async () => {
    const message = toParsedMessage(await parseMime(SES_COMPLAINT))
    for (const d of providerDialects) {
      const got = d.decode(message)?.recipients.map((r) => [r.address, r.action, r.reason]) ?? null
      expect([d.name, got]).toEqual([d.name, d.name === 'amazon-ses' ? [['a@b.example', 'delivered', 'feedback']] : null])
    }
  })

  it('has unique names', () => {
    const names = providerDialects.map((d) => d.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
