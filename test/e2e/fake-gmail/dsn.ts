/**
 * A returned-message notice written by hand as RFC 3464 prescribes (multipart/report;
 * report-type=delivery-status, one per-recipient block), CRLF, for seeding the store in a test.
 */
export interface DsnRecipient {
  address: string
  /** RFC 3463 status, e.g. "5.1.1" (user unknown), "5.1.2" (bad destination system), "4.2.2" (mailbox full). */
  status: string
  diagnostic: string
  action?: 'failed' | 'delayed'
}

let n = 0

export function dsn(recipients: DsnRecipient[], date: Date): string {
  const id = `${Date.now().toString(36)}.${++n}`
  const boundary = `b-${id}`
  const when = date.toUTCString().replace('GMT', '+0000')
  const blocks = recipients.map((r) => [
    `Final-Recipient: rfc822; ${r.address}`,
    `Action: ${r.action ?? 'failed'}`,
    `Status: ${r.status}`,
    `Remote-MTA: dns; mx.${r.address.split('@')[1]}`,
    `Diagnostic-Code: smtp; ${r.diagnostic}`,
    `Last-Attempt-Date: ${when}`,
  ].join('\r\n'))
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.sales.example>',
    'To: rep@sales.example',
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${when}`,
    `Message-ID: <${id}@mx.sales.example>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.sales.example. Your message could not be delivered.',
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; mx.sales.example`,
    `Arrival-Date: ${when}`,
    '',
    blocks.join('\r\n\r\n'),
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: rep@sales.example',
    `To: ${recipients.map((r) => r.address).join(', ')}`,
    'Subject: Quick question',
    `Message-ID: <orig-${id}@sales.example>`,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n')
}
