/**
 * Hostile notices that pass each provider dialect's guards: huge lines, endless recipient lists,
 * unclosed HTML, broken JSON. Each is decoded in bounded time with a bounded recipient list.
 */
import { describe, expect, it } from 'vitest'
import { parseMime, toParsedMessage } from '../../mime/parsed-message'
import { providerDialects } from './index'
import { MAX_RECIPIENTS, htmlText } from './text'

const GOOGLE = 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nSubject: Delivery Status Notification (Failure)\r\n'
const HUGE = 2 * 1024 * 1024

const CASES: Record<string, string> = {
  gmailManyRecipients: `${GOOGLE}\r\nDelivery to the following recipient failed permanently:\r\n\r\n${'     a@b.example\r\n'.repeat(20_000)}`,
  gmailLongLine: `${GOOGLE}\r\nDelivery to the following recipient failed permanently:\r\n\r\n     a@b.example\r\n${'x'.repeat(HUGE)}\r\n`,
  workspaceHtml: `${GOOGLE}Content-Type: text/html\r\n\r\n<h2>Address not found</h2>${'<style'.repeat(200_000)}${'<p'.repeat(200_000)}`,
  workspaceAddresses: `${GOOGLE}\r\n** Address not found **\r\n\r\nYour message wasn't delivered to ${'a.'.repeat(500_000)}\r\n`,
  exchangeLongLine: `From: postmaster@outlook.com\r\nSubject: Undeliverable: x\r\n\r\nDiagnostic information for administrators:\r\n${'a@b.example '.repeat(200_000)}\r\n`,
  exchangeManyRecipients: `From: postmaster@outlook.com\r\nSubject: Undeliverable: x\r\n\r\nDelivery has failed to these recipients or groups:\r\n\r\n${'Jane <jane@acme.example>\r\nx\r\n'.repeat(10_000)}`,
  yahooManyRecipients: `From: MAILER-DAEMON@yahoo.com\r\nSubject: Failure Notice\r\n\r\nSorry, we were unable to deliver your message to the following address.\r\n\r\n${'<a@b.example>:\r\n550 x\r\n'.repeat(10_000)}`,
  sesJson: `From: no-reply@sns.amazonaws.com\r\nSubject: AWS Notification Message\r\n\r\n{"notificationType":"Bounce","bounce":{"bouncedRecipients":${'['.repeat(300_000)}`,
  failedRecipientsHeader: `${GOOGLE}X-Failed-Recipients: ${'a@b.example,'.repeat(50_000)}\r\n\r\nGoogle Groups groups.google.com/support\r\n`,
}

describe('provider dialects on hostile input', () => {
  for (const [name, raw] of Object.entries(CASES)) {
    it(`${name}: bounded time and recipients`, async () => {
      const message = toParsedMessage(await parseMime(raw))
      for (const d of providerDialects) {
        const started = performance.now()
        const result = d.decode(message)
        expect([d.name, performance.now() - started < 1000]).toEqual([d.name, true])
        expect(result?.recipients.length ?? 0).toBeLessThanOrEqual(MAX_RECIPIENTS)
      }
    })
  }

  it('reads the visible text of HTML, skipping styles and decoding entities', () => {
    expect(htmlText('<html><head><style>p{}</style></head><body><h2>Address not found</h2><p>Jane&#39;s &amp; <b>co</b></p></body></html>'))
      .toBe("Address not found\n\nJane's & co")
  })
})
