/** Sieve reject (RFC 5429): our handwritten notices in Pigeonhole's and Cyrus lmtpd's layouts (sources in sieve-reject.ts). */
import { describe, expect, it } from 'vitest'
import { parseMime, toParsedMessage } from '../../mime/parsed-message'
import { sieveReject } from './sieve-reject'

function mdn(text: string[], copyTo = 'l.moreau@prospect.example'): string {
  return [
    'From: Postmaster <postmaster@prospect.example>', 'To: <sales@sender.example>', 'Subject: Automatically rejected mail',
    'Auto-Submitted: auto-replied (rejected)', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="R"', '',
    '--R', 'Content-Type: text/plain; charset=utf-8', '', ...text,
    '--R', 'Content-Type: message/disposition-notification', '',
    `Final-Recipient: rfc822; ${copyTo}`, 'Disposition: automatic-action/MDN-sent-automatically; deleted', '',
    '--R', 'Content-Type: message/rfc822', '', 'From: sales@sender.example', `To: ${copyTo}`, 'Subject: Offer', '', '--R--', '',
  ].join('\r\n')
}

const ROWS: [string, string, { address: string; diagnostic: string } | null][] = [
  [
    'Pigeonhole: the address and the rule\'s reason, a contact address in it',
    mdn(['Your message to <l.moreau@prospect.example> was automatically rejected:', 'This address is no longer in use. Please write to info@prospect.example.']),
    {
      address: 'l.moreau@prospect.example',
      diagnostic: 'Your message to <l.moreau@prospect.example> was automatically rejected: This address is no longer in use. Please write to info@prospect.example.',
    },
  ],
  [
    'Cyrus: the returned message\'s recipient and the reason under its heading',
    mdn(['Your message was automatically rejected by Sieve, a mail', 'filtering language.', '', 'The following reason was given:', 'Not wanted here.', '']),
    { address: 'l.moreau@prospect.example', diagnostic: 'Your message was automatically rejected by Sieve, a mail filtering language. Not wanted here.' },
  ],
  ['not a reject: a person quoting the words', mdn(['Hi, my filter says it was automatically rejected, odd.']), null],
]

describe('sieve-reject', () => {
  it.each(ROWS)('%s', async (_name, raw, want) => {
    const got = sieveReject.decode(toParsedMessage(await parseMime(raw)))
    if (!want) expect(got).toBeNull()
    else expect(got?.recipients.map((r) => ({ address: r.address, diagnostic: r.diagnostic }))).toEqual([want])
  })
})
