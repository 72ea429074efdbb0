/**
 * The dialect contract (src/bounce/dialect.ts), for every decoder in the registry plus the
 * engine's own generic readers: empty, junk and non-bounce input (ordinary mail, auto-replies,
 * a feedback report) is "not mine" (null), and a decoder never throws.
 */
import { describe, expect, it } from 'vitest'
import type { Dialect } from '../../src/bounce/dialect'
import { DIALECTS } from '../../src/bounce/dialects/index'
import { parseMime, toParsedMessage, type ParsedMessage } from '../../src/bounce/mime/parsed-message'
import { decodeRfc3464 } from '../../src/bounce/rfc3464'
import { decodeByText } from '../../src/bounce/text-fallback'

const generic: Dialect[] = [
  { name: 'rfc3464', decode: decodeRfc3464 },
  { name: 'text', decode: decodeByText },
]
const all = [...DIALECTS, ...generic]

const inputs: Record<string, string> = {
  empty: '',
  'headers only': 'From: someone@example.com\r\nSubject: hello\r\n\r\n',
  junk: '\u0000\u0001 ¯\\_(ツ)_/¯ ' + 'x'.repeat(500) + '\r\n@@@ <<< >>> 550 5.1.1',
  'ordinary mail': [
    'From: Priya Shah <priya@prospect.example>', 'To: sales@example.com', 'Subject: Re: pricing',
    'Date: Thu, 18 Jan 2024 15:00:00 +0000', 'Content-Type: text/plain; charset=UTF-8', '',
    'Hi Sam, our old address bob@prospect.example failed for you? He left; write to ann@prospect.example.',
    'Status: 5.1.1 (just kidding)', '',
  ].join('\r\n'),
  'out-of-office (English)': [
    'From: Lee <lee@client.example>', 'To: sales@example.com', 'Subject: Out of Office: pricing',
    'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Type: text/plain', '',
    'I am out of the office until Monday with limited access to email. For urgent matters contact desk@client.example.', '',
  ].join('\r\n'),
  'auto-reply (French)': [
    'From: Claire <claire@client.example.fr>', 'To: sales@example.com', 'Subject: Réponse automatique : offre',
    'Auto-Submitted: auto-replied', 'Content-Type: text/plain; charset=UTF-8', '',
    "Je suis absente jusqu'au 26 août. En cas d'urgence : accueil@client.example.fr", '',
  ].join('\r\n'),
  'feedback report': [
    'From: staff@hotmail.example', 'To: abuse@example.com', 'Subject: complaint about message from 192.0.2.1',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="F"', '', '--F', 'Content-Type: text/plain', '',
    'This is an email abuse report.', '--F', 'Content-Type: message/feedback-report', '',
    'Feedback-Type: abuse', 'User-Agent: SomeGenerator/1.0', 'Version: 1', 'Original-Rcpt-To: someone@hotmail.example', '',
    '--F--', '',
  ].join('\r\n'),
}

const parsed: Record<string, ParsedMessage> = {}

describe('dialect contract', () => {
  it('the registry is not empty and names are unique', () => {
    const names = all.map((d) => d.name)
    expect(DIALECTS.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)
  })

  for (const [label, raw] of Object.entries(inputs)) {
    it(`every decoder says "not mine" to ${label}`, async () => {
      parsed[label] ??= toParsedMessage(await parseMime(raw))
      const claimed = all.filter((d) => {
        try {
          return d.decode(parsed[label]) !== null
        } catch {
          return true // throwing breaks the contract as much as a false claim
        }
      }).map((d) => d.name)
      expect(claimed).toEqual([])
    })
  }
})
