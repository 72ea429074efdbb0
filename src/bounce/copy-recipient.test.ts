/**
 * Issue 9, class 2 (free-text notices): a notice that names no address, only "your message could
 * not be delivered" and why, over the returned copy. The copy's one recipient is the one that
 * failed: the envelope recipient in the copy's newest Received line ("for <x>", RFC 5321 4.4),
 * else its To when it names one address and there is no Cc. Layouts: the copy as a message/rfc822
 * part (hosted gateways, RFC 3462 without a delivery-status part) or quoted under a marker in the
 * text (qmail, Exchange 2000, webmail daemons), in several languages, LF, CRLF and CR.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from './index'
import { ENDINGS } from './test-notice'

const COPY = (to: string, extra = '') =>
  `${extra}From: Sales Rep <rep@acme.example>\nTo: ${to}\nSubject: Quick question about your Q3 pipeline\nDate: Mon, 3 Nov 2025 09:58:00 +0000\nMessage-ID: <CAOwn1=abc@mail.gmail.com>\n\nHi, do you have ten minutes this week?\n`

/** A notice with the copy attached as a message/rfc822 part. */
function attached(from: string, subject: string, text: string, copy: string): string {
  return [
    `From: ${from}`, 'To: rep@acme.example', `Subject: ${subject}`, 'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <n1@gw.example>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', '', text, '',
    '--b1', 'Content-Type: message/rfc822', '', copy, '--b1--', '',
  ].join('\n')
}

/** A notice with the copy quoted under a marker in its text. */
function quoted(from: string, subject: string, text: string, marker: string, copy: string): string {
  return [
    `From: ${from}`, 'To: rep@acme.example', `Subject: ${subject}`, 'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <n2@gw.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
    text, '', marker, copy,
  ].join('\n')
}

interface Row {
  name: string
  raw: string
  /** [address, action, verdict] of each recipient; [] when nothing may be said. */
  expected: [string, string, string][]
}

const ROWS: Row[] = [
  {
    // A security gateway's own notice (Mimecast, Proofpoint and Barracuda word it so): why, no address.
    name: 'gateway notice, copy attached, dead mailbox',
    raw: attached('Mail Delivery System <postmaster@gw.client.example>', 'Undeliverable: Quick question about your Q3 pipeline',
      'Your message could not be delivered.\nReason: the recipient mailbox does not exist (550 5.1.1).', COPY('Jane Doe <jane.doe@client.example>')),
    expected: [['jane.doe@client.example', 'failed', 'remove']],
  },
  {
    // qmail's "Hi. This is the qmail-send program" relatives on webmail hosts, copy quoted under the marker.
    name: 'quoted copy, mailbox full',
    raw: quoted('MAILER-DAEMON@mail.host.example', 'failure notice',
      'Sorry, we were unable to deliver your message.\nThe mailbox is full and cannot accept messages now.', '--- Below this line is a copy of the message.', COPY('jane.doe@client.example')),
    expected: [['jane.doe@client.example', 'failed', 'retry']],
  },
  {
    // French Exchange 2000-style text over "----- Message d'origine -----".
    name: 'French notice, quoted copy, unknown user',
    raw: quoted('Administrateur système <postmaster@mail.client.example>', 'Non remis : Quick question about your Q3 pipeline',
      "Votre message n'a pas pu être remis.\nLe destinataire est inconnu sur ce serveur.", "----- Message d'origine -----", COPY('jane.doe@client.example')),
    expected: [['jane.doe@client.example', 'failed', 'remove']],
  },
  {
    // The envelope recipient ("for <x>") names the one that failed even when To lists several people.
    name: 'Received "for" of the copy wins over a To of two',
    raw: attached('Mail Delivery System <mailer-daemon@mx.client.example>', 'Mail delivery failed',
      'Delivery to this recipient failed permanently: user unknown.',
      COPY('jane.doe@client.example, john.roe@client.example', 'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n\tby mx.client.example with ESMTPS id 4f1\n\tfor <john.roe@client.example>; Mon, 3 Nov 2025 09:58:02 +0000\n')),
    expected: [['john.roe@client.example', 'failed', 'remove']],
  },
  {
    name: 'copy to two people, no envelope: nobody is blamed',
    raw: attached('Mail Delivery System <postmaster@gw.client.example>', 'Undeliverable', 'Your message could not be delivered: user unknown.', COPY('jane.doe@client.example, john.roe@client.example')),
    expected: [],
  },
  {
    name: 'copy with a Cc: nobody is blamed',
    raw: attached('Mail Delivery System <postmaster@gw.client.example>', 'Undeliverable', 'Your message could not be delivered: user unknown.', COPY('jane.doe@client.example', 'Cc: boss@client.example\n')),
    expected: [],
  },
  {
    // Sendmail's and Exchange's warnings say they will keep trying: delayed, never failed.
    name: 'warning that names no address: delayed',
    raw: quoted('Mail Delivery Subsystem <MAILER-DAEMON@relay.host.example>', 'Warning: could not send message for past 4 hours',
      'Your message has not yet been delivered: the host did not answer (connection timed out).\nThe mail system will keep trying for 5 days.', '----- Original message -----', COPY('jane.doe@client.example')),
    expected: [['jane.doe@client.example', 'delayed', 'pending']],
  },
  {
    // A person forwarding a bounce is not a daemon: nothing is read from their words.
    name: "a colleague's reply quoting the copy",
    raw: quoted('Tom Colleague <tom@acme.example>', 'Re: Quick question about your Q3 pipeline',
      'I think this one failed, the address looks unknown?', '----- Original message -----', COPY('jane.doe@client.example')),
    expected: [],
  },
]

describe('a notice that names no address: the returned copy\'s one recipient', () => {
  const cases = ROWS.flatMap((row) => ENDINGS.map(([ending, to]) => [`${row.name} (${ending})`, to(row.raw), row] as const))
  it.each(cases)('%s', async (_name, raw, row) => {
    const report = await parseBounce(raw)
    expect(report.kind).not.toBe('error')
    if (report.kind === 'error') return
    expect(report.recipients.map((r) => [r.address, r.action, r.verdict])).toEqual(row.expected)
  })
})
