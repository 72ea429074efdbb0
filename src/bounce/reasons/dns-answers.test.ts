/**
 * A final notice about the recipient's domain reads by what DNS answered, not by the sender's
 * generic status code. Gmail and Google Workspace report every DNS failure with "Status: 4.0.0"
 * (Sisimai's corpus: lhost-gsuite-03/04/05/10/13/15, all "Action: failed" and Gmail's headline
 * "Address not found"), so the code cannot tell a dead domain from a resolver that failed for now;
 * the words can:
 * - NXDOMAIN ("responded with code NXDOMAIN", "Domain name not found"): the name does not exist
 *   (RFC 1035 4.1.1 name error; RFC 8020: nothing exists at or below it). A domain that expired, a
 *   typo (gmial.com): dead, Remove.
 * - NOERROR with no MX, no AAAA and no A record: there is no host to deliver to (RFC 5321 5.1: with
 *   no MX the domain's own address is the implicit MX; with neither, the address is unusable). Dead.
 * - A null MX (RFC 7505 3: "a domain that advertises a null MX MUST NOT be sent mail"; Google's "doesn't
 *   receive email according to the administrator: returned Null MX"): the domain takes no mail.
 * - SERVFAIL, a timeout, "Could not contact DNS servers": the lookup failed, nothing was proven. Retry.
 * A delay notice about the same answers is pending, never Remove.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from '../index'
import { ENDINGS, multipartNotice } from '../test-notice'
import type { Verdict } from '../types'

const FROM = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'

interface Row {
  what: string
  rcpt: string
  /** The DNS answer as Google writes it after "The response was:". */
  answer: string[]
  want: Verdict
  reason: string
  delayed?: boolean
}

const dom = (a: string) => a.slice(a.indexOf('@') + 1)

const ROWS: Row[] = [
  {
    what: 'NXDOMAIN: a domain that expired',
    rcpt: 'cfo@closed-company.example',
    answer: ["DNS Error: 27622241 DNS type 'mx' lookup of closed-company.example responded with code NXDOMAIN", 'Domain name not found: closed-company.example'],
    want: 'remove',
    reason: 'hostunknown',
  },
  {
    what: 'NXDOMAIN: a typo in the domain',
    rcpt: 'j.smith@gmial.com',
    answer: ["DNS Error: 5120314 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN", 'Domain name not found: gmial.com'],
    want: 'remove',
    reason: 'hostunknown',
  },
  {
    what: 'NOERROR with no MX, AAAA or A record',
    rcpt: 'buyer@parked-domain.example',
    answer: [
      "DNS Error: 16578478 DNS type 'mx' lookup of parked-domain.example responded with code NOERROR",
      "16578478 DNS type 'mx' lookup of parked-domain.example had no relevant answers.",
      "16578478 DNS type 'aaaa' lookup of parked-domain.example responded with code NOERROR",
      "16578478 DNS type 'aaaa' lookup of parked-domain.example had no relevant answers.",
      "16578478 DNS type 'a' lookup of parked-domain.example responded with code NOERROR",
      "16578478 DNS type 'a' lookup of parked-domain.example had no relevant answers.",
    ],
    want: 'remove',
    reason: 'hostunknown',
  },
  {
    what: 'a null MX',
    rcpt: 'sales@no-mail.example',
    answer: [
      "DNS Error: 24275403 DNS type 'mx' lookup of no-mail.example responded with code NOERROR",
      "The domain no-mail.example doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
    ],
    want: 'remove',
    reason: 'notaccept',
  },
  {
    what: 'SERVFAIL: the lookup failed',
    rcpt: 'anna@flaky-dns.example',
    answer: ["DNS Error: 80335577 DNS type 'mx' lookup of flaky-dns.example responded with code SERVFAIL", 'Server failure: flaky-dns.example'],
    want: 'retry',
    reason: 'networkerror',
  },
  {
    what: "the DNS servers could not be reached",
    rcpt: 'paul@slow-dns.example',
    answer: ['DNS Error: Could not contact DNS servers'],
    want: 'retry',
    reason: 'networkerror',
  },
  {
    what: 'NOERROR for MX only, the A lookup timed out',
    rcpt: 'lee@half-dns.example',
    answer: [
      "DNS Error: 4410291 DNS type 'mx' lookup of half-dns.example responded with code NOERROR",
      "4410291 DNS type 'mx' lookup of half-dns.example had no relevant answers.",
      "4410291 DNS type 'a' lookup of half-dns.example timed out",
    ],
    want: 'retry',
    reason: 'networkerror',
  },
  {
    what: 'NXDOMAIN in a delay notice',
    rcpt: 'mia@moving-domain.example',
    answer: ["DNS Error: 991203 DNS type 'mx' lookup of moving-domain.example responded with code NXDOMAIN", 'Domain name not found: moving-domain.example'],
    want: 'pending',
    reason: 'hostunknown',
    delayed: true,
  },
]

function text(r: Row): string {
  const head = r.delayed ? '** Delivery incomplete **' : '** Address not found **'
  const sentence = r.delayed
    ? `There was a temporary problem delivering your message to ${r.rcpt}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.`
    : `Your message wasn't delivered to ${r.rcpt} because the domain ${dom(r.rcpt)} couldn't be found. Check for typos or unnecessary spaces and try again.`
  return [head, '', sentence, '', '', '', 'The response was:', '', ...r.answer, ''].join('\n')
}

function whole(r: Row): string {
  const subject = r.delayed ? 'Delivery Status Notification (Delay)' : 'Delivery Status Notification (Failure)'
  const [first, ...rest] = r.answer
  return multipartNotice({ from: FROM, subject, headers: ['Auto-Submitted: auto-replied', `X-Failed-Recipients: ${r.rcpt}`] }, [
    { type: 'text/plain; charset="UTF-8"', body: text(r) },
    {
      type: 'message/delivery-status',
      body: [
        'Reporting-MTA: dns; googlemail.com',
        'Arrival-Date: Mon, 3 Nov 2025 09:58:00 -0800 (PST)',
        '',
        `Final-Recipient: rfc822; ${r.rcpt}`,
        `Action: ${r.delayed ? 'delayed' : 'failed'}`,
        'Status: 4.0.0',
        `Diagnostic-Code: smtp; ${first}`,
        ...rest.map((l) => ` ${l}`),
        'Last-Attempt-Date: Mon, 3 Nov 2025 10:00:00 -0800 (PST)',
        '',
      ].join('\n'),
    },
    { type: 'text/rfc822-headers', body: 'From: Sam Sales <sales@acme.example>\nTo: someone\nSubject: Proposal\nMessage-ID: <p-1@acme.example>\n' },
  ], 'report')
}

describe("Google's DNS answers in a final notice (status 4.0.0): the answer decides", () => {
  it.each(ROWS.flatMap((r) => ENDINGS.map(([e, to]) => [`${r.what} (${e})`, r, to] as const)))('%s, whole message', async (_l, r, to) => {
    const report = await parseBounce(to(whole(r)))
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.recipients.map((x) => [x.address, x.reason, x.verdict])).toEqual([[r.rcpt, r.reason, r.want]])
  })

  it.each(ROWS.map((r) => [r.what, r] as const))('%s, as Gmail shows it', (_l, r) => {
    const subject = r.delayed ? 'Delivery Status Notification (Delay)' : 'Delivery Status Notification (Failure)'
    const report = parseBounceText(text(r).replace(/^\*\* (.*) \*\*$/m, '$1'), { subject, from: FROM })
    expect(report.recipients.map((x) => [x.address, x.verdict])).toEqual([[r.rcpt, r.want]])
  })
})
