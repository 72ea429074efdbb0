/**
 * What a webmail page shows of a provider notice (its rendered text, no headers but the sender and
 * subject), read through parseBounceText: the provider dialects must still recognise it.
 */
import { describe, expect, it } from 'vitest'
import { parseBounceText } from '../../index'
import type { Reason, Verdict } from '../../types'

const GMAIL = { subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }

/** [name, rendered text, hints, address, reason, verdict] */
const PAGES: ReadonlyArray<readonly [string, string, { subject: string; from: string }, string, Reason, Verdict]> = [
  ['Gmail "Address not found"', `Address not found

Your message wasn't delivered to sam.rivera@bluepeak-outdoor.example because the address couldn't be found, or is unable to receive mail.

LEARN MORE

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp`, GMAIL, 'sam.rivera@bluepeak-outdoor.example', 'userunknown', 'remove'],
  ['Gmail "Message blocked"', `Message blocked

Your message to ops@granite-logistics.example has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.1 [192.0.2.45] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp`, GMAIL, 'ops@granite-logistics.example', 'spamdetected', 'fix-sending'],
  ['Gmail "Delivery incomplete"', `Delivery incomplete

There was a temporary problem delivering your message to lena@fjord-textiles.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. [mx1.fjord-textiles.example. 203.0.113.80: timed out]`,
  { subject: 'Delivery Status Notification (Delay)', from: GMAIL.from }, 'lena@fjord-textiles.example', 'expired', 'pending'],
  ['Office 365 headline', `Your message to j.doe@northwind-traders.example couldn't be delivered.

j.doe wasn't found at northwind-traders.example.

alex.martin      Office 365      j.doe
Action Required                  Recipient

Unknown To address`, { subject: 'Undeliverable: Quick question', from: 'Microsoft Outlook <postmaster@contoso.onmicrosoft.com>' },
  'j.doe@northwind-traders.example', 'userunknown', 'remove'],
  ['Yahoo failure notice', `Sorry, we were unable to deliver your message to the following address.

<lee.ortiz_home@yahoo.com>:
Remote host said:
554 delivery error: dd This mailbox is disabled (554.30). - mta4002.mail.gq1.yahoo.com [DATA]`,
  { subject: 'Failure Notice', from: 'MAILER-DAEMON@yahoo.com' }, 'lee.ortiz_home@yahoo.com', 'suspend', 'remove'], // issue 9: disabled for good
]

describe('provider notices as a webmail page shows them', () => {
  for (const [name, text, hints, address, reason, verdict] of PAGES) {
    it(name, () => {
      const r = parseBounceText(text, hints)
      expect(r.recipients.map((x) => [x.address, x.reason, x.verdict])).toEqual([[address, reason, verdict]])
    })
  }
})
